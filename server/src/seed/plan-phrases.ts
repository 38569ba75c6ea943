import { demoOrganisations, type OrganisationKey } from './catalogues.ts'
import type { DomainKey } from './conversation-phrases.ts'
import type { Rng } from './random.ts'
import type { StoredAction, StoredPlan } from '../modules/plans/stored-plan.ts'

/**
 * Words for the demo plans: goals as the household says them ("Ik wil weer rust in mijn hoofd over de rekeningen",
 * "{naam} wil op voetbal"), the steps that go with them and who takes them, and the short lines of a decision
 * record, a position on the plan and progress on a goal. Placeholders: {naam} is the given name of the goal's owner
 * (or of the main adult), {zijn}/{hij}/{hem} their pronouns.
 */

/** Whose words: an adult, someone of 67 or older, a young person (12–17), a child, or the household together. */
/** Fills {naam}, {zijn}, {hij}, {hem} (and `extra`) in a phrase for the member it is about. */
export function fillPhrase(
  text: string,
  who: { given: string; sex: string },
  extra: Record<string, string> = {},
): string {
  const f = who.sex === 'f'
  const words: Record<string, string> = {
    naam: who.given,
    zijn: f ? 'haar' : 'zijn',
    hij: f ? 'zij' : 'hij',
    hem: f ? 'haar' : 'hem',
    ...extra,
  }
  return text.replace(/\{([a-z]+)\}/g, (whole, key: string) => words[key] ?? whole)
}

/** "a", "a en b", "a, b en c". */
export function listInWords(items: string[]): string {
  return items.length <= 1
    ? (items[0] ?? '')
    : `${items.slice(0, -1).join(', ')} en ${items[items.length - 1]}`
}

/** The texts of every action already in a plan, so a new one is not a repeat. */
export function usedTexts(plan: StoredPlan): Set<string> {
  return new Set(plan.goals.flatMap((g) => g.actions.map((a) => a.text)))
}

/** Moves an action on by the next version: due ones are more often done. */
export function advanceAction(rng: Rng, action: StoredAction, date: string): void {
  const due = action.dueOn !== null && action.dueOn <= date
  const roll = rng.next()
  if (action.status === 'planned') {
    action.status =
      roll < (due ? 0.45 : 0.2) ? 'done' : roll < 0.8 ? 'started' : roll < 0.85 ? 'stopped' : 'planned'
  } else if (action.status === 'started') {
    if (roll < (due ? 0.6 : 0.35)) action.status = 'done'
  }
}

/** Who holds the direction: mostly the worker, sometimes the household, now and then a partner doing most of it. */
export function planDirection(
  rng: Rng,
  organisationIds: Record<OrganisationKey, number>,
  plan: StoredPlan,
  main: { given: string; sex: string },
  workerFirstName: string,
): StoredPlan['direction'] {
  const partners = (Object.keys(otherDirection) as OrganisationKey[]).filter((key) =>
    plan.goals.some((g) =>
      g.actions.some((a) => a.owner.kind === 'organisation' && a.owner.refId === organisationIds[key]),
    ),
  )
  const weights = { worker: 4, household: 3, other: partners.length > 0 ? 2 : 0 }
  // Where safety is at stake, the household does not hold it alone.
  const holder = rng.weighted(plan.goals.some((g) => g.safety) ? { ...weights, household: 0 } : weights)
  if (holder === 'other') {
    const key = rng.pick(partners)
    return { holder, otherParty: demoOrganisations[key], reason: fillPhrase(otherDirection[key]!, main) }
  }
  return {
    holder,
    otherParty: null,
    reason: fillPhrase(rng.pick(directionReasons[holder]), main, { wijkcoach: workerFirstName }),
  }
}

export type OwnerKind = 'adult' | 'older' | 'teen' | 'child' | 'household'

/**
 * Who takes a step: the goal's owner (a parent for a child), a parent or the main adult, someone from the
 * network, the worker, the household's GP, the child's school, or a partner organisation.
 */
export type ActionWho = 'owner' | 'parent' | 'network' | 'worker' | 'gp' | 'school' | OrganisationKey

/** A step; `for` limits it to goals of those kinds, `together` to households of more than one person. */
export type ActionPhrase = { text: string; who: ActionWho; for?: OwnerKind[]; together?: true }

/** A goal in the household's words, with the steps that belong to this goal in particular. */
export type GoalPhrase = { text: string; together?: true; actions?: ActionPhrase[] }

type DomainPhrases = {
  /** What the conversation was about, as the decision record says it. */
  topic: string
  /** The choices that were on the table. */
  options: string
  goals: Partial<Record<OwnerKind, GoalPhrase[]>>
  /** Steps that fit every goal of the domain (within their `for`). */
  actions: ActionPhrase[]
}

const grownUp: OwnerKind[] = ['adult', 'older', 'household']
const young: OwnerKind[] = ['teen', 'child']

const goals = (...texts: string[]): GoalPhrase[] => texts.map((text) => ({ text }))

export const planPhrases: Record<DomainKey, DomainPhrases> = {
  income: {
    topic: 'geldzorgen',
    options: 'Budgetbeheer, een schuldregeling, of zelf het overzicht houden met hulp bij de post.',
    goals: {
      adult: goals(
        'Ik wil weer rust in mijn hoofd over de rekeningen.',
        'Ik wil de post weer open durven maken en weten wat er binnenkomt.',
        'Ik wil van mijn schulden af, ook al duurt het lang.',
      ),
      older: goals(
        'Ik wil weten dat de huur en de rekeningen gewoon betaald worden.',
        'Ik wil niet meer wakker liggen van de rekeningen.',
      ),
      household: goals(
        'We willen rondkomen zonder elke maand rood te staan.',
        'We willen samen weer overzicht over ons geld.',
      ),
      teen: [
        {
          text: 'Ik wil mijn eigen geld leren bijhouden.',
          actions: [
            { text: 'Een bijbaan zoeken en een eigen rekening openen', who: 'owner' },
            { text: 'Samen een overzicht maken van wat er binnenkomt en wat eruit gaat', who: 'worker' },
          ],
        },
      ],
    },
    actions: [
      { text: 'Samen alle post en aanmaningen in één map zetten en doorlopen', who: 'worker', for: grownUp },
      { text: 'Zelf de energieleverancier bellen voor een betalingsregeling', who: 'owner', for: grownUp },
      { text: 'Intakegesprek en een overzicht van alle schulden maken', who: 'debtHelp', for: grownUp },
      { text: 'Nakijken op welke toeslagen recht is, en ze aanvragen', who: 'worker', for: grownUp },
      { text: 'Elke week een voedselpakket, tot er weer wat ruimte is', who: 'foodBank', for: grownUp },
      { text: 'Meegaan naar de afspraak bij de schuldhulp', who: 'network', for: grownUp },
      { text: 'Een aparte rekening openen voor de vaste lasten', who: 'owner', for: grownUp },
    ],
  },
  housing: {
    topic: 'de woning',
    options: 'Blijven wonen met een regeling voor de huur, of een andere woning zoeken.',
    goals: {
      adult: [
        {
          text: 'Ik wil in mijn huis kunnen blijven wonen.',
          actions: [
            { text: 'Met de woningcorporatie een regeling maken voor de huurachterstand', who: 'owner' },
            { text: 'Meegaan naar het gesprek met de woningcorporatie', who: 'worker' },
          ],
        },
        {
          text: 'Ik wil een huis zonder schimmel, waar ik rustig kan slapen.',
          actions: [
            { text: 'Langskomen om de schimmel en het onderhoud te bekijken', who: 'housing' },
            { text: 'De klacht over de schimmel op papier zetten en opsturen', who: 'owner' },
          ],
        },
      ],
      older: [
        {
          text: 'Ik wil zo lang mogelijk in mijn eigen huis blijven wonen.',
          actions: [
            {
              text: 'Kijken welke aanpassingen in huis nodig zijn, zoals beugels en een douchestoel',
              who: 'worker',
            },
            { text: 'Een aanpassing van de badkamer aanvragen bij de gemeente', who: 'owner' },
          ],
        },
      ],
      household: [
        {
          text: 'We willen een huis waar we allemaal een eigen plek hebben.',
          actions: [
            { text: 'Inschrijven als woningzoekende', who: 'owner' },
            { text: 'Samen kijken of een urgentieaanvraag kans heeft', who: 'worker' },
          ],
        },
        {
          text: 'We willen niet uit ons huis hoeven.',
          actions: [
            { text: 'Met de woningcorporatie een regeling maken voor de huurachterstand', who: 'owner' },
            { text: 'Meegaan naar het gesprek met de woningcorporatie', who: 'worker' },
          ],
        },
      ],
    },
    actions: [{ text: 'Helpen met opruimen en de kamers opnieuw indelen', who: 'network' }],
  },
  work: {
    topic: 'wat je overdag doet',
    options:
      'Vrijwilligerswerk, dagbesteding of een opleiding; voor school: een ander rooster of extra hulp.',
    goals: {
      adult: [
        {
          text: 'Ik wil weer iets doen overdag, het liefst met mijn handen.',
          actions: [
            { text: 'Samen kijken welk vrijwilligerswerk bij mij past', who: 'worker' },
            { text: 'Een proefochtend bij het repair café in de buurt', who: 'owner' },
          ],
        },
        {
          text: 'Ik wil werk vinden waar ik van kan rondkomen.',
          actions: [
            { text: 'Mijn cv maken en twee keer per week solliciteren', who: 'owner' },
            { text: 'Meegaan naar het eerste gesprek bij het werkplein', who: 'network' },
            { text: 'Samen een afspraak maken bij het werkplein van de gemeente', who: 'worker' },
          ],
        },
      ],
      older: [
        {
          text: 'Ik wil me weer nuttig voelen, een paar ochtenden in de week.',
          actions: [
            { text: 'Samen kijken welk vrijwilligerswerk bij mij past', who: 'worker' },
            { text: 'Een proefochtend bij het repair café in de buurt', who: 'owner' },
          ],
        },
      ],
      teen: goals('{naam} wil {zijn} diploma halen.', 'Ik wil weer elke dag naar school, ook op maandag.'),
      child: goals('{naam} gaat weer met plezier naar school.'),
    },
    actions: [
      { text: 'Elke week even praten met de mentor over hoe het gaat', who: 'school', for: ['teen'] },
      { text: 'Mijn rooster en huiswerk samen op een rij zetten', who: 'owner', for: ['teen'] },
      { text: 'Meegaan naar het gesprek op school', who: 'parent', for: young },
      { text: 'Een gesprek met de juf over hoe het in de klas gaat', who: 'school', for: ['child'] },
    ],
  },
  physical: {
    topic: 'de gezondheid',
    options: 'Eerst naar de huisarts, of meteen hulp in huis; samen of alleen.',
    goals: {
      adult: goals(
        'Ik wil minder pijn hebben en weer kunnen doen wat ik wil.',
        'Ik wil beter voor mijn lijf zorgen.',
      ),
      older: [
        {
          text: 'Ik wil veilig kunnen lopen, binnen en buiten.',
          actions: [{ text: 'Uitzoeken of er een rollator en hulp in huis kunnen komen', who: 'worker' }],
        },
        { text: 'Ik wil me fitter voelen en minder vaak naar de dokter hoeven.' },
      ],
      teen: [
        {
          text: 'Ik wil weer fit worden en sporten.',
          actions: [{ text: 'Een sportschool uitzoeken die ik kan betalen', who: 'owner' }],
        },
      ],
      child: [
        {
          text: '{naam} moet lekker in {zijn} vel zitten en gezond eten.',
          actions: [{ text: 'Samen een weekmenu maken, met fruit en groente', who: 'parent' }],
        },
      ],
    },
    actions: [
      { text: 'Een afspraak maken bij de huisarts', who: 'owner', for: ['adult', 'older', 'teen'] },
      { text: 'Een afspraak maken bij de huisarts voor {naam}', who: 'parent', for: ['child'] },
      { text: 'De medicijnen en de klachten samen doornemen', who: 'gp', for: ['adult', 'older'] },
      { text: 'Meegaan naar de huisarts', who: 'network', for: ['adult', 'older'] },
      { text: 'Elke dag een stukje wandelen', who: 'owner', for: ['adult', 'older'] },
    ],
  },
  mental: {
    topic: 'hoe je je voelt',
    options: 'Praten met de praktijkondersteuner van de huisarts, de GGZ, of eerst zelf meer rust inbouwen.',
    goals: {
      adult: goals(
        'Ik wil weer rust in mijn hoofd en beter slapen.',
        'Ik wil me niet meer zo alleen en somber voelen.',
      ),
      older: goals('Ik wil me minder zorgen maken en weer genieten van de dag.'),
      teen: goals('Ik wil me weer beter voelen, thuis en op school.'),
      child: goals('{naam} moet weer lekker slapen en minder piekeren.'),
    },
    actions: [
      { text: 'Naar de praktijkondersteuner van de huisarts', who: 'owner', for: ['adult', 'older', 'teen'] },
      { text: 'Een intakegesprek voor behandeling', who: 'mentalHealth', for: ['adult', 'teen'] },
      { text: 'Elke week samen een stuk wandelen', who: 'network', for: ['adult', 'older'] },
      { text: 'Samen opschrijven wat helpt als het even niet gaat', who: 'worker' },
      { text: 'Een gesprek met {naam} over wat {hem} dwarszit', who: 'worker', for: ['child'] },
      { text: 'Elke avond een vast rustig moment met {naam}', who: 'parent', for: ['child'] },
    ],
  },
  substances: {
    topic: 'het drinken of blowen',
    options: 'Minderen met hulp van de huisarts, hulp bij verslaving, of eerst zelf bijhouden hoeveel.',
    goals: {
      adult: goals(
        'Ik wil minder drinken, zodat ik mijn dagen weer aankan.',
        'Ik wil stoppen met blowen voordat het me mijn werk kost.',
      ),
      teen: goals('Ik wil zelf kunnen kiezen, ook als mijn vrienden blowen.'),
    },
    actions: [
      { text: 'Een week bijhouden wanneer en hoeveel ik drink of blow', who: 'owner' },
      { text: 'Een gesprek over minderen', who: 'gp' },
      { text: 'Aanmelden voor hulp bij minderen', who: 'mentalHealth' },
      { text: 'Op zaterdag samen iets doen zonder alcohol', who: 'network', for: ['adult'] },
    ],
  },
  relations: {
    topic: 'de band met familie',
    options: 'Samen om tafel, hulp van een bemiddelaar, of eerst ieder apart praten.',
    goals: {
      adult: [
        { text: 'Ik wil dat er thuis minder ruzie is.', together: true },
        { text: 'Ik wil beter met mijn familie kunnen praten.' },
      ],
      older: [
        { text: 'Ik wil dat we het thuis weer gezellig hebben samen.', together: true },
        { text: 'Ik wil weer contact met mijn kinderen en kleinkinderen.' },
      ],
      household: goals(
        'We willen thuis weer rustig met elkaar praten, zonder te schreeuwen.',
        'We willen als gezin weer dingen samen doen.',
      ),
      teen: goals('Ik wil dat er thuis naar me geluisterd wordt.'),
      child: goals('{naam} wil dat er thuis geen ruzie meer is.'),
    },
    actions: [
      { text: 'Een gesprek met iedereen thuis, om de beurt aan het woord', who: 'worker', together: true },
      {
        text: 'Gezinsbegeleiding thuis, één keer per week',
        who: 'youthCare',
        for: ['household', 'teen', 'child'],
      },
      { text: 'Eén avond per week samen eten, zonder telefoons', who: 'parent', together: true },
      {
        text: 'Opschrijven wat er gebeurt als het uit de hand loopt',
        who: 'owner',
        for: grownUp,
        together: true,
      },
      { text: 'Samen een bericht aan de familie opstellen', who: 'worker', for: ['adult', 'older'] },
      {
        text: 'Een gesprek met de familie, met buurtbemiddeling erbij',
        who: 'worker',
        for: ['adult', 'older'],
      },
    ],
  },
  parenting: {
    topic: 'de opvoeding',
    options: 'Gesprekken over opvoeden met de wijkcoach, jeugdhulp, of hulp uit de familie.',
    goals: {
      adult: goals(
        'Ik wil rustiger blijven als de kinderen boos worden.',
        'Ik wil meer tijd en aandacht voor de kinderen.',
      ),
      household: goals(
        'We willen vaste afspraken in huis, zodat de ochtenden rustig gaan.',
        'We willen dat de kinderen weten waar ze aan toe zijn.',
      ),
      teen: [
        {
          text: 'Ik wil meer zelf mogen beslissen, met duidelijke afspraken.',
          actions: [{ text: 'Samen afspraken maken over uitgaan en thuiskomen', who: 'parent' }],
        },
      ],
      child: goals(
        '{naam} wil niet altijd binnen zitten na school.',
        '{naam} gaat op tijd naar bed en komt uitgerust op school.',
      ),
    },
    actions: [
      { text: 'Een weekschema maken en op de koelkast hangen', who: 'parent' },
      { text: 'Vijf gesprekken over opvoeden met de wijkcoach', who: 'worker', for: ['adult', 'household'] },
      { text: 'Gezinsbegeleiding aanvragen', who: 'youthCare', for: ['household', 'child'] },
      { text: 'Eén middag per week oppassen', who: 'network', for: ['household', 'adult', 'child'] },
      { text: 'Met school bespreken hoe het in de klas gaat', who: 'school', for: ['child'] },
    ],
  },
  network: {
    topic: 'de mensen om je heen',
    options: 'Familie vragen, een maatje via de vrijwilligers, of iets in de buurt.',
    goals: {
      adult: goals(
        'Ik wil mensen om me heen die ik kan bellen als het niet gaat.',
        'Ik wil niet alles alleen hoeven doen.',
      ),
      older: goals('Ik wil vaker bezoek en niet de hele dag alleen zijn.'),
      teen: goals('Ik wil mijn vrienden weer vaker zien.'),
      household: goals('We willen meer mensen om ons heen die we om hulp kunnen vragen.'),
    },
    actions: [
      { text: 'Samen een lijstje maken van wie ik kan bellen', who: 'worker', for: grownUp },
      { text: 'Eén keer per week langskomen voor koffie', who: 'network', for: grownUp },
      { text: 'Meegaan naar de koffieochtend in het buurthuis', who: 'owner', for: ['adult', 'older'] },
      { text: 'Een maatje aanvragen bij de vrijwilligerscentrale', who: 'worker', for: ['adult', 'older'] },
      { text: 'Eén middag in de week iets voor mezelf afspreken', who: 'owner', for: ['teen'] },
    ],
  },
  participation: {
    topic: 'meedoen in de buurt',
    options:
      'Een club, het buurthuis of vrijwilligerswerk; met het Jeugdfonds Sport & Cultuur of de meedoenregeling.',
    goals: {
      adult: goals('Ik wil weer ergens bij horen, bijvoorbeeld in het buurthuis.'),
      older: goals('Ik wil weer naar de koffieochtend in de buurt.'),
      teen: goals('{naam} wil bij een sportclub.', 'Ik wil op muziekles.'),
      child: goals('{naam} wil op voetbal.', '{naam} wil op zwemles, net als {zijn} vriendjes.'),
    },
    actions: [
      { text: 'Een aanvraag doen bij het Jeugdfonds Sport & Cultuur', who: 'parent', for: young },
      { text: 'Een club in de buurt zoeken en een proefles afspreken', who: 'worker', for: young },
      { text: 'De eerste keer meegaan', who: 'network' },
      { text: 'De meedoenregeling van de gemeente aanvragen', who: 'owner', for: ['adult', 'older'] },
      { text: 'Samen naar het buurthuis om te kijken wat er is', who: 'worker', for: ['adult', 'older'] },
    ],
  },
  selfcare: {
    topic: 'het huishouden en de dag',
    options: 'Hulp in het huishouden via de gemeente, hulp uit de familie, of een vaste planning.',
    goals: {
      adult: goals(
        'Ik wil mijn huishouden weer zelf op orde hebben.',
        'Ik wil elke dag een vast ritme, met boodschappen en op tijd eten.',
      ),
      older: goals(
        'Ik wil zelf mijn dag blijven doen, met een beetje hulp.',
        'Ik wil mijn afspraken niet meer vergeten.',
      ),
    },
    actions: [
      { text: 'Hulp in het huishouden aanvragen bij de gemeente', who: 'worker' },
      { text: 'Een weekplanning op de kalender in de keuken', who: 'owner' },
      { text: 'De grote boodschappen doen', who: 'network' },
      { text: 'Samen de pillendoos vullen voor de week', who: 'network', for: ['older'] },
      { text: 'Herinneringen voor afspraken op de telefoon zetten', who: 'worker' },
    ],
  },
  safety: {
    topic: 'veilig zijn thuis',
    options:
      'Afspraken in een veiligheidsplan, advies van Veilig Thuis, of hulp van familie als het misgaat.',
    goals: {
      adult: goals('Ik wil me weer veilig voelen in mijn eigen huis.'),
      older: goals('Ik wil me weer veilig voelen in mijn eigen huis.'),
      household: goals(
        'We willen ons thuis allemaal veilig voelen, ook als er spanning is.',
        'Thuis moet het rustig en veilig zijn, voor iedereen.',
      ),
      teen: goals('Ik wil me thuis veilig voelen.'),
      child: goals('{naam} moet zich thuis veilig voelen.'),
    },
    actions: [
      { text: 'Een veiligheidsplan maken: wat doen we als het misgaat, en wie bellen we', who: 'worker' },
      { text: 'Afspreken wie ik bel als het thuis niet goed gaat', who: 'parent' },
      { text: 'Bereikbaar zijn en meteen komen als er gebeld wordt', who: 'network' },
      { text: 'Advies over de afspraken in het veiligheidsplan', who: 'veiligThuis' },
      { text: 'Elke week samen kijken of de afspraken werken', who: 'worker' },
    ],
  },
  justice: {
    topic: 'de zaak bij justitie',
    options: 'Zelf de brieven beantwoorden, of hulp van een advocaat of de reclassering.',
    goals: {
      adult: goals(
        'Ik wil mijn boetes afbetalen en er niet meer aan hoeven denken.',
        'Ik wil mijn taakstraf afmaken en opnieuw beginnen.',
      ),
      teen: goals('Ik wil niet meer met de politie in aanraking komen.'),
    },
    actions: [
      { text: 'Samen de brieven van het CJIB op een rij zetten', who: 'worker', for: ['adult'] },
      { text: 'Een betalingsregeling aanvragen bij het CJIB', who: 'owner', for: ['adult'] },
      { text: 'Een gesprek met de wijkagent', who: 'police', for: ['teen'] },
      { text: 'Meegaan naar de afspraak bij bureau Halt', who: 'parent', for: ['teen'] },
    ],
  },
}

/** Why someone holds the direction of the case. {naam}: the main adult, {wijkcoach}: the worker. */
export const directionReasons = {
  worker: [
    'Er speelt veel tegelijk. {wijkcoach} houdt voorlopig het overzicht en regelt de afspraken, tot het rustiger is.',
    '{naam} wil dat iemand anders het overzicht houdt zolang er zoveel op {hem} afkomt.',
  ],
  household: [
    '{naam} regelt de afspraken liever zelf en belt als er iets is.',
    '{naam} houdt zelf het overzicht; {wijkcoach} helpt bij de lastige gesprekken.',
  ],
} as const

/** A partner who holds the direction when most of the work is theirs. */
export const otherDirection: Partial<Record<OrganisationKey, string>> = {
  debtHelp:
    'De schuldhulpverlener heeft het meeste contact met de schuldeisers en houdt het overzicht over de afspraken.',
  youthCare:
    'Jeugdhulp komt elke week thuis en regelt de afspraken rond de kinderen; het wijkteam blijft erbij.',
  mentalHealth:
    'De behandelaar van de GGZ ziet {naam} elke week en houdt het overzicht; het wijkteam helpt mee.',
}

/** A low-scored domain without a goal, and why. {onderwerp}: the first goal's topic. */
export const withoutGoalReasons = [
  'Eerst {onderwerp}; hier kijken we later naar.',
  '{naam} wil hier nu niet aan werken. We komen erop terug.',
  'Hier is al hulp voor, via de huisarts.',
]

/** Where a member stands on the plan, in their own words. */
export const positionWords = {
  agrees: [
    'Ja, zo hebben we het samen afgesproken.',
    'Dit is wat ik wil.',
    'Eens. Fijn dat het op papier staat.',
    'Goed zo. Eén ding tegelijk.',
  ],
  partly: [
    'Ik doe mee, maar ik wil eerst zien of het werkt.',
    'Het meeste klopt. Alleen wil ik zelf bepalen wie wat te horen krijgt.',
    'Ik vind het veel tegelijk. Liever één ding per keer.',
  ],
  disagrees: [
    'Ik vind niet dat het thuis zo slecht gaat als hier staat.',
    'Dit is meer wat de wijkcoach wil dan wat ik wil.',
  ],
} as const

/** What a member with a log-in writes about one goal. */
export const viewWords = {
  agrees: ['Ja, dit wil ik echt.', 'Goed dat dit erin staat. Het gaat al iets beter.'],
  partly: ['Ik wil het wel, maar niet te veel mensen over de vloer.', 'Eens, maar het gaat me wat te snel.'],
} as const

/** What came out of looking back together, at a later revision of the plan. */
export const revisionNotes = {
  same: [
    'het gaat de goede kant op; we gaan door met dezelfde doelen.',
    'niet alles lukte. We hebben de stappen kleiner gemaakt.',
  ],
  added: ['er is iets bijgekomen, dat staat nu ook in het plan.'],
}

/** Progress on a goal in a few words, by how far it is (1–4, 5–6, 7–10). */
export const progressWords = {
  worker: {
    low: [
      'Nog weinig beweging; de eerste afspraak is wel gemaakt.',
      'Moeizaam, maar de afspraken worden nagekomen.',
    ],
    mid: [
      'Er is beweging. De eerste stappen zijn gezet.',
      'Gaat de goede kant op, maar is nog niet stabiel.',
    ],
    high: ['Gaat goed; bijna bereikt.', 'Duidelijk vooruit. Nu vasthouden.'],
  },
  household: {
    low: ['Het is nog zwaar.', 'Het gaat nog niet zoals ik wil.'],
    mid: ['Het gaat beter dan eerst.', 'Er is een begin, maar ik ben er nog niet.'],
    high: ['Het gaat goed!', 'Ik ben trots dat het lukt.'],
  },
} as const
