import type { RequestSource } from '#shared/contracts/requests'
import type { ExpertiseKey } from './catalogues.ts'
import { birthdateForAge } from './dates.ts'
import type { CastHousehold } from './demo-households.ts'
import type { Sex } from './names.ts'
import {
  familyHouseholdName,
  member,
  singleHouseholdName,
  type MemberDraft,
  type Relation,
} from './shapes.ts'

/**
 * The requests (aanmeldingen) of the demo: a fortnight of intake for both teams, plus the requests that brought
 * the longer-running cases in. Every state a list can show occurs at least once: new within five days, overdue,
 * waiting for a triage worker, appointments made, held and not held, and triage ending in each route, with and
 * without safety concerns. Days are counted back from the seed's `today`, so the lists look the same whichever
 * day the demo is started.
 */

/** Staff of a team, by position: the supervisor, the two demo workers, then the two extra workers. */
export type StaffKey = 'supervisor' | 'worker1' | 'worker2' | 'worker3' | 'worker4'

export type TriageStory = {
  daysAgo: number
  by: StaffKey
  urgency: 'acute' | 'days' | 'regular'
  safety: 'yes' | 'no' | 'unknown'
  safetyNote?: string
  expertises: ExpertiseKey[]
  route: 'no_professional_help' | 'team' | 'referral' | 'crisis'
  reasoning: string
  advice?: string
  ownDirection?: string
  referralTo?: string
  /** Route "team": who takes it up. Colleagues pick it up the next working day unless listed in notPickedUp. */
  assign?: StaffKey[]
  notPickedUp?: StaffKey[]
}

export type RequestStory = {
  team: 0 | 1
  /** The household's name, from the cast or the intake households below. */
  household: string
  /** The household was unknown to the team: it was created when this request was registered. */
  newHousehold?: boolean
  source: RequestSource
  reporterName?: string
  reporterContact?: string
  receivedDaysAgo: number
  /** Defaults to the day it was received. */
  registeredDaysAgo?: number
  registeredBy: StaffKey
  /** A supervisor's registration waits until they choose who triages it. */
  triageAssigned?: { worker: StaffKey; daysAgo: number }
  question: string
  householdKnows: 'yes' | 'no' | 'unknown'
  appointment?: { madeDaysAgo: number; onDaysAgo: number; outcome?: 'held' | 'not_held' }
  triage?: TriageStory[]
  /** The open safety signal of a "yes" was followed up by the supervisor (consulted, meldcode step 2). */
  safetyFollowedUp?: { daysAgo: number; by: StaffKey }
  /** Legal protection at the first appointment: what the triaging worker explained and offered. */
  firstContact?: { clientSupport: 'accepted' | 'declined' | 'later' | null; objectionExplained: boolean }
  /** The team's part ended with the last triage (no professional help): current workers step back then. */
  endsInvolvement?: boolean
  closed?: boolean
}

type Age = number

/** Households that reached a team through one of the recent requests; they are new to the demo's lists. */
export function intakeHouseholds(today: string): CastHousehold[] {
  let spread = 0.11
  // Ages stay at least two weeks from a birthday, as in the cast, so the questions' ages stay true.
  const p = (given: string, family: string, sex: Sex, age: Age, relation: Relation): MemberDraft => {
    spread = (spread + 0.29) % 1
    return member(given, family, sex, birthdateForAge(today, age, spread, 14), relation)
  }
  return [
    {
      team: 0,
      neighbourhood: 0,
      name: familyHouseholdName('Wouters'),
      members: [
        p('Naomi', 'Wouters', 'f', 38, 'parent'),
        p('Jayden', 'Wouters', 'm', 14, 'child'),
        p('Evi', 'Wouters', 'f', 6, 'child'),
      ],
    },
    {
      team: 0,
      neighbourhood: 1,
      name: singleHouseholdName('m', 'Smeets'),
      members: [p('Ruud', 'Smeets', 'm', 58, 'resident')],
    },
    {
      team: 0,
      neighbourhood: 0,
      name: singleHouseholdName('f', 'Dijkstra'),
      members: [p('Demi', 'Dijkstra', 'f', 23, 'parent'), p('Luuk', 'Dijkstra', 'm', 0, 'child')],
    },
    {
      team: 0,
      neighbourhood: 1,
      name: singleHouseholdName('f', 'Vos'),
      members: [p('Tineke', 'Vos', 'f', 68, 'resident')],
    },
    {
      team: 1,
      neighbourhood: 0,
      name: familyHouseholdName('Rutten'),
      members: [
        p('Eva', 'Rutten', 'f', 34, 'parent'),
        p('Thomas', 'Rutten', 'm', 36, 'parent'),
        p('Sophie', 'Rutten', 'f', 7, 'child'),
        p('Lucas', 'Rutten', 'm', 4, 'child'),
      ],
    },
    {
      team: 1,
      neighbourhood: 1,
      name: familyHouseholdName('Pinas'),
      members: [p('Shirley', 'Pinas', 'f', 44, 'parent'), p('Jordy', 'Pinas', 'm', 17, 'child')],
    },
    {
      team: 1,
      neighbourhood: 0,
      name: singleHouseholdName('f', 'Tahiri'),
      members: [p('Fatiha', 'Tahiri', 'f', 52, 'resident')],
    },
    {
      team: 1,
      neighbourhood: 1,
      name: singleHouseholdName('m', 'Jacobs'),
      members: [p('Ruben', 'Jacobs', 'm', 29, 'resident')],
    },
  ]
}

export const requestStories: readonly RequestStory[] = [
  // ---- Wijkteam Noord ----
  {
    team: 0,
    household: 'Familie Jansen',
    newHousehold: true,
    source: 'school',
    reporterName: 'Mw. R. Koster, mentor Het Baken College',
    reporterContact: 'r.koster@hetbaken.voorbeeld.nl',
    receivedDaysAgo: 160,
    registeredBy: 'worker1',
    question:
      'Lieke is de laatste weken vaak afwezig en komt moe op school. Ze vertelt dat ze thuis veel moet helpen ' +
      'omdat haar moeder zoveel werkt, en dat er geldzorgen zijn. Moeder weet dat wij contact met jullie opnemen.',
    householdKnows: 'yes',
    appointment: { madeDaysAgo: 158, onDaysAgo: 155, outcome: 'held' },
    triage: [
      {
        daysAgo: 155,
        by: 'worker1',
        urgency: 'days',
        safety: 'no',
        expertises: ['debts', 'parenting'],
        route: 'team',
        reasoning:
          'Zorgen op meerdere leefgebieden: geld, school en de zorg voor de kinderen. Moeder wil hulp en wil ' +
          'zelf de regie houden; dat past bij het wijkteam.',
        ownDirection:
          'Moeder houdt de regie. Ze wil dat we samen de post doorlopen en meegaan naar het gesprek op school.',
        assign: ['worker1'],
      },
    ],
    firstContact: { clientSupport: 'declined', objectionExplained: true },
  },
  {
    team: 0,
    household: 'Familie De Groot',
    newHousehold: true,
    source: 'network',
    reporterName: 'Anja de Groot (dochter)',
    reporterContact: '06 4127 8830',
    receivedDaysAgo: 300,
    registeredBy: 'worker1',
    question:
      'Mijn vader vergeet steeds meer en mijn moeder doet alles alleen. Ze wil geen hulp vragen, maar ik zie ' +
      'dat ze het niet meer volhoudt. Ik woon zelf een uur rijden verderop.',
    householdKnows: 'yes',
    appointment: { madeDaysAgo: 299, onDaysAgo: 296, outcome: 'held' },
    triage: [
      {
        daysAgo: 296,
        by: 'worker1',
        urgency: 'regular',
        safety: 'unknown',
        safetyNote: 'Nog niet met mevrouw alleen gesproken; meneer wordt soms boos als hij iets kwijt is.',
        expertises: ['olderPeople'],
        route: 'team',
        reasoning:
          'De mantelzorg staat onder druk. Eerst kennismaken en samen kijken wat het echtpaar zelf wil en kan.',
        ownDirection: 'Mevrouw wil zelf bepalen welke hulp er komt; dochter Anja denkt mee.',
        assign: ['worker1'],
      },
      {
        daysAgo: 250,
        by: 'worker1',
        urgency: 'regular',
        safety: 'no',
        expertises: ['olderPeople', 'mentalHealth'],
        route: 'team',
        reasoning:
          'Na drie huisbezoeken, ook met mevrouw alleen: geen signalen van onveiligheid. Meneer heeft de ' +
          'diagnose beginnende dementie; mevrouw staat open voor dagbesteding voor hem, twee dagen per week.',
        ownDirection: 'Mevrouw houdt de regie, met steun van Anja. Meneer wil vooral thuis blijven wonen.',
        assign: ['worker1'],
      },
    ],
    firstContact: { clientSupport: 'accepted', objectionExplained: true },
  },
  {
    team: 0,
    household: 'Dhr. Bakker',
    newHousehold: true,
    source: 'resident',
    receivedDaysAgo: 45,
    registeredBy: 'worker2',
    question:
      'Ik krijg de rekeningen niet meer betaald en durf de post niet meer open te maken. Er komen nu brieven ' +
      'van een deurwaarder. Ik wil dat het stopt, maar ik weet niet waar ik moet beginnen.',
    householdKnows: 'yes',
    appointment: { madeDaysAgo: 44, onDaysAgo: 41, outcome: 'held' },
    triage: [
      {
        daysAgo: 41,
        by: 'worker2',
        urgency: 'days',
        safety: 'no',
        expertises: ['debts', 'work'],
        route: 'team',
        reasoning:
          'Problematische schulden, een deurwaarder is ingeschakeld. Kevin is gemotiveerd; het wijkteam zet ' +
          'samen met hem de eerste stappen naar schuldhulpverlening.',
        ownDirection:
          'Kevin wil leren zijn post zelf bij te houden; hij vraagt hulp bij het eerste overzicht.',
        assign: ['worker2'],
      },
    ],
    firstContact: { clientSupport: 'later', objectionExplained: true },
  },
  {
    team: 0,
    household: 'Familie Visser / Smit',
    newHousehold: true,
    source: 'gp',
    reporterName: 'Dr. P. Vermeulen, Huisartsenpraktijk De Molenkamp',
    reporterContact: '088 555 0131',
    receivedDaysAgo: 90,
    registeredBy: 'worker3',
    question:
      'Moeder maakt zich zorgen over dochter Julia (15): slaapt slecht, verzuimt school, trekt zich terug op ' +
      'haar kamer. Thuis veel spanning sinds het samenwonen. Verwijzing jeugd-GGZ overwogen.',
    householdKnows: 'yes',
    appointment: { madeDaysAgo: 88, onDaysAgo: 85, outcome: 'held' },
    triage: [
      {
        daysAgo: 85,
        by: 'worker3',
        urgency: 'days',
        safety: 'no',
        expertises: ['parenting', 'mentalHealth'],
        route: 'referral',
        referralTo: 'GGZ Weidestroom, jeugd-GGZ (verwijzing via de huisarts)',
        reasoning:
          'Julia heeft waarschijnlijk specialistische hulp nodig bij somberheid en slaapproblemen. Matched ' +
          'care: direct verwijzen via de huisarts.',
      },
      {
        daysAgo: 60,
        by: 'worker3',
        urgency: 'days',
        safety: 'no',
        expertises: ['parenting', 'mentalHealth'],
        route: 'team',
        reasoning:
          'De wachttijd bij de jeugd-GGZ is vier maanden. Het wijkteam ondersteunt het gezin tot de behandeling ' +
          'start, met aandacht voor de spanning in het samengestelde gezin.',
        ownDirection: 'Linda en Marco maken samen de afspraken thuis; Julia kiest zelf met wie ze praat.',
        assign: ['worker3'],
      },
    ],
    firstContact: { clientSupport: 'accepted', objectionExplained: true },
  },
  {
    // Overdue and on the first demo worker's own list: no appointment yet, the interpreter is hard to book.
    team: 0,
    household: 'Familie Haile',
    newHousehold: true,
    source: 'municipality_desk',
    reporterName: 'Mw. J. de Wit, balie Stadskantoor',
    reporterContact: '14 0123',
    receivedDaysAgo: 10,
    registeredBy: 'worker1',
    question:
      'Meneer kwam aan de balie met een brief van de Belastingdienst over het terugbetalen van toeslag. Hij ' +
      'begrijpt de brief niet en is erg ongerust. Zoon Filmon vertaalde; meneer spreekt weinig Nederlands.',
    householdKnows: 'yes',
  },
  {
    team: 0,
    household: 'Mw. Yılmaz',
    newHousehold: true,
    source: 'network',
    reporterName: 'Mehmet Yılmaz (zoon)',
    reporterContact: '06 2250 9174',
    receivedDaysAgo: 400,
    registeredBy: 'worker4',
    question:
      'Mijn moeder is sinds de dood van mijn vader veel alleen. Ze spreekt weinig Nederlands en komt nergens ' +
      'meer. Ik zoek iets in de buurt waar ze andere vrouwen kan ontmoeten.',
    householdKnows: 'yes',
    appointment: { madeDaysAgo: 399, onDaysAgo: 396, outcome: 'held' },
    triage: [
      {
        daysAgo: 396,
        by: 'worker4',
        urgency: 'regular',
        safety: 'no',
        expertises: ['olderPeople'],
        route: 'no_professional_help',
        reasoning:
          'Mevrouw is zelfredzaam; haar vraag is contact met anderen. Dat kan in de buurt, zonder ' +
          'professionele hulp.',
        advice:
          'Kennisgemaakt met de vrouwengroep van buurthuis De Kastanje (dinsdagochtend, Turkstalige ' +
          'vrijwilliger). Zoon gaat de eerste keer mee. Ze mogen altijd weer bellen.',
      },
    ],
    endsInvolvement: true,
    closed: true,
  },
  {
    team: 0,
    household: 'Mw. Yılmaz',
    source: 'neighbour',
    reporterName: 'Buurvrouw (wil niet met naam genoemd worden)',
    receivedDaysAgo: 3,
    registeredBy: 'worker4',
    question:
      'Mijn buurvrouw zit al dagen binnen, de gordijnen blijven dicht en ze doet niet open. Haar zoon is op ' +
      'vakantie in Turkije. Ik maak me zorgen.',
    householdKnows: 'no',
    appointment: { madeDaysAgo: 3, onDaysAgo: 2, outcome: 'held' },
  },
  {
    team: 0,
    household: 'Dhr. Van Leeuwen',
    newHousehold: true,
    source: 'other_organisation',
    reporterName: 'Annemiek Kramer, mentor',
    reporterContact: '06 3318 4406',
    receivedDaysAgo: 220,
    registeredBy: 'worker2',
    question:
      'Meneer is zijn plek bij de dagbesteding kwijtgeraakt en zit nu de hele dag thuis. Hij wordt somber en ' +
      'belt mij vaak. Hij wil graag weer iets met zijn handen doen.',
    householdKnows: 'yes',
    appointment: { madeDaysAgo: 218, onDaysAgo: 214, outcome: 'held' },
    triage: [
      {
        daysAgo: 214,
        by: 'worker2',
        urgency: 'regular',
        safety: 'no',
        expertises: ['work', 'intellectualDisability'],
        route: 'team',
        reasoning:
          'Meneer heeft een lichte verstandelijke beperking en een mentor. Het wijkteam zoekt samen met hem en ' +
          'zijn mentor een nieuwe dagbesteding en kijkt naar zijn netwerk.',
        ownDirection: 'Meneer beslist samen met zijn mentor; hij wil iets met zijn handen doen.',
        assign: ['worker2'],
      },
    ],
    firstContact: { clientSupport: 'declined', objectionExplained: true },
  },
  {
    // Safety "yes", not yet followed up by the supervisor; the second worker has not picked the case up yet.
    team: 0,
    household: 'Familie Peters',
    newHousehold: true,
    source: 'school',
    reporterName: 'Mw. S. Bos, intern begeleider Basisschool De Regenboog',
    reporterContact: '088 555 0142',
    receivedDaysAgo: 7,
    registeredBy: 'worker1',
    question:
      'Bram (8) had vorige week een blauwe plek op zijn bovenarm; de verklaring wisselde. Zijn zus Noor ' +
      'vertelde de juf dat er thuis veel ruzie is. Wij willen dit graag met jullie bespreken.',
    householdKnows: 'unknown',
    appointment: { madeDaysAgo: 6, onDaysAgo: 4, outcome: 'held' },
    triage: [
      {
        daysAgo: 4,
        by: 'worker1',
        urgency: 'days',
        safety: 'yes',
        safetyNote:
          'Blauwe plek bij Bram (8), verklaring wisselend (school). Noor (11) vertelt over veel ruzie thuis. ' +
          'Ouders herkennen de spanning, ontkennen geweld.',
        expertises: ['domesticViolence', 'parenting'],
        route: 'team',
        reasoning:
          'Signalen van onveiligheid: meldcode stap 1 en 2 lopen, overleg met de aandachtsfunctionaris volgt. ' +
          'Ouders willen meewerken; het wijkteam pakt het op met twee collega’s.',
        ownDirection: 'Ouders willen samen met ons afspraken maken over rust in huis.',
        assign: ['worker1', 'worker2'],
        notPickedUp: ['worker2'],
      },
    ],
    firstContact: { clientSupport: 'later', objectionExplained: false },
  },
  {
    team: 0,
    household: 'Familie Wouters',
    newHousehold: true,
    source: 'gp',
    reporterName: 'Dr. P. Vermeulen, Huisartsenpraktijk De Molenkamp',
    reporterContact: '088 555 0131',
    receivedDaysAgo: 2,
    registeredBy: 'worker3',
    question:
      'Moeder maakt zich zorgen over zoon Jayden (14): slaapt slecht, gamet tot diep in de nacht, verzuimt ' +
      'school. Moeder zelf uitgeput, werkt in ploegendienst. Vraagt om ondersteuning thuis.',
    householdKnows: 'yes',
  },
  {
    // Overdue and waiting for the supervisor to choose a worker.
    team: 0,
    household: 'Dhr. Smeets',
    newHousehold: true,
    source: 'police',
    reporterName: 'Mw. S. van Rijn, wijkagent Rietvoorde',
    reporterContact: '0900 8844',
    receivedDaysAgo: 11,
    registeredDaysAgo: 10,
    registeredBy: 'supervisor',
    question:
      'Meneer belt de laatste weken vaak 112 en de buren klagen over lawaai ’s nachts. Bij een huisbezoek ' +
      'trof ik een vervuilde woning aan. Meneer lijkt verward en is niet altijd aanspreekbaar.',
    householdKnows: 'yes',
  },
  {
    team: 0,
    household: 'Mw. Dijkstra',
    newHousehold: true,
    source: 'anonymous',
    receivedDaysAgo: 1,
    registeredBy: 'supervisor',
    question:
      'Op de derde verdieping woont een jonge moeder met een baby. Ik hoor de baby vaak lang huilen en ik zie ' +
      'haar bijna nooit buiten. Ik wil niet dat ze weet dat ik gebeld heb.',
    householdKnows: 'no',
  },
  {
    team: 0,
    household: 'Mw. Vos',
    newHousehold: true,
    source: 'resident',
    receivedDaysAgo: 1,
    registeredBy: 'worker1',
    question:
      'Sinds mijn man is overleden lukt het me niet meer om de administratie bij te houden. Mijn kinderen ' +
      'wonen ver weg en ik wil ze niet lastigvallen. Kan er iemand met me meekijken?',
    householdKnows: 'yes',
    appointment: { madeDaysAgo: 1, onDaysAgo: -2 },
  },

  // ---- Wijkteam Zuid ----
  {
    team: 1,
    household: 'Familie Haddad',
    newHousehold: true,
    source: 'school',
    reporterName: 'Dhr. K. Visscher, mentor Het Baken College',
    reporterContact: 'k.visscher@hetbaken.voorbeeld.nl',
    receivedDaysAgo: 120,
    registeredBy: 'worker1',
    question:
      'Omar is vaak moe en snel boos in de klas. Ouders komen niet naar de gesprekken, we denken door de taal. ' +
      'Vader heeft geen werk en we horen van Yara dat er thuis geldzorgen zijn.',
    householdKnows: 'yes',
    appointment: { madeDaysAgo: 118, onDaysAgo: 114, outcome: 'held' },
    triage: [
      {
        daysAgo: 114,
        by: 'worker1',
        urgency: 'regular',
        safety: 'no',
        expertises: ['parenting', 'work', 'debts'],
        route: 'team',
        reasoning:
          'Zorgen over geld, werk en de kinderen; de taal is een drempel. Wijkteam met tolk, eerst een brede ' +
          'vraagverheldering met het hele gezin.',
        ownDirection:
          'Vader en moeder beslissen zelf; gesprekken altijd met een tolk Arabisch, niet via de kinderen.',
        assign: ['worker1'],
      },
    ],
    firstContact: { clientSupport: 'accepted', objectionExplained: true },
  },
  {
    team: 1,
    household: 'Mw. Hoekstra',
    newHousehold: true,
    source: 'other_organisation',
    reporterName: 'Robert de Bruin, curator',
    reporterContact: '06 5190 2263',
    receivedDaysAgo: 60,
    registeredBy: 'worker2',
    question:
      'Mevrouw heeft een laatste waarschuwing van de woningcorporatie gekregen vanwege klachten over ' +
      'overlast. Zij wil graag in haar woning blijven. Ik beheer haar geld, maar voor de rest heeft ze meer ' +
      'steun nodig.',
    householdKnows: 'yes',
    appointment: { madeDaysAgo: 57, onDaysAgo: 53, outcome: 'held' },
    triage: [
      {
        daysAgo: 53,
        by: 'worker2',
        urgency: 'days',
        safety: 'unknown',
        safetyNote:
          'Nog niet duidelijk waar de overlast vandaan komt; mevrouw zegt dat buren haar lastigvallen.',
        expertises: ['housing', 'mentalHealth'],
        route: 'team',
        reasoning:
          'Dreigende huisuitzetting; mevrouw wil blijven wonen. Het wijkteam bemiddelt met de woningcorporatie ' +
          'en kijkt breed naar wat er speelt.',
        ownDirection: 'Mevrouw beslist zelf over haar hulp; de curator gaat over het geld.',
        assign: ['worker2'],
      },
    ],
    firstContact: { clientSupport: 'declined', objectionExplained: true },
  },
  {
    // Safety "yes", followed up by the supervisor.
    team: 1,
    household: 'Familie El Idrissi',
    newHousehold: true,
    source: 'veilig_thuis',
    reporterName: 'Mw. K. Boateng, Veilig Thuis Regio Voorbeeld',
    reporterContact: '0800 2000',
    receivedDaysAgo: 40,
    registeredBy: 'supervisor',
    triageAssigned: { worker: 'worker3', daysAgo: 40 },
    question:
      'Na een politiemelding over een ruzie tussen moeder en haar ex-partner vraagt Veilig Thuis het wijkteam ' +
      'om moeder en de kinderen te ondersteunen. Moeder weet van deze aanmelding en staat open voor contact.',
    householdKnows: 'yes',
    appointment: { madeDaysAgo: 38, onDaysAgo: 36, outcome: 'held' },
    triage: [
      {
        daysAgo: 36,
        by: 'worker3',
        urgency: 'days',
        safety: 'yes',
        safetyNote:
          'Melding Veilig Thuis na escalatie tussen moeder en ex-partner (woont niet meer thuis). Bilal stond ' +
          'ertussen. Ex-partner komt nog onaangekondigd langs.',
        expertises: ['domesticViolence', 'parenting'],
        route: 'team',
        reasoning:
          'Veiligheid staat voorop; Veilig Thuis blijft betrokken. Het wijkteam ondersteunt moeder en kinderen ' +
          'en maakt met hen en het netwerk een veiligheidsplan.',
        ownDirection: 'Moeder wil zelf de regie houden; ze wil dat Bilal niet meer hoeft te bemiddelen.',
        assign: ['worker3', 'worker1'],
      },
    ],
    safetyFollowedUp: { daysAgo: 34, by: 'supervisor' },
    firstContact: { clientSupport: 'accepted', objectionExplained: true },
  },
  {
    team: 1,
    household: 'Dhr. Dekker',
    newHousehold: true,
    source: 'resident',
    receivedDaysAgo: 380,
    registeredBy: 'worker4',
    question:
      'Ik loop slecht en kan niet meer zelf naar de winkel. Ik zou graag een scootmobiel willen, maar ik weet ' +
      'niet hoe ik dat aanvraag.',
    householdKnows: 'yes',
    appointment: { madeDaysAgo: 380, onDaysAgo: 378, outcome: 'held' },
    triage: [
      {
        daysAgo: 378,
        by: 'worker4',
        urgency: 'regular',
        safety: 'no',
        expertises: ['olderPeople'],
        route: 'no_professional_help',
        reasoning: 'Een enkelvoudige vraag die meneer met hulp van zijn dochter zelf kan regelen.',
        advice:
          'Uitgelegd hoe hij een scootmobiel aanvraagt bij het Wmo-loket; dochter Ellen helpt met het ' +
          'formulier. Bij nieuwe vragen mag meneer altijd bellen.',
      },
    ],
    endsInvolvement: true,
    closed: true,
  },
  {
    // The appointment was held; triage follows after the team meeting.
    team: 1,
    household: 'Dhr. Dekker',
    source: 'gp',
    reporterName: 'Mw. L. Dam, praktijkondersteuner Gezondheidscentrum Lindenhoeve',
    reporterContact: '088 555 0157',
    receivedDaysAgo: 8,
    registeredDaysAgo: 7,
    registeredBy: 'worker4',
    question:
      'Meneer (84) woont alleen, is in een maand twee keer gevallen en eet slecht. Hij wil absoluut thuis ' +
      'blijven wonen. Graag iemand die meekijkt wat er nodig is.',
    householdKnows: 'yes',
    appointment: { madeDaysAgo: 7, onDaysAgo: 3, outcome: 'held' },
  },
  {
    // Crisis: the night the police were called.
    team: 1,
    household: 'Familie Kowalski',
    newHousehold: true,
    source: 'police',
    reporterName: 'Dhr. J. Willems, wijkagent Oude Weide',
    reporterContact: '0900 8844',
    receivedDaysAgo: 3,
    registeredBy: 'worker2',
    question:
      'Vannacht melding van ruzie in de woning; vader onder invloed. Moeder en Zofia (4) zijn bij de buren ' +
      'opgevangen. Moeder spreekt Pools en een beetje Engels. Graag vandaag nog contact.',
    householdKnows: 'yes',
    appointment: { madeDaysAgo: 3, onDaysAgo: 3, outcome: 'held' },
    triage: [
      {
        daysAgo: 3,
        by: 'worker2',
        urgency: 'acute',
        safety: 'yes',
        safetyNote:
          'Politie-inzet bij ruzie, vader onder invloed van alcohol. Zofia (4) was erbij. Moeder en Zofia die ' +
          'nacht bij de buren.',
        expertises: ['domesticViolence', 'addiction'],
        route: 'crisis',
        reasoning:
          'Acute onveiligheid. Crisisdienst Jeugd en Veilig Thuis zijn ingeschakeld; het wijkteam blijft ' +
          'betrokken en plant deze week een gesprek met een tolk Pools.',
      },
    ],
    firstContact: { clientSupport: null, objectionExplained: false },
  },
  {
    team: 1,
    household: 'Familie Mulder / Brouwer',
    newHousehold: true,
    source: 'resident',
    reporterName: 'Sandra Mulder (moeder)',
    reporterContact: '06 1843 5520',
    receivedDaysAgo: 30,
    registeredBy: 'worker1',
    question:
      'Finn loopt vast op school en thuis: hij krijgt woedeaanvallen als iets anders gaat dan gepland. School ' +
      'denkt aan autisme. Wij willen weten wat er met hem is en hoe we hem kunnen helpen.',
    householdKnows: 'yes',
    appointment: { madeDaysAgo: 29, onDaysAgo: 26, outcome: 'held' },
    triage: [
      {
        daysAgo: 26,
        by: 'worker1',
        urgency: 'regular',
        safety: 'no',
        expertises: ['parenting'],
        route: 'referral',
        referralTo: 'Jeugdhulp De Wilg, diagnostiek en gezinsbehandeling',
        reasoning:
          'De vraag is helder en specialistisch: onderzoek naar wat Finn nodig heeft. Matched care: direct ' +
          'verwijzen. Ouders regelen de verwijsbrief zelf met de huisarts; wij houden contact tot de intake.',
      },
    ],
    firstContact: { clientSupport: 'declined', objectionExplained: true },
  },
  {
    team: 1,
    household: 'Familie Rutten',
    newHousehold: true,
    source: 'resident',
    reporterName: 'Eva Rutten (moeder)',
    receivedDaysAgo: 20,
    registeredBy: 'worker3',
    question:
      'Sinds ik weer fulltime werk lukt het niet meer met de opvang van de kinderen na school. We hebben geen ' +
      'familie in de buurt. Kunnen jullie ons helpen iets te regelen?',
    householdKnows: 'yes',
    appointment: { madeDaysAgo: 19, onDaysAgo: 17, outcome: 'held' },
    triage: [
      {
        daysAgo: 17,
        by: 'worker3',
        urgency: 'regular',
        safety: 'no',
        expertises: ['parenting'],
        route: 'no_professional_help',
        reasoning:
          'Het gezin is zelfredzaam; de vraag gaat over praktische opvang. Het netwerk en de voorzieningen in ' +
          'de buurt bieden uitkomst.',
        advice:
          'Samen de naschoolse opvang bij De Regenboog aangevraagd (met kinderopvangtoeslag). Buurvrouw Ineke ' +
          'haalt de kinderen op dinsdag uit school. Ze mogen altijd weer bellen.',
      },
    ],
    firstContact: { clientSupport: 'declined', objectionExplained: true },
    endsInvolvement: true,
  },
  {
    // Overdue on the second Zuid demo worker's list.
    team: 1,
    household: 'Familie Pinas',
    newHousehold: true,
    source: 'network',
    reporterName: 'Priscilla Pinas (zus)',
    reporterContact: '06 2976 1145',
    receivedDaysAgo: 7,
    registeredBy: 'worker2',
    question:
      'Mijn zus is haar baan kwijt en komt de deur niet meer uit. Haar zoon Jordy (17) doet de boodschappen en ' +
      'regelt alles. Ik woon in Rotterdam en kan niet vaak komen.',
    householdKnows: 'unknown',
  },
  {
    team: 1,
    household: 'Mw. Tahiri',
    newHousehold: true,
    source: 'municipality_desk',
    reporterName: 'Dhr. M. Aydın, balie Stadskantoor',
    reporterContact: '14 0123',
    receivedDaysAgo: 2,
    registeredBy: 'supervisor',
    question:
      'Mevrouw kwam aan de balie met een brief dat haar uitkering stopt. Ze begrijpt niet waarom en was erg ' +
      'overstuur. Ze heeft niemand die haar kan helpen met de papieren.',
    householdKnows: 'yes',
  },
  {
    // He did not open the door at the first appointment.
    team: 1,
    household: 'Dhr. Jacobs',
    newHousehold: true,
    source: 'neighbour',
    reporterName: 'Dhr. A. Meulenbelt (buurman)',
    reporterContact: '06 4402 7781',
    receivedDaysAgo: 4,
    registeredBy: 'worker1',
    question:
      'Mijn buurman komt al weken zijn huis bijna niet uit. In het portiek hangt een vieze lucht en ik hoor ' +
      'hem ’s nachts praten en schreeuwen. Ik weet niet of hij hulp heeft.',
    householdKnows: 'no',
    appointment: { madeDaysAgo: 3, onDaysAgo: 1, outcome: 'not_held' },
  },
]
