import type { OrganisationKey } from './catalogues.ts'
import type { Sex } from './names.ts'
import type { Relation } from './shapes.ts'

/**
 * What the team knows about the demo's named households beyond names and birthdates: how to reach people, the
 * language they speak, who holds parental authority when that is not simply the parents at home, the informal
 * network and the professionals involved. Generated households get contact details and default authority in
 * demo.ts; these are the ones a demo walks through.
 */

export type MemberDetails = {
  phone?: string
  email?: string
  /** Gets a generated BSN that passes the elfproef. */
  bsn?: boolean
  preferredLanguage?: string
  interpreterNeeded?: boolean
  joinedDaysAgo?: number
}

export type FormerMember = {
  givenName: string
  familyName: string
  sex: Sex
  age: number
  relation: Relation
  leftDaysAgo: number
}

export type HouseholdDetails = {
  /** By given name. */
  members?: Record<string, MemberDetails>
  /** People who lived here before; they stay in the household's history. */
  formerMembers?: FormerMember[]
  /**
   * Parental authority besides the default (a child's parents in the household, a stepchild's stepparent): a
   * former member (by given name) or a parent living elsewhere.
   */
  authority?: Record<string, { members?: string[]; external?: { name: string; contact?: string }[] }>
  network?: {
    name: string
    relation: string
    howTheyHelp: string
    contact?: string
    endedDaysAgo?: number
  }[]
  professionals?: {
    organisation: OrganisationKey
    contactPerson: string
    role: string
    contact?: string
    endedDaysAgo?: number
  }[]
}

export const householdDetails: Readonly<Record<string, HouseholdDetails>> = {
  'Familie Jansen': {
    members: {
      Kim: { phone: '06 2841 7733', email: 'kim.jansen@voorbeeld.nl', bsn: true },
      Sem: { phone: '06 1597 2046' },
      Lieke: { phone: '06 3370 8812' },
    },
    network: [
      {
        name: 'Truus Jansen',
        relation: 'oma (moeder van Kim)',
        howTheyHelp: 'Haalt Daan op woensdag uit school en kookt dan mee.',
        contact: '06 5521 0934',
      },
      {
        name: 'Petra Lansink',
        relation: 'buurvrouw',
        howTheyHelp: 'Paste na school op Daan; is verhuisd.',
        endedDaysAgo: 60,
      },
    ],
    professionals: [
      {
        organisation: 'secondarySchool',
        contactPerson: 'Mw. R. Koster',
        role: 'mentor van Lieke',
        contact: 'r.koster@hetbaken.voorbeeld.nl',
      },
      {
        organisation: 'debtHelp',
        contactPerson: 'Dhr. A. Pronk',
        role: 'schuldhulpverlener',
        contact: '088 555 0160',
      },
    ],
  },
  'Familie De Groot': {
    members: {
      Gerrit: { phone: '06 1184 5527', email: 'gerrit.degroot@voorbeeld.nl', bsn: true },
      Ria: { phone: '06 1184 5528', bsn: true },
    },
    network: [
      {
        name: 'Anja de Groot',
        relation: 'dochter',
        howTheyHelp: 'Doet de grote boodschappen en gaat mee naar de huisarts en de geheugenpoli.',
        contact: '06 4127 8830',
      },
      {
        name: 'Henk Vermeer',
        relation: 'buurman',
        howTheyHelp: 'Maait het gras en kijkt ’s avonds even of alles goed is.',
      },
    ],
    professionals: [
      {
        organisation: 'gpMolenkamp',
        contactPerson: 'Dr. P. Vermeulen',
        role: 'huisarts',
        contact: '088 555 0131',
      },
    ],
  },
  'Dhr. Bakker': {
    members: { Kevin: { phone: '06 3902 6618', email: 'kevin.bakker@voorbeeldmail.nl', bsn: true } },
    network: [
      {
        name: 'Jordy Kuipers',
        relation: 'vriend',
        howTheyHelp: 'Gaat mee naar afspraken als Kevin het spannend vindt.',
        contact: '06 2845 1170',
      },
    ],
    professionals: [
      {
        organisation: 'debtHelp',
        contactPerson: 'Mw. N. Ouali',
        role: 'schuldhulpverlener',
        contact: '088 555 0161',
      },
      { organisation: 'foodBank', contactPerson: 'Dhr. W. Brink', role: 'intaker', contact: '088 555 0175' },
    ],
  },
  'Familie Visser / Smit': {
    members: {
      Linda: { phone: '06 4418 2093', email: 'linda.visser@voorbeeldmail.nl', bsn: true },
      Marco: { phone: '06 2317 8846', joinedDaysAgo: 1_100 },
      Julia: { phone: '06 5730 1298' },
      Tim: { joinedDaysAgo: 1_100 },
    },
    authority: {
      Julia: { external: [{ name: 'Ronald Veenstra (vader)', contact: '06 3186 4402' }] },
      Tim: { external: [{ name: 'Chantal de Wit (moeder)', contact: '06 4791 2235' }] },
    },
    professionals: [
      {
        organisation: 'mentalHealth',
        contactPerson: 'Mw. E. Hofman',
        role: 'regiebehandelaar jeugd-GGZ (wachtlijst)',
        contact: '088 555 0190',
      },
      { organisation: 'gpMolenkamp', contactPerson: 'Dr. P. Vermeulen', role: 'huisarts' },
    ],
  },
  'Familie Haile': {
    members: {
      Yonas: { phone: '06 1620 4479', bsn: true, preferredLanguage: 'Tigrinya', interpreterNeeded: true },
      Selam: { phone: '06 1620 4480', bsn: true, preferredLanguage: 'Tigrinya', interpreterNeeded: true },
      Filmon: { preferredLanguage: 'Nederlands' },
    },
  },
  'Mw. Yılmaz': {
    members: { Ayşe: { phone: '06 2883 6105', preferredLanguage: 'Turks', interpreterNeeded: true } },
    network: [
      {
        name: 'Mehmet Yılmaz',
        relation: 'zoon',
        howTheyHelp: 'Komt twee keer per week en tolkt vaak; het team wil liever een professionele tolk.',
        contact: '06 2250 9174',
      },
    ],
  },
  'Dhr. Van Leeuwen': {
    members: { Peter: { phone: '06 3318 9027' } },
    network: [
      {
        name: 'Henk Scholten',
        relation: 'buurman',
        howTheyHelp: 'Neemt hem op donderdag mee naar het repair café.',
      },
    ],
  },
  'Familie Peters': {
    members: {
      Esther: { phone: '06 5102 3348', email: 'esther.peters@voorbeeldmail.nl', bsn: true },
      Jeroen: { phone: '06 5102 3391', bsn: true },
    },
    network: [
      {
        name: 'Willy Peters',
        relation: 'oma (moeder van Jeroen)',
        howTheyHelp: 'Bram logeert er af en toe in het weekend; een rustige plek.',
        contact: '06 1733 0586',
      },
    ],
    professionals: [
      {
        organisation: 'primarySchool',
        contactPerson: 'Mw. S. Bos',
        role: 'intern begeleider',
        contact: '088 555 0142',
      },
      {
        organisation: 'veiligThuis',
        contactPerson: 'Dhr. M. de Haan',
        role: 'adviseur (advies gevraagd, geen melding)',
        contact: '0800 2000',
      },
    ],
  },
  'Familie Haddad': {
    members: {
      Rami: { phone: '06 2094 7716', bsn: true, preferredLanguage: 'Arabisch', interpreterNeeded: true },
      Lina: { phone: '06 2094 7729', preferredLanguage: 'Arabisch', interpreterNeeded: true },
      Yara: { phone: '06 3861 0452' },
      Samira: { preferredLanguage: 'Arabisch', interpreterNeeded: true, joinedDaysAgo: 380 },
    },
    professionals: [
      {
        organisation: 'secondarySchool',
        contactPerson: 'Dhr. K. Visscher',
        role: 'mentor van Omar',
        contact: 'k.visscher@hetbaken.voorbeeld.nl',
      },
    ],
  },
  'Mw. Hoekstra': {
    members: { Johanna: { phone: '06 4620 1187' } },
    professionals: [
      {
        organisation: 'housing',
        contactPerson: 'Dhr. K. Smit',
        role: 'woonconsulent',
        contact: '088 555 0180',
      },
    ],
  },
  'Familie El Idrissi': {
    members: {
      Fatima: { phone: '06 1948 2275', email: 'f.elidrissi@voorbeeldmail.nl', bsn: true },
      Bilal: { phone: '06 2755 0631' },
    },
    // The children's father moved out; he still holds parental authority.
    formerMembers: [
      {
        givenName: 'Hamid',
        familyName: 'El Idrissi',
        sex: 'm',
        age: 41,
        relation: 'parent',
        leftDaysAgo: 210,
      },
    ],
    authority: {
      Bilal: { members: ['Hamid'] },
      Amira: { members: ['Hamid'] },
      Ilias: { members: ['Hamid'] },
    },
    network: [
      {
        name: 'Naima El Idrissi',
        relation: 'zus van Fatima',
        howTheyHelp: 'Vangt de kinderen op als het thuis onrustig is.',
        contact: '06 3047 9912',
      },
    ],
    professionals: [
      {
        organisation: 'veiligThuis',
        contactPerson: 'Mw. K. Boateng',
        role: 'casemanager',
        contact: '0800 2000',
      },
      { organisation: 'police', contactPerson: 'Dhr. J. Willems', role: 'wijkagent', contact: '0900 8844' },
    ],
  },
  'Dhr. Dekker': {
    members: { Henk: { phone: '06 1272 4408', bsn: true } },
    network: [
      {
        name: 'Ellen Dekker',
        relation: 'dochter',
        howTheyHelp: 'Komt elke zondag en regelt de bankzaken.',
        contact: '06 4518 3320',
      },
    ],
    professionals: [
      {
        organisation: 'gpLindenhoeve',
        contactPerson: 'Mw. L. Dam',
        role: 'praktijkondersteuner ouderen',
        contact: '088 555 0157',
      },
    ],
  },
  'Familie Kowalski': {
    members: {
      Piotr: { phone: '06 3427 1190', preferredLanguage: 'Pools', interpreterNeeded: true },
      Agnieszka: { phone: '06 3427 1195', preferredLanguage: 'Pools', interpreterNeeded: true, bsn: true },
    },
    network: [
      {
        name: 'Marleen Hoogland',
        relation: 'buurvrouw',
        howTheyHelp: 'Vangt Agnieszka en Zofia op als het nodig is.',
        contact: '06 2216 7483',
      },
    ],
    professionals: [
      { organisation: 'police', contactPerson: 'Dhr. J. Willems', role: 'wijkagent', contact: '0900 8844' },
    ],
  },
  'Familie Mulder / Brouwer': {
    members: {
      Sandra: { phone: '06 1843 5520', email: 'sandra.mulder@voorbeeldmail.nl' },
      Dennis: { phone: '06 2968 0417', joinedDaysAgo: 900 },
      Finn: { joinedDaysAgo: 900 },
    },
    authority: {
      Mila: { external: [{ name: 'Patrick Hendrikx (vader)', contact: '06 3392 5108' }] },
      Finn: { external: [{ name: 'Ilse Kuipers (moeder)' }] },
    },
    professionals: [
      {
        organisation: 'youthCare',
        contactPerson: 'Dhr. T. Ouali',
        role: 'gedragswetenschapper, diagnostiek',
        contact: '088 555 0199',
      },
    ],
  },
  'Familie Wouters': {
    members: { Naomi: { phone: '06 4075 6621' } },
    professionals: [{ organisation: 'gpMolenkamp', contactPerson: 'Dr. P. Vermeulen', role: 'huisarts' }],
  },
  'Dhr. Smeets': { members: { Ruud: { phone: '06 1399 2804' } } },
  'Mw. Vos': {
    members: { Tineke: { phone: '06 2610 4457', bsn: true } },
  },
  'Familie Rutten': {
    members: {
      Eva: { phone: '06 3148 9206', email: 'eva.rutten@voorbeeldmail.nl' },
      Thomas: { phone: '06 3148 9211' },
    },
    network: [
      {
        name: 'Ineke Lammers',
        relation: 'buurvrouw',
        howTheyHelp: 'Haalt Sophie en Lucas op dinsdag uit school.',
        contact: '06 2590 3374',
      },
    ],
  },
  'Familie Pinas': {
    members: { Shirley: { phone: '06 4887 1352' }, Jordy: { phone: '06 5219 7063' } },
    network: [
      {
        name: 'Priscilla Pinas',
        relation: 'zus',
        howTheyHelp: 'Woont in Rotterdam; belt dagelijks en komt in het weekend.',
        contact: '06 2976 1145',
      },
    ],
  },
  'Mw. Tahiri': { members: { Fatiha: { phone: '06 3705 2218' } } },
  'Dhr. Jacobs': {},
}
