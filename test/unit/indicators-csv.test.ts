import { describe, expect, it, vi } from 'vitest'
import type { IndicatorsReport, Narrative, QuarterFigure } from '#shared/contracts/indicators'
import { csvField, csvFileName, indicatorsCsv, toCsv } from '../../client/src/features/indicators/csv.ts'

// In the browser the texts come from the language loaded on screen; here both dictionaries are at hand.
vi.mock('../../client/src/lib/translate.ts', async () => ({
  translate: (await import('#shared/i18n/index')).translate,
}))

const bom = '\uFEFF'

describe('a CSV file for Dutch Excel', () => {
  it('quotes every field, separates with semicolons, ends lines with CRLF and starts with a byte-order mark', () => {
    expect(toCsv([['a', 1, null]])).toBe(`${bom}"a";"1";""\r\n`)
  })

  it('keeps quotes, semicolons and line breaks inside a field', () => {
    expect(csvField('Ze zei "nee"; daarna ja')).toBe('"Ze zei ""nee""; daarna ja"')
    expect(csvField('regel 1\nregel 2\r\nregel 3')).toBe('"regel 1\nregel 2\r\nregel 3"')
    const csv = toCsv([
      ['titel', 'a;b'],
      ['"', 'x\ny'],
    ])
    expect(csv).toBe(`${bom}"titel";"a;b"\r\n"""";"x\ny"\r\n`)
  })

  it('does not let a story that starts like a formula run in Excel', () => {
    expect(csvField('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`)
    expect(csvField('-2 aanmeldingen')).toBe(`"'-2 aanmeldingen"`)
    expect(csvField('@team')).toBe(`"'@team"`)
    expect(csvField(-2)).toBe('"-2"')
  })
})

const figure = (quarter: string, over: Partial<QuarterFigure> = {}): QuarterFigure => ({
  quarter,
  value: null,
  count: null,
  n: 0,
  withinFiveDays: null,
  ...over,
})

const report: IndicatorsReport = {
  quarter: '2026-Q4',
  asOf: '2026-11-23',
  pictureMaxAgeDays: 14,
  indicators: [
    {
      key: 'firstAppointment',
      unit: 'days',
      definitionKey: 'indicators.definitions.firstAppointment',
      previous: [figure('2026-Q1'), figure('2026-Q2'), figure('2026-Q3', { value: 1, n: 1 })],
      current: figure('2026-Q4', { value: 4.5, n: 4, withinFiveDays: { value: 2 / 3, count: 2, n: 3 } }),
    },
    {
      key: 'safetyPicture',
      unit: 'share',
      definitionKey: 'indicators.definitions.safetyPicture',
      previous: [figure('2026-Q1'), figure('2026-Q2'), figure('2026-Q3', { value: 0, count: 0, n: 2 })],
      current: figure('2026-Q4', { value: 0.5, count: 2, n: 4 }),
    },
  ],
}

const narratives: Narrative[] = [
  {
    id: 1,
    quarter: '2026-Q4',
    title: 'Samen naar de "schuldhulp"',
    text: 'Eerst bellen; dan gaan.\nDat scheelde weken.',
    writtenBy: 'Sanne de Wit',
    writtenAt: '2026-11-23T13:05:00.000Z',
  },
]

describe('the export of figures and stories', () => {
  it('has the indicators of four quarters, the share within five days, and the stories, in Dutch', () => {
    const lines = indicatorsCsv(report, narratives, 'nl').slice(1).split('\r\n')
    expect(lines[0]).toBe('"Cijfers en verhalen";"kwartaal 4 van 2026";"Peildatum 23 november 2026"')
    expect(lines[1]).toBe('')
    expect(lines[2]).toBe('"Kwartaal";"Cijfer";"Waarde";"Eenheid";"Aantal";"Van";"Definitie"')
    expect(lines[3]).toMatch(
      /^"K1 2026";"Tijd tot de eerste afspraak";"";"dagen \(mediaan\)";"0";"";"Mediaan/,
    )
    // A Dutch decimal comma; the median is over n = 4.
    expect(lines[6]).toMatch(/^"K4 2026";"Tijd tot de eerste afspraak";"4,5";"dagen \(mediaan\)";"4";"";/)
    expect(lines[7]).toMatch(/^"K4 2026";"Eerste afspraak binnen 5 dagen";"67";"procent";"2";"3";/)
    // The definition names the configured number of days.
    expect(lines[11]).toMatch(
      /^"K4 2026";"Open huishoudens met actueel zicht op veiligheid";"50";"procent";"2";"4";".*hooguit 14 dagen oud\."$/,
    )
    expect(lines[12]).toBe('')
    expect(lines[13]).toBe('"Kwartaal";"Titel";"Verhaal";"Geschreven door";"Geschreven op"')
    expect(lines[14]).toBe(
      '"K4 2026";"Samen naar de ""schuldhulp""";"Eerst bellen; dan gaan.\nDat scheelde weken.";"Sanne de Wit";"23 november 2026 om 14:05"',
    )
    expect(lines).toHaveLength(16)
    expect(lines[15]).toBe('')
  })

  it('speaks English with a decimal point when the user does', () => {
    const csv = indicatorsCsv(report, [], 'en')
    expect(csv.startsWith(`${bom}"Figures and stories";"quarter 4 of 2026"`)).toBe(true)
    expect(csv).toContain('"Q4 2026";"Time to the first appointment";"4.5";"days (median)";"4";"";')
    expect(csvFileName('2026-Q4', 'en')).toBe('figures-and-stories-2026-Q4.csv')
    expect(csvFileName('2026-Q4', 'nl')).toBe('cijfers-en-verhalen-2026-Q4.csv')
  })
})
