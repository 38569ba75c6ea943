import type { AnalysisDraft, CarriedBy, CellDraft } from './analysis-phrases.ts'
import type { DomainKey } from './conversation-phrases.ts'

/**
 * The broad view of Familie Jansen, the household of the demo log-in: filled in with Kim, Sem and Lieke a month
 * into the case, and revisited at the evaluation last week (see the conversation log of both days). Money and
 * Lieke's school went from 2 to 3, Daan plays football now, oma Truus helps.
 */

type Cell = [
  domain: DomainKey,
  score: number,
  note: string,
  strengths: string | null,
  carriedBy: CarriedBy[],
  ownView: string | null,
]

const first: Record<string, Cell[]> = {
  Kim: [
    [
      'income',
      2,
      'Negen schuldeisers, aanmaningen en een incassobureau; sinds de scheiding geen overzicht meer.',
      'Opent de post weer samen met ons; belde zelf de energieleverancier.',
      ['professional'],
      'Ik schaam me, maar ik wil het oplossen.',
    ],
    [
      'work',
      4,
      'Werkt 32 uur in de thuiszorg, vaak late diensten.',
      'Houdt van haar werk.',
      ['own'],
      'Mijn werk is mijn uitje.',
    ],
    [
      'mental',
      3,
      'Moe en slaapt slecht door de zorgen.',
      'Doorzetter, met humor.',
      ['own', 'network'],
      'Ik ben op, maar ik moet door.',
    ],
    [
      'parenting',
      3,
      'Warme moeder; door de late diensten draagt Lieke veel zorg voor Daan.',
      'Weet goed wat haar kinderen nodig hebben.',
      ['own', 'network'],
      'Ik wil niet dat Lieke mijn taken overneemt.',
    ],
    [
      'network',
      3,
      'Moeder Truus woont dichtbij maar wist niet hoe het ging; buurvrouw Petra past op Daan.',
      'Oma wil graag helpen.',
      ['network'],
      'Ik vraag niet graag om hulp.',
    ],
    ['housing', 4, 'Passende huurwoning; huurachterstand van twee maanden.', null, ['own'], null],
  ],
  Sem: [
    [
      'work',
      4,
      'Laatste jaar mbo, bijbaan bij de supermarkt.',
      'Zelfstandig en betrouwbaar.',
      ['own'],
      'School gaat prima, ik wil mijn rijbewijs halen.',
    ],
    [
      'relations',
      4,
      'Goede band met zijn moeder en broertje; wil thuis meebetalen.',
      'Zorgzaam.',
      ['own'],
      'Ik wil mama helpen.',
    ],
    ['network', 5, 'Veel vrienden, sport bij de atletiekclub.', null, ['own'], null],
  ],
  Lieke: [
    [
      'work',
      2,
      'Veel verzuim op maandag; valt in de les in slaap.',
      'Slimme leerling met een goede band met haar mentor.',
      ['professional'],
      'Ik ben gewoon te moe op maandag.',
    ],
    [
      'mental',
      3,
      'Voelt zich verantwoordelijk voor Daan; weinig tijd voor zichzelf.',
      'Kan goed zeggen wat ze voelt.',
      ['own', 'network'],
      'Iemand moet het toch doen.',
    ],
    ['network', 3, 'Ziet haar vriendinnen weinig.', null, ['own'], 'Ik mis mijn vriendinnen.'],
  ],
  Daan: [
    [
      'parenting',
      3,
      'Veel alleen na school; Lieke past op.',
      'Vrolijk en sportief.',
      ['network'],
      'Ik wil niet altijd binnen zitten.',
    ],
    [
      'participation',
      2,
      'Wil op voetbal; de contributie is te duur.',
      null,
      [],
      'Ik wil op voetbal bij de Molenkamp.',
    ],
    ['physical', 5, 'Gezond en altijd buiten aan het rennen.', null, ['own'], null],
    ['network', 4, 'Vriendjes in de straat; oma dichtbij.', null, ['network'], null],
  ],
}

/** Only the cells that changed at the evaluation; the rest stayed as they were. */
const changes: Record<string, Cell[]> = {
  Kim: [
    [
      'income',
      3,
      'Schuldregeling rond; de vaste lasten worden betaald en er komen geen nieuwe aanmaningen.',
      'Houdt haar eigen rekening bij, met een aparte rekening voor de vaste lasten.',
      ['own', 'professional'],
      'Ik heb weer overzicht, en ik durf de post weer open te maken.',
    ],
    [
      'mental',
      4,
      'Slaapt beter sinds het bezoek aan de huisarts.',
      'Doorzetter, met humor.',
      ['own', 'network'],
      'Het is rustiger in mijn hoofd.',
    ],
    [
      'network',
      4,
      'Oma Truus haalt Daan op woensdag; Petra is verhuisd, de opvang is opnieuw geregeld.',
      'Durft nu hulp te vragen aan haar moeder.',
      ['own', 'network'],
      'Het is fijn dat mijn moeder erbij is.',
    ],
    [
      'parenting',
      4,
      'Lieke hoeft minder voor Daan te zorgen; vaste afspraken over de week.',
      'Weet goed wat haar kinderen nodig hebben.',
      ['own', 'network'],
      null,
    ],
  ],
  Lieke: [
    [
      'work',
      3,
      'Al weken niet meer afwezig; de cijfers gaan omhoog.',
      'Meldt zich bij haar mentor als het niet gaat.',
      ['own', 'professional'],
      'School is weer oké.',
    ],
    [
      'mental',
      4,
      'Meer tijd voor zichzelf en haar vriendinnen.',
      'Kan goed zeggen wat ze voelt.',
      ['own'],
      'Ik hoef niet meer alles.',
    ],
  ],
  Daan: [
    [
      'participation',
      4,
      'Voetbalt bij de club in de Molenkamp, via het Jeugdfonds Sport.',
      'Sportief.',
      ['own', 'professional'],
      'Ik heb zaterdag een wedstrijd!',
    ],
    [
      'parenting',
      4,
      'Op woensdag bij oma, dinsdag naar de opvang; minder alleen.',
      'Vrolijk.',
      ['network'],
      null,
    ],
  ],
}

const desiredFuture =
  'Dat we weer rust hebben over geld, dat Lieke gewoon naar school gaat en dat ik het niet alles alleen hoef te doen.'

export function jansenAnalyses(
  members: { id: number; given: string }[],
): [{ daysAgo: number; draft: AnalysisDraft }, { daysAgo: number; draft: AnalysisDraft }] {
  const idOf = (given: string) => {
    const m = members.find((x) => x.given === given)
    if (!m) throw new Error(`jansenAnalyses: no ${given}`)
    return m.id
  }
  const cells = (table: Record<string, Cell[]>): CellDraft[] =>
    Object.entries(table).flatMap(([given, rows]) =>
      rows.map(([domain, score, note, strengths, carriedBy, ownView]) => ({
        personId: idOf(given),
        domain,
        score,
        note,
        strengths,
        carriedBy,
        ownView,
      })),
    )
  const before = cells(first)
  const updated = cells(changes)
  const after = before.map(
    (c) => updated.find((u) => u.personId === c.personId && u.domain === c.domain) ?? c,
  )
  const heard = ['Kim', 'Sem', 'Lieke'].map((given) => ({ personId: idOf(given), heard: true }))
  return [
    { daysAgo: 127, draft: { desiredFuture, cells: before, heard } },
    { daysAgo: 8, draft: { desiredFuture, cells: after, heard } },
  ]
}
