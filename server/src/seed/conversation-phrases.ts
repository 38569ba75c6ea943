import type { Sex } from './names.ts'
import type { Rng } from './random.ts'
import type { Relation } from './shapes.ts'

/**
 * Conversation notes as a worker writes them, composed from parts: an opening that fits the kind of contact,
 * one to three sentences about what is at play in the household (grouped by life domain), sometimes an
 * impression, and often the next step. The demo uses it for the households nobody wrote a story for; the bulk
 * seed for all of its ~2 million entries. Because sentences are built from slots (names, ages, weekdays,
 * organisations, amounts), the vocabulary has frequent words (the skeleton), medium ones (topics, names) and, in
 * the bulk seed, deliberately rare ones (streets, foundations, surnames in a few entries each) for the search
 * benchmark's term bands.
 */

export const conversationKinds = ['home_visit', 'phone', 'office', 'video', 'network', 'partner'] as const
export type ConversationKind = (typeof conversationKinds)[number]

export const kindWeights: Readonly<Record<ConversationKind, number>> = {
  home_visit: 30,
  phone: 32,
  office: 12,
  video: 5,
  network: 8,
  partner: 13,
}

/** The 13 default life domains, by the name the migration gives them (the seeds look their ids up by it). */
export const domainNames = {
  income: 'Inkomen & schulden',
  housing: 'Wonen',
  work: 'Werk, opleiding & dagbesteding',
  physical: 'Lichamelijke gezondheid',
  mental: 'Psychisch welbevinden',
  substances: 'Middelengebruik',
  relations: 'Relaties & gezin',
  parenting: 'Opvoeden & opgroeien',
  network: 'Sociaal netwerk',
  participation: 'Meedoen',
  selfcare: 'Zelfzorg & dagelijks leven',
  safety: 'Veiligheid',
  justice: 'Justitie',
} as const
export type DomainKey = keyof typeof domainNames
export const domainKeys = Object.keys(domainNames) as DomainKey[]

/** A member as the notes need them: age is computed for the day of each note. */
export type NoteMember = {
  personId: number
  given: string
  sex: Sex
  relation: Relation
  /** YYYYMMDD as a number, so an age is one subtraction (see ageAt). */
  birthKey: number
}

export type NoteHousehold = {
  members: NoteMember[]
  /** How the worker refers to the main adult: "mevrouw", the given name, or "moeder". */
  style: 'formal' | 'given' | 'parent'
  /** Someone from the informal network as the worker writes them: "buurvrouw Petra", "oma Truus". */
  network: { ref: string; id?: number }[]
  /** What is at play, most important first; the notes keep to these domains. */
  themes: DomainKey[]
  /** The language of an interpreter, when the adults need one. */
  interpreter?: string
}

export type ComposedNote = {
  kind: ConversationKind
  text: string
  /** The text with one detail different: what a corrected entry said before. */
  earlierText: string
  domains: DomainKey[]
  thirdParty: boolean
  /** Members present (home visits, office talks, calls with them). */
  memberIds: number[]
  networkIds: number[]
  /** The domain of the professional the entry was about, for partner contacts. */
  professionalDomain: DomainKey | null
}

export type ComposeOptions = {
  kind?: ConversationKind
  /** YYYYMMDD of the day of the conversation, for ages. */
  dayKey: number
  /** Chance of one sentence with a rare name in it (bulk seed only). */
  rare?: number
}

/** Age in whole years on `dayKey`; someone born on 29 February turns older on 1 March, as in ageOn. */
export function ageAt(birthKey: number, dayKey: number): number {
  return Math.floor((dayKey - birthKey) / 10_000)
}

export function dateKey(isoDate: string): number {
  return (
    Number(isoDate.slice(0, 4)) * 10_000 + Number(isoDate.slice(5, 7)) * 100 + Number(isoDate.slice(8, 10))
  )
}

// ---- Sentence material ----------------------------------------------------------------------------------------

/**
 * Who must be there for a sentence to make sense: a child of 4–17, a teen (12–17), a young child (4–11), a small
 * child (0–3), two adults, a main adult of 65 or older, a household that needs an interpreter, a parent (of a
 * minor of any age), a single parent, a single adult (with or without children), a main adult of working age.
 */
type Need =
  | 'any'
  | 'child'
  | 'teen'
  | 'young'
  | 'small'
  | 'two'
  | 'older'
  | 'tolk'
  | 'parent'
  | 'single'
  | 'alone'
  | 'working'

/**
 * Slots: {M}/{m} the main adult (capitalised or not), {ze}/{Ze}/{haar}/{hem} their pronouns, {P} the other adult,
 * {K} a child with their age on first mention ("Daan (11)"), {kn} the same child's name, {kp}/{kz} that child's
 * pronoun and possessive, {N}/{n} someone from the network, {pro}/{Pro} a professional of the domain, {org} an
 * organisation of the domain, {ex} the other parent ("vader" to a mother), {dag}, {tijd}, {num}, {weken},
 * {bedrag}, {maand}, {taal}, and the rare {straat}, {stichting}, {rnaam}. A leading "!" marks a sentence about a
 * third party; an opening with a leading "-" is one the household did not take part in (a call with a
 * professional about them).
 */
type Sentence = { parts: string[]; need: Need; third: boolean; absent: boolean; domain: DomainKey | null }

type Pools = Partial<Record<Need, string[]>>

type Theme = {
  domain: DomainKey
  pros: string[]
  orgs: string[]
  sentences: Sentence[]
}

function compile(template: string, need: Need, domain: DomainKey | null): Sentence {
  const third = template.startsWith('!')
  const absent = template.startsWith('-')
  const text = third || absent ? template.slice(1) : template
  return { parts: text.split(/\{(\w+)\}/), need, third, absent, domain }
}

function theme(domain: DomainKey, pros: string[], orgs: string[], pools: Pools): Theme {
  const sentences = (Object.entries(pools) as [Need, string[]][]).flatMap(([need, list]) =>
    list.map((t) => compile(t, need, domain)),
  )
  return { domain, pros, orgs, sentences }
}

const themes: Record<DomainKey, Theme> = {
  income: theme(
    'income',
    [
      'de schuldhulpverlener',
      'de budgetcoach',
      'de bewindvoerder',
      'de vrijwilliger van de thuisadministratie',
      'de sociaal raadsman',
    ],
    [
      'Schuldhulpverlening Voorbeeld',
      'Humanitas Thuisadministratie',
      'de Sociaal Raadslieden',
      'het Juridisch Loket',
    ],
    {
      any: [
        'Post ligt ongeopend op tafel; samen {num} aanmaningen bekeken.',
        'Samen de post doorgenomen en op stapels gelegd: wat moet nu, wat kan wachten.',
        '{M} wil zelf de energieleverancier bellen voor een betalingsregeling; ik kijk mee.',
        'Overzicht gemaakt van vaste lasten en inkomsten. Er blijft per maand te weinig over voor boodschappen.',
        'Brief van de deurwaarder besproken; {m} schrikt van de kosten die er steeds bij komen.',
        'Aanmelding bij {org} samen ingevuld. {M} had de bankafschriften al bij elkaar gezocht.',
        'Huurachterstand is opgelopen tot {bedrag}. {M} wil dit oplossen voordat de woningcorporatie verdere stappen zet.',
        'Toeslagen nagelopen: de huurtoeslag bleek nooit aangevraagd. Aanvraag samen gedaan.',
        'Kwijtschelding van de gemeentelijke belastingen aangevraagd; {m} regelt zelf de bijlagen.',
        '{M} vertelt dat {ze} zich schaamt voor de schulden en daarom lang niets heeft gezegd.',
        'Aanvraag bij de voedselbank gedaan als overbrugging; {m} vond dat een moeilijke stap.',
        'Besproken of beschermingsbewind past. {M} wil eerst zelf proberen, met een budgetcoach.',
        'Premieachterstand bij de zorgverzekering; {m} staat bij het CAK. Samen de brief uitgelegd.',
        'Er staan {num} boetes open bij het CJIB. Betalingsregeling aangevraagd.',
        'Kasboek doorgenomen: {m} houdt sinds twee weken alle uitgaven bij. Dat gaat goed.',
        'Bankzaken gesplitst in een rekening voor vaste lasten en een voor leefgeld.',
        'Schuldenoverzicht is compleet: {num} schuldeisers, samen ongeveer {bedrag}.',
        'Stabilisatie loopt; alle schuldeisers zijn aangeschreven door {pro}.',
        '{M} heeft de incassobureaus zelf gebeld en uitstel gekregen. Trots op.',
        'Brief van de Belastingdienst over het terugbetalen van toeslag samen gelezen; bezwaar opgesteld.',
        '{M} heeft weer een buffer van {bedrag} op de spaarrekening. Grote stap.',
        'Bijzondere bijstand aangevraagd voor een nieuwe koelkast.',
        // Workers write it both ways; the search must find either.
        'Aanmelding voor schuld-hulp besproken; {m} wil eerst zelf de papieren op orde hebben.',
        'Samen naar de schuldhulp-intake bij {org}; {m} had alle brieven in een map.',
      ],
      working: ['Uitkering is stopgezet omdat een formulier niet op tijd binnen was. Samen het UWV gebeld.'],
      child: ['Geld voor schoolspullen ontbreekt; aanvraag bij Stichting Leergeld gedaan.'],
      parent: [
        'Kinderbijslag en kindgebonden budget nagelopen; alles komt binnen.',
        '{M} slaat zelf maaltijden over zodat de kinderen genoeg hebben.',
      ],
      single: [
        '!De {ex} van de kinderen betaalt al maanden geen alimentatie; {m} wil weten wat {ze} kan doen.',
      ],
      teen: [
        '{K} heeft een bijbaan en betaalt mee aan de boodschappen; besproken dat dat niet op {kz} schouders hoort.',
      ],
      older: [
        '{N} doet de bankzaken; {m} wil wel zelf blijven zien wat er binnenkomt.',
        'AOW en pensioen op een rij gezet; er is recht op een tegemoetkoming in de eigen bijdrage.',
      ],
      tolk: [
        'Brief over het terugbetalen van toeslag met de tolk {taal} doorgenomen; {m} begrijpt nu wat er staat.',
      ],
    },
  ),
  housing: theme(
    'housing',
    [
      'de woonconsulent',
      'de wijkbeheerder van de woningcorporatie',
      'de buurtbemiddelaar',
      'de Wmo-consulent',
    ],
    ['Woningcorporatie Lindenhof', 'Buurtbemiddeling Voorbeeld', 'het Wmo-loket'],
    {
      any: [
        'Schimmel in de badkamer en de slaapkamer gezien; {m} heeft dit al vaker gemeld bij de woningcorporatie.',
        'Samen een mail aan de woningcorporatie opgesteld over de lekkage.',
        'De woning staat erg vol; {m} wil opruimen maar weet niet waar te beginnen.',
        '!Klachten over overlast van de bovenburen besproken. {M} wil bemiddeling via {org} proberen.',
        'Huisbezoek met {pro} gepland om de staat van de woning te bespreken.',
        'Urgentie besproken; de kans is klein. Samen ingeschreven als woningzoekende.',
        'De woning is schoon en opgeruimd; {m} is er zichtbaar trots op.',
        'Verhuizen naar een kleinere woning besproken; {m} twijfelt, {ze} woont er al twintig jaar.',
        'De verwarming doet het niet goed; de woningcorporatie komt {dag} kijken.',
        'Dreigende ontruiming: de woningcorporatie biedt een laatste kans-overeenkomst. {M} wil meewerken.',
        'Vervuiling in de keuken; afgesproken dat de thuisbegeleiding helpt met schoonmaken.',
        'Sleutel van de berging kwijt en de fiets staat al weken in de gang. Klein, maar het geeft gedoe met de buren.',
      ],
      parent: [
        'De kinderen delen een kleine slaapkamer; {K} heeft geen rustige plek voor huiswerk.',
        'Verhuizing naar een grotere woning aangevraagd; het gezin staat op de wachtlijst.',
      ],
      older: [
        'De trap wordt een probleem; Wmo-aanvraag voor een traplift besproken.',
        'Douchestoel en beugels zijn geplaatst; {m} voelt zich veiliger in de badkamer.',
      ],
    },
  ),
  work: theme(
    'work',
    [
      'de mentor',
      'de leerplichtambtenaar',
      'de klantmanager van het Werkplein',
      'de jobcoach',
      'de intern begeleider',
      'de begeleider van de dagbesteding',
    ],
    ['Het Baken College', 'Basisschool De Regenboog', 'het Werkplein', 'het UWV', 'de kringloopwinkel'],
    {
      any: [
        'Besproken wat {m} graag doet: {ze} wil iets met {haar} handen doen.',
        'Kennismaking bij de dagbesteding op de zorgboerderij geregeld voor {dag}.',
        'Vrijwilligerswerk bij de kringloopwinkel besproken; {m} wil eerst een ochtend meelopen.',
        '{M} is begonnen bij de dagbesteding en vindt het fijn weer ritme te hebben.',
      ],
      working: [
        '{M} wil graag weer aan het werk maar is bang de uitkering kwijt te raken.',
        'Gesprek met de klantmanager van het Werkplein over re-integratie; {m} voelt zich onder druk gezet.',
        'Samen een sollicitatiebrief geschreven voor een baan in de schoonmaak.',
        '{M} heeft de proeftijd gehaald en krijgt een contract voor een half jaar.',
        '{M} heeft zich ziek gemeld; de bedrijfsarts wil {hem} {dag} spreken.',
        '{M} is sinds {maand} werkloos; de WW loopt nog vier maanden.',
        '{M} heeft een cursus bij het Leerwerkloket gevonden en wil zich aanmelden.',
      ],
      teen: [
        'Telefonisch contact met de mentor van {K}: vaker afwezig op maandag, maakt een vermoeide indruk.',
        '{K} is sinds de herfstvakantie {num} keer ongeoorloofd afwezig geweest; de leerplichtambtenaar is ingelicht.',
        '{K} wil na de zomer naar het mbo; samen een open dag uitgezocht.',
        'Gesprek op school met {m}, {kn} en de mentor. {Kn} blikt voortaan elke vrijdag kort terug met de mentor.',
        '{K} zit beter in {kz} vel op school; de cijfers gaan omhoog.',
        '{K} heeft een stageplek gevonden bij een garage en is enthousiast.',
      ],
      young: [
        'De juf van {K} belde: {kp} is onrustig in de klas en komt vaak zonder ontbijt.',
        'De intern begeleider wil {K} laten onderzoeken op dyslexie; {m} vindt het goed.',
        '{K} gaat graag naar school en heeft een nieuw vriendje in de klas.',
      ],
      tolk: ['Inburgering loopt; {m} gaat drie ochtenden per week naar de taalles.'],
    },
  ),
  physical: theme(
    'physical',
    ['de huisarts', 'de praktijkondersteuner', 'de wijkverpleegkundige', 'de fysiotherapeut'],
    ['Huisartsenpraktijk De Molenkamp', 'Gezondheidscentrum Lindenhoeve', 'de apotheek'],
    {
      any: [
        '{M} heeft veel pijn in {haar} rug en kan niet lang staan.',
        'Afspraak bij de huisarts gemaakt; {m} was er al maanden niet geweest.',
        'Medicijnen worden niet goed ingenomen; besproken of de apotheek ze per dag kan verpakken.',
        '{M} is vorige week gevallen in de badkamer; niets gebroken, wel erg geschrokken.',
        'De diabetes is slecht ingesteld; de praktijkondersteuner kijkt mee.',
        '{M} slaapt slecht en eet onregelmatig.',
        'Al jaren niet naar de tandarts geweest; {m} heeft kiespijn. Afspraak gemaakt.',
        'Fysiotherapie na de knieoperatie loopt; {m} oefent thuis trouw.',
        '{M} wacht op de uitslag van het ziekenhuis en is daar onrustig over.',
      ],
      older: [
        '{M} loopt sinds kort met een rollator en komt weer buiten.',
        'Aanvraag voor een scootmobiel bij het Wmo-loket gedaan.',
        'De wijkverpleging komt twee keer per dag voor de steunkousen en de medicijnen.',
        'Het gehoor gaat achteruit; afspraak bij de audicien gemaakt.',
      ],
      young: [
        '{K} heeft astma; de puffer gaat niet altijd mee naar school.',
        '{K} is vaak ziek en mist daardoor veel school; de huisarts verwijst naar de kinderarts.',
      ],
      small: ['Het consultatiebureau belde: {K} groeit te weinig. Volgende controle over {weken} weken.'],
    },
  ),
  mental: theme(
    'mental',
    ['de POH-GGZ', 'de huisarts', 'de behandelaar van GGZ Weidestroom', 'de ervaringsdeskundige'],
    ['GGZ Weidestroom', 'de huisartsenpraktijk'],
    {
      any: [
        '{M} voelt zich somber en komt de laatste weken weinig buiten.',
        '{M} vertelt dat {ze} veel piekert, vooral ’s nachts.',
        'Besproken of {m} met de POH-GGZ wil praten; {ze} denkt erover na.',
        'Eerste afspraak bij de POH-GGZ is geweest; {m} vond het fijn {haar} verhaal te doen.',
        'De wachtlijst bij GGZ Weidestroom is nog zeker {num} maanden; overbrugging besproken.',
        '{M} heeft last van paniekaanvallen in de supermarkt; de boodschappen worden nu bezorgd.',
        'Het verdriet om het overlijden van {haar} moeder speelt nog sterk.',
        '{M} lacht weer meer en heeft zin in dingen; duidelijk verschil met een maand geleden.',
        '{M} zegt dat {ze} het soms niet meer ziet zitten. Gevraagd naar gedachten aan de dood: die zijn er niet. Huisarts met toestemming ingelicht.',
        '{M} merkt dat de stress minder is nu er overzicht is.',
      ],
      teen: [
        '{K} sluit zich op op {kz} kamer en praat weinig. {M} maakt zich zorgen.',
        '{K} heeft een eerste gesprek gehad bij de jeugd-GGZ en wil terug.',
      ],
      young: ['{K} heeft nachtmerries sinds het onrustig is thuis; {m} herkent het.'],
    },
  ),
  substances: theme(
    'substances',
    ['de consulent van de verslavingszorg', 'de huisarts', 'de ervaringsdeskundige'],
    ['Verslavingszorg Ankerpunt'],
    {
      any: [
        '{M} vertelt eerlijk dat {ze} ’s avonds meer drinkt dan {ze} wil.',
        'Blowen besproken; {m} gebruikt dagelijks om te kunnen slapen.',
        'Verwijzing naar de verslavingszorg besproken; {m} wil eerst zelf minderen.',
        '{M} is {num} weken nuchter en trots op zichzelf.',
        'Gokschulden komen ter sprake; {m} heeft online gegokt.',
        'Terugval na een zware week; {m} wil wel door met de hulp.',
      ],
      teen: [
        '{K} blowt in het weekend met vrienden; {m} weet niet hoe {ze} het moet bespreken.',
        '{K} is op school betrapt met een vape; gesprek met {kn} en {m} samen.',
      ],
    },
  ),
  relations: theme(
    'relations',
    ['de mediator', 'de gezinscoach', 'de maatschappelijk werker'],
    ['het Juridisch Loket', 'Jeugdhulp De Wilg'],
    {
      two: [
        'Spanning tussen {m} en {P} over geld en de taakverdeling in huis.',
        '{M} en {P} willen samen leren beter te praten als het spannend wordt.',
        'Gesprek met {m} en {P} samen: ze willen minder ruzie en meer rust in huis.',
      ],
      alone: [
        'De scheiding is nog vers; {m} vindt het zwaar om alles alleen te doen.',
        '!Contact met de ex-partner verloopt moeizaam; afspraken worden niet nagekomen.',
      ],
      any: ['{M} wil het contact met {haar} zus herstellen.'],
      working: ['De zorg voor {haar} eigen moeder kost {m} veel energie.'],
      single: [
        '!Omgangsregeling besproken: de kinderen zijn om het weekend bij hun {ex}.',
        '{M} wil de kinderen buiten de ruzie met de ex-partner houden.',
      ],
      teen: ['{K} en {m} hebben veel ruzie over uitgaan en thuiskomen.'],
    },
  ),
  parenting: theme(
    'parenting',
    ['de jeugdverpleegkundige', 'de opvoedondersteuner', 'de gezinscoach', 'de intern begeleider'],
    ['het consultatiebureau', 'Jeugdhulp De Wilg', 'Basisschool De Regenboog'],
    {
      child: [
        '{M} vindt het lastig om grenzen te stellen aan {K}.',
        'Schermtijd is een terugkerend punt; samen een weekschema gemaakt.',
        '{M} is trots op {K}: {kp} helpt mee in huis zonder dat het gevraagd wordt.',
        'Afspraken over zakgeld en klusjes gemaakt; {K} mocht zelf meepraten.',
        'Oppas voor de kinderen is lastig te regelen; {n} kan op woensdag.',
      ],
      parent: ['Opvoedondersteuning aangeboden; {m} wil vooral tips voor de drukke ochtenden.'],
      young: [
        'Bedtijden besproken; {K} gaat nu om half negen naar bed en dat lukt redelijk.',
        '{K} heeft driftbuien als iets anders loopt dan gepland; {m} herkent wat school vertelt.',
      ],
      teen: ['{K} zit tot diep in de nacht te gamen en komt ’s ochtends {kz} bed niet uit.'],
      small: [
        '{K} gaat twee ochtenden naar de peuteropvang; {m} heeft daardoor even lucht.',
        'Het consultatiebureau is tevreden over {K}; {m} vindt de nachten nog zwaar.',
      ],
    },
  ),
  network: theme(
    'network',
    ['de welzijnswerker', 'de vrijwilligerscoördinator van Humanitas', 'de buurtsportcoach'],
    ['Humanitas', 'buurthuis De Kastanje', 'het repair café'],
    {
      any: [
        '{N} komt twee keer per week langs en doet de boodschappen.',
        '{M} heeft weinig mensen om op terug te vallen; samen een netwerkkaart gemaakt.',
        'Netwerkkaart aangevuld: {n} wil meer doen maar wist niet wat.',
        '{M} voelt zich eenzaam, vooral in het weekend.',
        'Een maatje via Humanitas besproken; {m} wil het proberen.',
        '{N} biedt aan {hem} mee te nemen naar het repair café op donderdag.',
        'Via de kerk krijgt {m} hulp van twee vrijwilligers.',
        '{M} haalt steun uit de moskee; een vrouw van daar komt af en toe langs.',
        'Het contact met de buren is beter sinds de straatbarbecue.',
      ],
    },
  ),
  participation: theme(
    'participation',
    ['de buurtsportcoach', 'de welzijnswerker', 'de taalcoach'],
    ['buurthuis De Kastanje', 'de bibliotheek', 'het Jeugdfonds Sport', 'Stichting Leergeld'],
    {
      any: [
        '{M} gaat sinds kort naar het taalcafé in de bibliotheek.',
        'Samen met {n} naar de inloop in buurthuis De Kastanje geweest.',
        '{M} heeft een stadspas aangevraagd en wil daarmee naar het zwembad.',
        '{M} doet mee met de kookgroep op woensdag en vindt het gezellig.',
        '{M} durft niet alleen met de bus; samen een keer de route naar het buurthuis gereden.',
      ],
      child: ['Aanvraag bij het Jeugdfonds Sport gedaan voor de contributie van {K}.'],
      young: ['{K} wil op zwemles; samen met {m} de aanmelding gedaan.'],
      tolk: ['{M} heeft het taalexamen A2 gehaald; {ze} wil door naar B1.'],
    },
  ),
  selfcare: theme(
    'selfcare',
    ['de thuisbegeleider', 'de Wmo-consulent', 'de wijkverpleegkundige'],
    ['het Wmo-loket', 'de thuiszorg'],
    {
      any: [
        'Het huishouden lukt {m} niet meer; Wmo-aanvraag voor huishoudelijke hulp gedaan.',
        '{M} kookt weer zelf, twee keer per week samen met {n}.',
        'De koelkast is bijna leeg en de vaat staat al dagen; {m} zegt dat {ze} het overzicht kwijt is.',
        'Weekplanning gemaakt met vaste momenten voor boodschappen, de was en de post.',
        'De post wordt weer elke week geopend; {m} gebruikt de map met vakken die we samen maakten.',
        'DigiD aangevraagd en samen geoefend met inloggen.',
      ],
      older: [
        'De persoonlijke verzorging gaat achteruit; besproken of de thuiszorg kan helpen met douchen.',
        'Maaltijdservice aangevraagd; {m} eet nu elke dag warm.',
      ],
    },
  ),
  safety: theme(
    'safety',
    ['de aandachtsfunctionaris', 'de adviseur van Veilig Thuis', 'de wijkagent'],
    ['Veilig Thuis Regio Voorbeeld', 'de politie'],
    {
      any: [
        'Veiligheidsplan besproken met {m} en {n}: wie {ze} belt als het thuis escaleert.',
        'Signalen in kaart gebracht (meldcode stap 1): wat ik zag en hoorde genoteerd, geen conclusies.',
        'Veiligheidsafspraken nagelopen; ze worden nagekomen. Geen nieuwe incidenten.',
        'Veilig Thuis om advies gevraagd, geen melding; advies is het gezin intensief te blijven volgen.',
      ],
      alone: ['!{M} vertelt dat de ex-partner onaangekondigd langskwam; de politie is niet gebeld.'],
      child: [
        'Overleg met de aandachtsfunctionaris over signalen bij {K}. Advies: gesprek met {m} deze week.',
        'Blauwe plek bij {K}, verklaring wisselend. Met {m} besproken; {ze} schrok en wil meewerken.',
        '{K} vertelt dat {kp} bang wordt als er geschreeuwd wordt.',
      ],
      older: [
        'De rookmelder bleek kapot; de brandweer komt een gratis brandveiligheidscheck doen.',
        'Er stond iemand aan de deur die zich voordeed als monteur. {M} is geschrokken; babbeltrucs besproken.',
      ],
    },
  ),
  justice: theme(
    'justice',
    ['de reclasseringswerker', 'de jeugdreclasseerder', 'de advocaat', 'de wijkagent'],
    ['de Reclassering', 'het Juridisch Loket', 'Halt'],
    {
      any: [
        '{M} moet nog veertig uur taakstraf doen; de reclassering houdt contact.',
        'De zitting bij de kantonrechter over de huurachterstand is {dag}; {m} wil dat ik meega.',
        'Contact met de reclassering over de voorwaarden; {m} houdt zich eraan.',
        '{M} heeft via het Juridisch Loket een advocaat gekregen.',
      ],
      teen: [
        '{K} moet naar Halt na een winkeldiefstal; {m} schaamt zich erg.',
        'De jeugdreclassering is betrokken bij {K}; overleg over school en vrije tijd.',
      ],
    },
  ),
}

/** Openings by kind; {pro} is a professional of the note's main domain. */
const openings: Record<ConversationKind, Sentence[]> = {
  home_visit: [
    ...[
      'Huisbezoek bij {m}.',
      'Huisbezoek.',
      'Huisbezoek; {m} had koffie klaar.',
      'Huisbezoek, afspraak van vorige week.',
    ].map((t) => compile(t, 'any', null)),
    ...['Huisbezoek met {m} en {K}.', 'Huisbezoek; {m} en {K} waren thuis.'].map((t) =>
      compile(t, 'child', null),
    ),
    compile('Huisbezoek met {m} en {P}.', 'two', null),
    compile('Huisbezoek met tolk {taal} (telefonisch).', 'tolk', null),
  ],
  phone: [
    ...[
      'Telefonisch contact met {m}.',
      '{M} belde zelf.',
      'Gebeld met {m}.',
      'Korte belafspraak met {m}.',
      '-Telefonisch contact met {pro}.',
      '-Gebeld door {pro}.',
    ].map((t) => compile(t, 'any', null)),
    compile('Telefonisch contact met {m}, met tolk {taal}.', 'tolk', null),
  ],
  office: [
    'Gesprek met {m} op kantoor.',
    '{M} kwam langs op het wijkteamkantoor.',
    'Inloopspreekuur: {m} kwam binnen zonder afspraak.',
    'Gesprek op kantoor, op verzoek van {m}.',
  ].map((t) => compile(t, 'any', null)),
  video: ['Beeldbellen met {m}.', 'Videogesprek met {m} en {pro}.'].map((t) => compile(t, 'any', null)),
  network: [
    'Netwerkgesprek met {m} en {n}.',
    '-Overleg met {n} (netwerk), met toestemming van {m}.',
    'Netwerkberaad bij {m} thuis; {n} was erbij.',
  ].map((t) => compile(t, 'any', null)),
  partner: [
    '-Overleg met {pro}.',
    '-Telefonisch overleg met {pro}, met toestemming van {m}.',
    'Driegesprek met {m} en {pro}.',
    '-Casusoverleg met {pro} van {org}.',
  ].map((t) => compile(t, 'any', null)),
}

const impressions: Sentence[] = [
  '{M} maakt een rustige indruk.',
  'Open gesprek; {m} was goed voorbereid.',
  '{M} was emotioneel; tijd genomen voor wat {ze} heeft meegemaakt.',
  'De sfeer in huis was ontspannen.',
  '{M} was moe en kort van stof.',
  '{M} was de afspraak vergeten; toch even kort gesproken.',
  '{M} had een lijstje met vragen gemaakt.',
].map((t) => compile(t, 'any', null))

const nextSteps: Sentence[] = [
  'Volgende afspraak {dag} om {tijd}.',
  'Ik bel {dag} terug.',
  '{M} belt zelf als er iets verandert.',
  'Afgesproken dat {m} dit zelf regelt; ik vraag er volgende keer naar.',
  'Over {weken} weken evalueren we samen.',
  'Volgende week samen naar de afspraak.',
  'Actie voor mij: informatie opvragen en terugkoppelen.',
  'Afspraak staat {dag}.',
  'Geen nieuwe afspraak; {m} neemt zelf contact op.',
  'Verslag met {m} doorgenomen; {ze} is het ermee eens.',
  'Ik stuur {m} een samenvatting per post.',
].map((t) => compile(t, 'any', null))

/** Sentences that carry a rare name; the bulk seed adds one to a small share of its entries. */
const rareSentences: Sentence[] = [
  '{M} woonde eerder aan de {straat}.',
  '{N} woont om de hoek, aan de {straat}.',
  'Contactpersoon bij {stichting} is {rnaam}.',
  'Tip van {rnaam} (vrijwilliger): {stichting} helpt met meubels en witgoed.',
  '{M} kent {rnaam} nog van het buurthuis aan de {straat}.',
  'Aanmelding bij {stichting} verstuurd.',
].map((t) => compile(t, 'any', null))

// ---- Rare names ------------------------------------------------------------------------------------------------

/** Wild flowers and meadow birds: street names a town uses in one quarter, each for a single street. */
const rareStreetStems =
  `Kwartelkoning, Zilverschoon, Pinksterbloem, Ratelaar, Hondsdraf, Veldzuring, Kamperfoelie,
  Duizendblad, Smeerwortel, Klaverzuring, Wederik, Guldenroede, Ganzerik, Speenkruid, Kievitsbloem, Zwanebloem,
  Lepelaar, Grutto, Tureluur, Roerdomp, Karekiet, Blauwborst, Goudvink, Kneu, Putter, Appelvink, Kramsvogel,
  Draaihals, Bijeneter, Wielewaal, Boomklever, Goudhaan, Fluiter, Grasmus, Braamsluiper, Kruisbek, Notenkraker,
  Zomertaling, Slobeend, Krakeend, Dodaars, Waterral, Porselein, Kemphaan, Steltkluut, Strandplevier, Koekoeksbloem,
  Dotterbloem, Lisdodde, Moerasspirea, Kattenstaart, Watermunt, Pijlkruid, Kikkerbeet, Krabbenscheer, Vlotgras,
  Mattenbies, Zegge, Heermoes, Fonteinkruid`
    .split(',')
    .map((s) => s.trim())
const rareStreetEnds = ['straat', 'hof', 'pad', 'erf', 'laan', 'kade', 'dreef', 'singel', 'plein', 'gang']
/** Frisian-looking surnames (Tjalsema, Sjoerdsma) that no generated household carries. */
const rareSurnameStarts =
  `Tjals, Jelt, Feik, Popk, Sieb, Wieb, Douw, Geuk, Harm, Hidd, Jouk, Lolk, Meind, Oeb, Rinn,
  Sjoerd, Tamm, Yk, Eelk, Fokk, Gerbr, Hessel, Ids, Sjouk, Wobb, Auk, Bauk, Ebb, Hark, Nann`
    .split(',')
    .map((s) => s.trim())
const rareSurnameEnds = ['ema', 'enga', 'inga', 'stra', 'sma']
/** Small local foundations, named the way they often are: after an old object or a plant. */
const rareFoundations = `Vlasbloem, Zandloper, Windwijzer, Kompasroos, Lantaarnhuis, Steigerhout, Parelvisser,
  Bakenhuis, Hooiberg, Wilgenkatje, Vlierbes, Klaproos, Kruidentuin, Otterhol, Veerpont, Schaapskooi, Ooievaarsnest,
  Grebbedijk, Walnotenhof, Hazelaar, Kantwerk, Spinnewiel, Zeildoek, Klompenmaker, Turfschip, Waterpomp, Dorsvloer,
  Bijenschans, Regenton, Tegeltableau, Kolenkit, Zwengel, Melkbus, Karnton, Broodrooster, Wandelstok, Sterappel,
  Perenboom, Boomgaard, Vogelkers`
  .split(',')
  .map((s) => s.trim())

const rareStreets = rareStreetStems.flatMap((stem) => rareStreetEnds.map((end) => stem + end))
const rareSurnames = rareSurnameStarts.flatMap((start) => rareSurnameEnds.map((end) => start + end))

// ---- Small slot values -----------------------------------------------------------------------------------------

const weekdays = ['maandag', 'dinsdag', 'woensdag', 'donderdag', 'vrijdag']
const dayPhrases = [...weekdays, ...weekdays.map((d) => `volgende week ${d}`), 'morgen', 'deze week']
const times = [
  '9.00 uur',
  '9.30 uur',
  '10.00 uur',
  '10.30 uur',
  '11.00 uur',
  '13.30 uur',
  '14.00 uur',
  '15.00 uur',
]
const numbers = ['twee', 'drie', 'drie', 'vier', 'vijf', 'zes']
const weekCounts = ['twee', 'drie', 'vier', 'zes']
const months =
  'januari februari maart april mei juni juli augustus september oktober november december'.split(' ')

function amount(rng: Rng): string {
  const euros = rng.int(3, 180) * 50
  return `€ ${euros >= 1000 ? `${Math.floor(euros / 1000)}.${String(euros % 1000).padStart(3, '0')}` : euros}`
}

// ---- Composing -------------------------------------------------------------------------------------------------

type Present = { member: NoteMember; age: number }

type NoteState = {
  rng: Rng
  h: NoteHousehold
  main: Present
  other: Present | undefined
  children: Present[]
  network: { ref: string; id?: number }
  /** Children already introduced with their age in this note. */
  introduced: Set<number>
  mentioned: Set<number>
  child: Present | undefined
  theme: Theme
  pro: { theme: Theme; name: string } | undefined
}

function capital(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1)
}

function mainRef(st: NoteState): string {
  const { member } = st.main
  const female = member.sex === 'f'
  if (st.h.style === 'given') return member.given
  if (
    st.h.style === 'parent' &&
    st.children.length > 0 &&
    (member.relation === 'parent' || member.relation === 'stepparent')
  )
    return female ? 'moeder' : 'vader'
  return female ? 'mevrouw' : 'meneer'
}

function childRef(st: NoteState, c: Present): string {
  st.mentioned.add(c.member.personId)
  if (st.introduced.has(c.member.personId)) return c.member.given
  st.introduced.add(c.member.personId)
  return `${c.member.given} (${c.age === 0 ? 'baby' : c.age})`
}

function slot(st: NoteState, name: string): string {
  const { rng } = st
  const female = st.main.member.sex === 'f'
  switch (name) {
    case 'M':
      st.mentioned.add(st.main.member.personId)
      return capital(mainRef(st))
    case 'm':
      st.mentioned.add(st.main.member.personId)
      return mainRef(st)
    case 'ze':
      return female ? 'ze' : 'hij'
    case 'Ze':
      return female ? 'Ze' : 'Hij'
    case 'haar':
      return female ? 'haar' : 'zijn'
    case 'hem':
      return female ? 'haar' : 'hem'
    case 'P':
      if (st.other) st.mentioned.add(st.other.member.personId)
      return st.other ? st.other.member.given : st.network.ref
    case 'K':
      return st.child ? capital(childRef(st, st.child)) : 'het kind'
    case 'kn':
      return st.child ? st.child.member.given : 'het kind'
    case 'Kn':
      return st.child ? st.child.member.given : 'Het kind'
    case 'kp':
      return st.child?.member.sex === 'f' ? 'ze' : 'hij'
    case 'kz':
      return st.child?.member.sex === 'f' ? 'haar' : 'zijn'
    case 'N':
      return capital(st.network.ref)
    case 'n':
      return st.network.ref
    case 'pro':
    case 'Pro': {
      // The same professional throughout a note, as long as it stays with one domain.
      if (st.pro?.theme !== st.theme) st.pro = { theme: st.theme, name: rng.pick(st.theme.pros) }
      return name === 'Pro' ? capital(st.pro.name) : st.pro.name
    }
    case 'ex':
      return female ? 'vader' : 'moeder'
    case 'org':
      return rng.pick(st.theme.orgs)
    case 'dag':
      return rng.pick(dayPhrases)
    case 'tijd':
      return rng.pick(times)
    case 'num':
      return rng.pick(numbers)
    case 'weken':
      return rng.pick(weekCounts)
    case 'bedrag':
      return amount(rng)
    case 'maand':
      return rng.pick(months)
    case 'taal':
      return st.h.interpreter ?? 'Arabisch'
    case 'straat':
      return rng.pick(rareStreets)
    case 'stichting':
      return `Stichting ${rng.pick(rareFoundations)}`
    case 'rnaam':
      return `${rng.chance(0.5) ? 'mw.' : 'dhr.'} ${rng.pick(rareSurnames)}`
    default:
      throw new Error(`conversation-phrases: unknown slot {${name}}`)
  }
}

function render(st: NoteState, s: Sentence): string {
  const { parts } = s
  let out = parts[0]!
  for (let i = 1; i < parts.length; i += 2) out += slot(st, parts[i]!) + parts[i + 1]!
  return out
}

function fits(st: NoteState, need: Need): boolean {
  switch (need) {
    case 'any':
      return true
    case 'child':
      return st.children.some((c) => c.age >= 4)
    case 'parent':
      return st.children.length > 0
    case 'single':
      return st.other === undefined && st.children.length > 0
    case 'alone':
      return st.other === undefined
    case 'working':
      return st.main.age < 67
    case 'teen':
      return st.children.some((c) => c.age >= 12)
    case 'young':
      return st.children.some((c) => c.age >= 4 && c.age < 12)
    case 'small':
      return st.children.some((c) => c.age < 4)
    case 'two':
      return st.other !== undefined
    case 'older':
      return st.main.age >= 65
    case 'tolk':
      return st.h.interpreter !== undefined
  }
}

/** The child a sentence is about, chosen to fit what the sentence needs. */
function childFor(st: NoteState, need: Need): Present | undefined {
  const fitting = st.children.filter((c) =>
    need === 'teen'
      ? c.age >= 12
      : need === 'young'
        ? c.age >= 4 && c.age < 12
        : need === 'small'
          ? c.age < 4
          : need === 'child'
            ? c.age >= 4
            : true,
  )
  if (fitting.length === 0) return undefined
  // Keep talking about the same child within a note when it fits.
  if (st.child && fitting.includes(st.child)) return st.child
  return st.rng.pick(fitting)
}

function pickSentence(st: NoteState, list: readonly Sentence[], used: Set<Sentence>): Sentence | undefined {
  // A few tries are cheaper than filtering the list for every note.
  for (let tries = 0; tries < 8; tries++) {
    const s = st.rng.pick(list)
    if (!used.has(s) && fits(st, s.need)) return s
  }
  return list.find((s) => !used.has(s) && fits(st, s.need))
}

function say(st: NoteState, s: Sentence, used: Set<Sentence>): string {
  used.add(s)
  if (s.need === 'child' || s.need === 'teen' || s.need === 'young' || s.need === 'small')
    st.child = childFor(st, s.need) ?? st.child
  else if (!st.child && st.children.length > 0) st.child = st.rng.pick(st.children)
  return render(st, s)
}

const bodyLength: Record<ConversationKind, [number, number]> = {
  home_visit: [2, 3],
  phone: [1, 2],
  office: [1, 3],
  video: [1, 2],
  network: [1, 2],
  partner: [1, 2],
}

/** One note for a household on a given day. Deterministic for the same random source. */
export function composeNote(rng: Rng, h: NoteHousehold, options: ComposeOptions): ComposedNote {
  const present: Present[] = []
  for (const member of h.members) {
    const age = ageAt(member.birthKey, options.dayKey)
    if (age >= 0) present.push({ member, age })
  }
  const adults = present.filter((p) => p.age >= 18)
  const children = present.filter((p) => p.age < 18)
  const main =
    adults.length === 0 ? present[0]! : adults.length === 1 || rng.chance(0.7) ? adults[0]! : rng.pick(adults)
  const others = adults.filter((a) => a !== main)
  const kind = options.kind ?? rng.weighted(kindWeights)
  const network = h.network.length > 0 ? rng.pick(h.network) : { ref: 'de buurvrouw' }

  const weights = h.themes.map((_, i) => (i === 0 ? 3 : i === 1 ? 2 : 1))
  const pickTheme = (): Theme => {
    let roll = rng.next() * weights.reduce((a, b) => a + b, 0)
    for (let i = 0; i < h.themes.length; i++) {
      roll -= weights[i]!
      if (roll < 0) return themes[h.themes[i]!]
    }
    return themes[h.themes[0] ?? 'network']
  }
  const st: NoteState = {
    rng,
    h,
    main,
    other: others.length > 0 ? rng.pick(others) : undefined,
    children,
    network,
    introduced: new Set(),
    mentioned: new Set(),
    child: undefined,
    theme: pickTheme(),
    pro: undefined,
  }
  const mainTheme = st.theme
  const used = new Set<Sentence>()
  const sentences: string[] = []
  const domains = new Set<DomainKey>()
  let thirdParty = false

  const opening = pickSentence(st, openings[kind], used)
  if (opening) sentences.push(say(st, opening, used))
  // Who took part follows from the opening: the main adult unless it was a call about them, plus whoever the
  // opening names (the other adult, a child at home). Later sentences mention people who were not there.
  const householdTookPart = opening !== undefined && !opening.absent
  const presentIds = householdTookPart ? [main.member.personId, ...st.mentioned] : []
  const proDomain = st.pro ? mainTheme.domain : null
  const [min, max] = bodyLength[kind]
  const count = rng.int(min, max)
  for (let i = 0; i < count; i++) {
    st.theme = i === 0 || rng.chance(0.7) ? mainTheme : pickTheme()
    const s = pickSentence(st, st.theme.sentences, used)
    if (!s) continue
    sentences.push(say(st, s, used))
    domains.add(st.theme.domain)
    thirdParty ||= s.third
  }
  st.theme = mainTheme
  if (kind !== 'partner' && rng.chance(0.18)) {
    const s = pickSentence(st, impressions, used)
    if (s) sentences.push(say(st, s, used))
  }
  if (options.rare !== undefined && rng.chance(options.rare)) {
    sentences.push(say(st, rng.pick(rareSentences), used))
  }
  if (rng.chance(kind === 'phone' ? 0.4 : 0.65)) {
    const s = pickSentence(st, nextSteps, used)
    if (s) sentences.push(say(st, s, used))
  }

  return {
    kind,
    text: sentences.join(' '),
    earlierText: earlierVersion(rng, sentences),
    domains: [...domains],
    thirdParty,
    memberIds: [...new Set(presentIds)],
    networkIds: kind === 'network' && network.id !== undefined ? [network.id] : [],
    professionalDomain: proDomain,
  }
}

/** What a corrected entry first said: another weekday, or without its last sentence (added in the correction). */
export function earlierVersion(rng: Rng, sentences: string[]): string {
  const text = sentences.join(' ')
  const day = weekdays.find((d) => text.includes(d))
  if (day) return text.replace(day, rng.pick(weekdays.filter((d) => d !== day)))
  if (sentences.length > 1) return sentences.slice(0, -1).join(' ')
  return text.replace(/\.$/, '') + ' (concept).'
}

const addenda = [
  'Aanvulling: {m} belde na afloop nog; de afspraak gaat door.',
  'Aanvulling: de brief is inmiddels binnen en met {m} besproken.',
  'Aanvulling na overleg met een collega: we houden het zo, over een maand opnieuw bekijken.',
  'Aanvulling: {n} heeft laten weten dat het gelukt is.',
  'Aanvulling: de genoemde datum moet een week later zijn; {m} is op de hoogte.',
  'Aanvulling: {pro} heeft teruggebeld en bevestigt de afspraken.',
].map((t) => compile(t, 'any', null))

/** A short addendum, written later to an entry that can no longer be corrected. */
export function composeAddendum(rng: Rng, h: NoteHousehold, dayKey: number): string {
  const present = h.members
    .map((member) => ({ member, age: ageAt(member.birthKey, dayKey) }))
    .filter((p) => p.age >= 0)
  const main = present.find((p) => p.age >= 18) ?? present[0]!
  const st: NoteState = {
    rng,
    h,
    main,
    other: undefined,
    children: [],
    network: h.network.length > 0 ? rng.pick(h.network) : { ref: 'de buurvrouw' },
    introduced: new Set(),
    mentioned: new Set(),
    child: undefined,
    theme: themes[h.themes[0] ?? 'network'],
    pro: undefined,
  }
  return render(st, rng.pick(addenda))
}

// ---- Households ------------------------------------------------------------------------------------------------

/**
 * What is at play in a household, from its shape: parents talk about school and parenting, older people about
 * health and self-care, people alone about their network, and money comes up nearly everywhere.
 */
export function drawThemes(
  rng: Rng,
  members: NoteMember[],
  dayKey: number,
  interpreter: boolean,
): DomainKey[] {
  const ages = members.map((m) => ageAt(m.birthKey, dayKey)).filter((a) => a >= 0)
  const adults = ages.filter((a) => a >= 18)
  const kids = ages.filter((a) => a < 18)
  const older = adults.some((a) => a >= 65)
  const alone = ages.length === 1
  const weights: Record<DomainKey, number> = {
    income: older ? 2 : 6,
    housing: 2,
    work: kids.length > 0 ? 4 : older ? 0.3 : 3,
    physical: older ? 6 : 1.5,
    mental: 3,
    substances: older ? 0.3 : 1,
    relations: adults.length > 1 ? 3 : 1.5,
    parenting: kids.length > 0 ? 6 : 0,
    network: alone ? 4 : 1.5,
    participation: interpreter ? 4 : 1.5,
    selfcare: older ? 5 : 1,
    safety: kids.length > 0 ? 1.2 : 0.5,
    justice: older ? 0 : 0.5,
  }
  const chosen: DomainKey[] = []
  const count = rng.int(2, 4)
  for (let i = 0; i < count; i++) {
    const open = Object.fromEntries(
      domainKeys.filter((k) => !chosen.includes(k)).map((k) => [k, weights[k]]),
    ) as Record<DomainKey, number>
    chosen.push(rng.weighted(open))
  }
  return chosen
}

const networkRelations: Readonly<Record<'older' | 'younger', readonly (readonly [string, Sex])[]>> = {
  older: [
    ['dochter', 'f'],
    ['zoon', 'm'],
    ['buurvrouw', 'f'],
    ['buurman', 'm'],
    ['schoonzus', 'f'],
  ],
  younger: [
    ['buurvrouw', 'f'],
    ['buurman', 'm'],
    ['zus', 'f'],
    ['broer', 'm'],
    ['vriendin', 'f'],
    ['moeder', 'f'],
    ['oom', 'm'],
  ],
}

/** Someone from the network for a household without recorded network members: only ever named in the text. */
export function inventNetwork(
  rng: Rng,
  mainAge: number,
  names: Readonly<Record<Sex, readonly string[]>>,
): { ref: string } {
  const [relation, sex] = rng.pick(mainAge >= 60 ? networkRelations.older : networkRelations.younger)
  return { ref: `${relation} ${rng.pick(names[sex])}` }
}

/** "oma Truus" from relation "oma (moeder van Kim)" and name "Truus Jansen". */
export function networkRef(name: string, relation: string): string {
  const first = name.split(' ')[0] ?? name
  const role = relation.split(/[ (,]/)[0] ?? relation
  return `${role} ${first}`
}
