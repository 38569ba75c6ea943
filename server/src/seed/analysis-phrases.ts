import type { DomainKey } from './conversation-phrases.ts'
import type { Sex } from './names.ts'
import type { Rng } from './random.ts'

/**
 * Broad-view analyses ("brede blik") for the seeds: per member a handful of life domains with a score, a short
 * note, strengths, what carries the score and the person's own view in their own words, plus the household's
 * desired future. A follow-up snapshot starts from the previous one and moves some scores, as a worker does when
 * the picture is revisited with the household a month or more later.
 */

export type AnalysisMember = { personId: number; given: string; sex: Sex; age: number; isParent: boolean }

export type CarriedBy = 'own' | 'network' | 'professional'

export type CellDraft = {
  personId: number
  domain: DomainKey
  score: number
  note: string
  strengths: string | null
  carriedBy: CarriedBy[]
  ownView: string | null
}

export type AnalysisDraft = {
  desiredFuture: string
  cells: CellDraft[]
  heard: { personId: number; heard: boolean }[]
}

type Band = 'low' | 'mid' | 'high'

function band(score: number): Band {
  return score <= 2 ? 'low' : score === 3 ? 'mid' : 'high'
}

/** Texts of one domain. {naam} is the person's given name, {ze}/{haar} their pronoun and possessive. */
type DomainTexts = {
  note: Record<Band, string[]>
  strengths: string[]
  ownView: Record<
    Band,
    string[]
  > /** For members under 12: what the worker notes and what the child says (from 6). */
  child?: { note: Record<Band, string[]>; ownView: Record<Band, string[]> }
  /** For members of 12–17, where their life differs from an adult's (school, not work). */
  teen?: { note: Record<Band, string[]>; ownView: Record<Band, string[]> }
}

const texts: Record<DomainKey, DomainTexts> = {
  income: {
    note: {
      low: [
        'Problematische schulden, aanmaningen en een deurwaarder. Geen overzicht over inkomsten en uitgaven.',
        'Inkomen is onzeker na het stoppen van de uitkering; huur en energie staan achter.',
      ],
      mid: [
        'Schulden in beeld en een regeling loopt; er blijft weinig over, maar de vaste lasten worden betaald.',
        'Rondkomen lukt net, met hulp van de voedselbank en de toeslagen.',
      ],
      high: [
        'Inkomen is stabiel en {naam} houdt zelf de administratie bij.',
        'Geen schulden; {naam} spaart een klein bedrag per maand.',
      ],
    },
    strengths: [
      '{naam} opent de post weer en durft te bellen.',
      'Wil het echt oplossen en komt afspraken na.',
      'Kan goed rekenen en houdt een kasboek bij.',
    ],
    ownView: {
      low: ['Ik durf de brievenbus niet meer open te doen.', 'Het is een gat dat steeds dieper wordt.'],
      mid: ['Het is krap, maar ik weet nu tenminste wat er binnenkomt.'],
      high: ['Ik heb het weer onder controle en dat voelt goed.'],
    },
  },
  housing: {
    note: {
      low: [
        'Dreigende ontruiming door huurachterstand en klachten over overlast.',
        'Woning vervuild en te klein; schimmel in de slaapkamer.',
      ],
      mid: ['Woning is passend, maar er is achterstallig onderhoud waar {naam} zelf niet uitkomt.'],
      high: ['Woont prettig en veilig; goed contact met de buren.'],
    },
    strengths: ['Houdt van de buurt en wil er blijven.', 'Heeft een goede band met de woonconsulent.'],
    ownView: {
      low: ['Ik ben bang dat ik mijn huis kwijtraak.'],
      mid: ['Het huis is oké, als die schimmel er maar uit gaat.'],
      high: ['Dit is mijn plek, hier wil ik oud worden.'],
    },
  },
  work: {
    note: {
      low: [
        'Geen werk, opleiding of dagbesteding; zit de hele dag thuis.',
        'Werk valt weg door ziekte; onzeker over wat nog kan.',
      ],
      mid: [
        'Heeft een paar ochtenden dagbesteding en zoekt meer.',
        'Werkt, maar met wisselende uren via een uitzendbureau.',
      ],
      high: ['Werkt of leert naar tevredenheid; heeft ritme in de week.'],
    },
    strengths: ['Wil graag iets met de handen doen.', 'Is betrouwbaar en komt op tijd.'],
    ownView: {
      low: ['Ik verveel me kapot, maar ik weet niet waar ik moet beginnen.'],
      mid: ['Het is niet veel, maar het is iets.'],
      high: ['Ik heb het naar mijn zin op mijn werk.'],
    },
    teen: {
      note: {
        low: ['Veel verzuim op school; dreigt uit te vallen.'],
        mid: ['Gaat naar school, maar verzuimt geregeld op maandag.'],
        high: ['Gaat naar school of stage en haalt voldoendes.'],
      },
      ownView: {
        low: ['School is niks voor mij.'],
        mid: ['School gaat wel, maar sommige dagen lukt het gewoon niet.'],
        high: ['Ik wil na de zomer naar het mbo.'],
      },
    },
    child: {
      note: {
        low: ['Onrustig in de klas en vaak afwezig; school maakt zich zorgen.'],
        mid: ['Gaat naar school, leerachterstand bij lezen.'],
        high: ['Gaat graag naar school en doet goed mee.'],
      },
      ownView: {
        low: ['School is stom, de juf is altijd boos.'],
        mid: ['Rekenen is leuk, lezen niet.'],
        high: ['Ik heb veel vriendjes in de klas.'],
      },
    },
  },
  physical: {
    note: {
      low: ['Ernstige gezondheidsklachten zonder passende zorg; medicatie wordt niet goed ingenomen.'],
      mid: [
        'Chronische klachten (rug, diabetes); onder controle bij de huisarts.',
        'Valt soms; rollator en aanpassingen in huis helpen.',
      ],
      high: ['Gezond en actief.'],
    },
    strengths: ['Gaat trouw naar de fysiotherapie.', 'Fietst elke dag een rondje.'],
    ownView: {
      low: ['Mijn lijf laat me steeds vaker in de steek.'],
      mid: ['Met de pillen gaat het redelijk.'],
      high: ['Ik voel me fit.'],
    },
    child: {
      note: {
        low: ['Vaak ziek, mist veel school; nog geen duidelijke oorzaak.'],
        mid: ['Astma, goed onder controle met de puffer.'],
        high: ['Gezond; groeit goed.'],
      },
      ownView: {
        low: ['Ik ben vaak moe.'],
        mid: ['Soms moet ik mijn puffer gebruiken.'],
        high: ['Ik kan heel hard rennen.'],
      },
    },
  },
  mental: {
    note: {
      low: [
        'Somber, slaapt slecht en piekert veel; wacht op GGZ-behandeling.',
        'Veel stress en paniekklachten; trekt zich terug.',
      ],
      mid: ['Heeft zware periodes, maar weet wat helpt; contact met de POH-GGZ.'],
      high: ['Voelt zich goed in {haar} vel.'],
    },
    strengths: [
      'Kan goed onder woorden brengen wat er speelt.',
      'Heeft humor, ook als het zwaar is.',
      'Zoekt zelf hulp als het nodig is.',
    ],
    ownView: {
      low: ['Mijn hoofd staat nooit stil.', 'Ik ben zo moe van alles.'],
      mid: ['Er zijn goede en slechte dagen.'],
      high: ['Ik zit lekker in mijn vel.'],
    },
    child: {
      note: {
        low: ['Veel angst en nachtmerries; schrikt van harde geluiden.'],
        mid: ['Soms verdrietig en stil; praat er met oma over.'],
        high: ['Vrolijk en open.'],
      },
      ownView: { low: ['Ik ben vaak bang.'], mid: ['Soms ben ik verdrietig.'], high: ['Ik ben blij.'] },
    },
  },
  substances: {
    note: {
      low: ['Dagelijks alcohol- of drugsgebruik met gevolgen voor werk en gezin.'],
      mid: ['Gebruikt soms om te ontspannen; is zich bewust van de risico’s.'],
      high: ['Geen problematisch gebruik.'],
    },
    strengths: ['Is eerlijk over het gebruik.', 'Wil minderen en heeft dat al eens volgehouden.'],
    ownView: {
      low: ['Zonder drinken kom ik de avond niet door.'],
      mid: ['Een biertje in het weekend, meer niet.'],
      high: ['Daar heb ik niks mee.'],
    },
    teen: {
      note: {
        low: ['Blowt dagelijks; dat heeft gevolgen voor school.'],
        mid: ['Drinkt soms in het weekend met vrienden.'],
        high: ['Gebruikt niet.'],
      },
      ownView: {
        low: ['Iedereen doet het toch.'],
        mid: ['Alleen op feestjes.'],
        high: ['Daar doe ik niet aan.'],
      },
    },
  },
  relations: {
    note: {
      low: [
        'Veel spanning en ruzie thuis; de kinderen krijgen het mee.',
        'Moeizame scheiding; contact met de ex-partner escaleert.',
      ],
      mid: ['Spanning over geld en taken, maar ze praten erover.'],
      high: ['Goede band binnen het gezin.'],
    },
    strengths: ['Ze willen het samen oplossen.', 'Zorgen goed voor elkaar.'],
    ownView: {
      low: ['We praten niet meer, we schreeuwen alleen nog.'],
      mid: ['We doen ons best, maar het is soms lastig.'],
      high: ['We zijn een hecht gezin.'],
    },
    teen: {
      note: {
        low: ['Veel ruzie thuis; trekt zich terug op de eigen kamer.'],
        mid: ['Botst met de ouders over regels, maar praat er wel over.'],
        high: ['Goede band met de ouders.'],
      },
      ownView: {
        low: ['Ik ben liever niet thuis.'],
        mid: ['Soms is het gezellig, soms niet.'],
        high: ['Thuis is oké.'],
      },
    },
  },
  parenting: {
    note: {
      low: ['Ouder raakt overbelast en stelt weinig grenzen; weinig structuur in de dag.'],
      mid: ['Ouder wil het goed doen; grenzen stellen en de ochtenden zijn lastig.'],
      high: ['Warme ouder die duidelijke afspraken maakt.'],
    },
    strengths: [
      'Liefdevol en betrokken bij de kinderen.',
      'Staat open voor tips.',
      'Weet wat de kinderen nodig hebben.',
    ],
    ownView: {
      low: ['Ik kan ze niet meer aan.'],
      mid: ['Ik wil geen ouder zijn die alleen maar boos is.'],
      high: ['Ik ben trots op hoe ze opgroeien.'],
    },
    teen: {
      note: {
        low: ['Weinig toezicht; gaat de eigen gang.'],
        mid: ['De puberteit botst met de regels thuis.'],
        high: ['Groeit goed op en neemt verantwoordelijkheid.'],
      },
      ownView: {
        low: ['Niemand let op wat ik doe.'],
        mid: ['Ik mag nooit iets.'],
        high: ['Mijn ouders vertrouwen me.'],
      },
    },
    child: {
      note: {
        low: ['Krijgt te weinig structuur en aandacht; zorgt veel voor zichzelf.'],
        mid: ['Ontwikkeling op leeftijd; heeft baat bij vaste bedtijden.'],
        high: ['Groeit goed op; veilig gehecht.'],
      },
      ownView: {
        low: ['Thuis is iedereen altijd moe.'],
        mid: ['Ik moet vroeg naar bed, dat vind ik niet leuk.'],
        high: ['Thuis is het gezellig.'],
      },
    },
  },
  network: {
    note: {
      low: ['Weinig tot geen netwerk; voelt zich eenzaam.'],
      mid: ['Een paar mensen om op terug te vallen, maar die wonen ver weg.'],
      high: ['Sterk netwerk van familie, buren en vrienden.'],
    },
    strengths: [
      'Een zus die elke dag belt.',
      'Goede buren die helpen.',
      'Zingt in het kerkkoor.',
      'Vindt steun in de moskee.',
    ],
    ownView: {
      low: ['Er is niemand die langskomt.'],
      mid: ['Mijn zus helpt, maar ik wil haar niet te veel vragen.'],
      high: ['Ik heb genoeg mensen om me heen.'],
    },
    child: {
      note: {
        low: ['Weinig vriendjes; speelt niet buiten.'],
        mid: ['Een vast vriendje in de straat.'],
        high: ['Veel vriendjes en een fijne oma.'],
      },
      ownView: {
        low: ['Niemand wil met mij spelen.'],
        mid: ['Ik speel met mijn buurjongen.'],
        high: ['Ik heb heel veel vrienden.'],
      },
    },
  },
  participation: {
    note: {
      low: ['Komt nauwelijks buiten en doet nergens aan mee.'],
      mid: ['Gaat af en toe naar het buurthuis of het taalcafé.'],
      high: ['Doet volop mee: vrijwilligerswerk, sport, buurthuis.'],
    },
    strengths: ['Nieuwsgierig en wil graag mensen ontmoeten.', 'Kookt graag voor anderen.'],
    ownView: {
      low: ['Ik durf niet alleen naar buiten.'],
      mid: ['De kookgroep op woensdag is leuk.'],
      high: ['Ik doe overal aan mee.'],
    },
    child: {
      note: {
        low: ['Geen sport of clubje; geld ontbreekt.'],
        mid: ['Zwemles via het Jeugdfonds Sport.'],
        high: ['Voetbalt twee keer per week.'],
      },
      ownView: {
        low: ['Ik wil ook op voetbal.'],
        mid: ['Zwemles is leuk.'],
        high: ['Ik heb zaterdag een wedstrijd!'],
      },
    },
  },
  selfcare: {
    note: {
      low: ['Huishouden en verzorging lukken niet meer; eet onregelmatig.'],
      mid: ['Redt zich met hulp: huishoudelijke hulp en maaltijdservice.'],
      high: ['Regelt het dagelijks leven zelf.'],
    },
    strengths: ['Heeft een vast dagritme.', 'Vraagt hulp als het niet lukt.'],
    ownView: {
      low: ['Ik kom nergens meer aan toe.'],
      mid: ['Met de hulp in huis gaat het.'],
      high: ['Ik red me prima.'],
    },
  },
  safety: {
    note: {
      low: ['Signalen van onveiligheid thuis; veiligheidsplan nodig en meldcode loopt.'],
      mid: ['Eerder incidenten; veiligheidsafspraken worden nagekomen.'],
      high: ['Geen zorgen over de veiligheid.'],
    },
    strengths: ['Durft te vertellen wat er gebeurt.', 'Netwerk is alert en weet wie te bellen.'],
    ownView: {
      low: ['Ik slaap slecht als hij weer kan langskomen.'],
      mid: ['Het is rustiger sinds de afspraken.'],
      high: ['Ik voel me veilig thuis.'],
    },
    child: {
      note: {
        low: ['Zorgen over de veiligheid van het kind; meldcode stap 1 en 2.'],
        mid: ['Was getuige van ruzie; nu rustiger thuis.'],
        high: ['Veilig thuis.'],
      },
      ownView: {
        low: ['Ik hou mijn oren dicht als ze ruzie maken.'],
        mid: ['Het is nu rustiger.'],
        high: ['Thuis is fijn.'],
      },
    },
  },
  justice: {
    note: {
      low: ['Openstaande zaak en boetes; reclassering betrokken.'],
      mid: ['Taakstraf loopt en de voorwaarden worden nageleefd.'],
      high: ['Geen contact met justitie.'],
    },
    strengths: ['Houdt zich aan de afspraken met de reclassering.'],
    ownView: {
      low: ['Ik wil dat die zaak eindelijk klaar is.'],
      mid: ['Nog twintig uur, dan ben ik ervan af.'],
      high: ['Nooit iets mee te maken gehad.'],
    },
    teen: {
      note: {
        low: ['Jeugdreclassering betrokken na een winkeldiefstal.'],
        mid: ['Halt-straf gedaan; houdt zich aan de afspraken.'],
        high: ['Geen contact met politie of justitie.'],
      },
      ownView: {
        low: ['Ik wil er gewoon vanaf zijn.'],
        mid: ['Dat doe ik nooit meer.'],
        high: ['Nooit iets mee te maken gehad.'],
      },
    },
  },
}

/** Domains assessed for a child under 12; young people also get these plus the teenage ones. */
const childDomains: DomainKey[] = [
  'work',
  'physical',
  'mental',
  'parenting',
  'network',
  'participation',
  'safety',
]
const teenDomains: DomainKey[] = [...childDomains, 'substances', 'relations', 'justice']
const adultDomains: DomainKey[] = [
  'income',
  'housing',
  'work',
  'physical',
  'mental',
  'substances',
  'relations',
  'network',
  'participation',
  'selfcare',
  'safety',
  'justice',
]

const futures = {
  family: [
    'Dat we weer rust hebben over geld, dat de kinderen gewoon naar school gaan en dat ik het niet alles alleen hoef te doen.',
    'Een gezin waar niet meer geschreeuwd wordt en waar iedereen zich thuis voelt.',
    'Dat de kinderen niets tekortkomen en dat we weer samen leuke dingen doen.',
    'Over een jaar: een vaste baan, geen schulden meer en een huis met een eigen kamer voor de kinderen.',
  ],
  older: [
    'Samen in ons eigen huis blijven wonen, met hulp waar het nodig is.',
    'Dat ik nog lang thuis kan blijven en af en toe iemand heb om mee te praten.',
    'Dat we het samen volhouden en niet naar een verpleeghuis hoeven.',
  ],
  alone: [
    'Weer werk hebben, mijn schulden afbetalen en een vriendengroep.',
    'Rust in mijn hoofd en een dag met ritme.',
    'Gewoon een normaal leven, zonder stapels post op tafel.',
  ],
  couple: ['Samen ons leven weer op de rit krijgen.', 'Dat we weer plannen durven maken voor later.'],
}

function fill(template: string, m: AnalysisMember): string {
  const female = m.sex === 'f'
  return template
    .replace(/\{naam\}/g, m.given)
    .replace(/\{ze\}/g, female ? 'ze' : 'hij')
    .replace(/\{haar\}/g, female ? 'haar' : 'zijn')
}

function carried(rng: Rng, score: number): CarriedBy[] {
  if (score >= 4) return rng.chance(0.6) ? ['own'] : ['own', 'network']
  if (score === 3)
    return rng.pick<CarriedBy[]>([
      ['own', 'network'],
      ['own', 'professional'],
      ['network', 'professional'],
    ])
  // Low scores: often nothing carries it yet, or only the professionals.
  return rng.pick<CarriedBy[]>([[], ['professional'], ['network', 'professional']])
}

function cell(rng: Rng, m: AnalysisMember, domain: DomainKey, score: number): CellDraft {
  const t = texts[domain]
  const b = band(score)
  const variant = m.age < 12 ? t.child : m.age < 18 ? t.teen : undefined
  const note = rng.pick((variant ?? t).note[b])
  // Children from 6 say something themselves; older members mostly do, in their own words.
  const view =
    m.age < 6 ? null : rng.chance(m.age < 12 ? 0.7 : 0.85) ? rng.pick((variant ?? t).ownView[b]) : null
  return {
    personId: m.personId,
    domain,
    score,
    note: fill(note, m),
    strengths: rng.chance(score >= 3 ? 0.8 : 0.6) ? fill(rng.pick(t.strengths), m) : null,
    carriedBy: carried(rng, score),
    ownView: view,
  }
}

function domainsFor(m: AnalysisMember): DomainKey[] {
  if (m.age < 4) return ['physical', 'parenting', 'safety']
  if (m.age < 12) return childDomains
  if (m.age < 18) return teenDomains
  return m.isParent ? [...adultDomains, 'parenting'] : adultDomains
}

/** A first snapshot: the household's themes score low, the rest mostly fine. */
export function draftAnalysis(rng: Rng, members: AnalysisMember[], themes: DomainKey[]): AnalysisDraft {
  const cells: CellDraft[] = []
  for (const m of members) {
    const possible = domainsFor(m)
    const wanted = m.age < 4 ? rng.int(2, 3) : m.age < 18 ? rng.int(3, 5) : rng.int(5, 8)
    const chosen = possible.filter((d) => themes.includes(d))
    const rest = possible.filter((d) => !chosen.includes(d))
    while (chosen.length < wanted && rest.length > 0)
      chosen.push(rest.splice(rng.int(0, rest.length - 1), 1)[0]!)
    for (const domain of chosen) {
      const score = themes.includes(domain)
        ? rng.weighted({ 1: 1, 2: 4, 3: 3 })
        : rng.weighted({ 3: 2, 4: 4, 5: 3 })
      cells.push(cell(rng, m, domain, Number(score)))
    }
  }
  return {
    desiredFuture: rng.pick(futures[shapeOf(members)]),
    cells,
    heard: members.filter((m) => m.age >= 12).map((m) => ({ personId: m.personId, heard: rng.chance(0.85) })),
  }
}

/**
 * The next snapshot, a month or more later: most problems eased a step, a few got worse, a domain or two was
 * added, and everyone of 12 and older has now been heard.
 */
export function followUpAnalysis(
  rng: Rng,
  previous: AnalysisDraft,
  members: AnalysisMember[],
): AnalysisDraft {
  const cells = previous.cells.map((c) => {
    if (!rng.chance(c.score <= 3 ? 0.55 : 0.15)) return c
    const score = Math.max(1, Math.min(5, c.score + (rng.chance(0.8) ? 1 : -1)))
    const m = members.find((x) => x.personId === c.personId)
    return m ? cell(rng, m, c.domain, score) : c
  })
  for (const m of members) {
    if (!rng.chance(0.3)) continue
    const have = new Set(cells.filter((c) => c.personId === m.personId).map((c) => c.domain))
    const open = domainsFor(m).filter((d) => !have.has(d))
    if (open.length > 0) cells.push(cell(rng, m, rng.pick(open), rng.int(3, 5)))
  }
  return {
    desiredFuture: previous.desiredFuture,
    cells,
    heard: members.filter((m) => m.age >= 12).map((m) => ({ personId: m.personId, heard: true })),
  }
}

function shapeOf(members: AnalysisMember[]): keyof typeof futures {
  const adults = members.filter((m) => m.age >= 18)
  if (members.some((m) => m.age < 18)) return 'family'
  if (adults.some((m) => m.age >= 65)) return 'older'
  return adults.length === 1 ? 'alone' : 'couple'
}
