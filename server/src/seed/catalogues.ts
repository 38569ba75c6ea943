/**
 * The administrator-managed lists a fresh installation of the demo starts with. Both seeds use the same lists,
 * so a triage written against the demo reads the same on the benchmark database.
 */

/** Expertise a triage can ask for; the key is how the seeds refer to one. */
export const demoExpertises = {
  debts: 'Schulden en geldzaken',
  parenting: 'Opvoeden en opgroeien',
  mentalHealth: 'Psychische gezondheid',
  domesticViolence: 'Huiselijk geweld en kindermishandeling',
  addiction: 'Verslaving',
  housing: 'Wonen',
  work: 'Werk en dagbesteding',
  intellectualDisability: 'Licht verstandelijke beperking',
  olderPeople: 'Ouderen en mantelzorg',
} as const

export type ExpertiseKey = keyof typeof demoExpertises

/** Invented local partners: the kinds of organisation a neighbourhood team works with every week. */
export const demoOrganisations = {
  gpMolenkamp: 'Huisartsenpraktijk De Molenkamp',
  gpLindenhoeve: 'Gezondheidscentrum Lindenhoeve',
  primarySchool: 'Basisschool De Regenboog',
  secondarySchool: 'Het Baken College',
  debtHelp: 'Schuldhulpverlening Voorbeeld',
  mentalHealth: 'GGZ Weidestroom',
  youthCare: 'Jeugdhulp De Wilg',
  veiligThuis: 'Veilig Thuis Regio Voorbeeld',
  housing: 'Woningcorporatie Lindenhof',
  police: 'Politie, basisteam Voorbeeld',
  foodBank: 'Voedselbank Voorbeeld',
  clientSupport: 'Cliëntondersteuning Voorbeeld',
} as const

export type OrganisationKey = keyof typeof demoOrganisations
