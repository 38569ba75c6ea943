import type { Figure, IndicatorsReport, Narrative, QuarterFigure } from '#shared/contracts/indicators'
import { formatDate, formatDateTime, type Language } from '#shared/domain/dates'
import { percentage } from '#shared/domain/indicators'
import { parseQuarter } from '#shared/domain/quarters'
import { translate } from '../../lib/translate.ts'

/**
 * The export of "Cijfers en verhalen" as a CSV file that Dutch Excel opens as it is: fields separated by
 * semicolons (a comma is the Dutch decimal separator), every field quoted, UTF-8 with a byte-order mark (without
 * it Excel reads "geëvalueerd" as Windows-1252), lines ended by CRLF. Built in the browser from what the page
 * shows; nothing is sent anywhere.
 */
export type CsvValue = string | number | null

const byteOrderMark = '\uFEFF'

/**
 * One quoted field: quotes doubled, semicolons and line breaks kept inside the quotes. A text that starts like a
 * formula (=, +, -, @, tab or carriage return) gets a leading apostrophe, so Excel shows it instead of running it
 * (vertelpunten are free text).
 */
export function csvField(value: CsvValue): string {
  const text = value === null ? '' : String(value)
  const safe = typeof value === 'string' && /^[=+\-@\t\r]/.test(text) ? `'${text}` : text
  return `"${safe.replaceAll('"', '""')}"`
}

export function toCsv(rows: readonly (readonly CsvValue[])[]): string {
  return byteOrderMark + rows.map((row) => row.map(csvField).join(';')).join('\r\n') + '\r\n'
}

/** "K4 2026" / "Q4 2026", or "kwartaal 4 van 2026" / "quarter 4 of 2026". */
export function quarterText(quarter: string, language: Language, form: 'short' | 'long' = 'short'): string {
  const parts = parseQuarter(quarter)
  if (!parts) return quarter
  const key = form === 'short' ? 'indicators.quarterShort' : 'indicators.quarterName'
  return translate(language, key, { n: parts.quarter, year: parts.year })
}

/** A number as people in that language write it: "164,5" in Dutch, "164.5" in English. */
export function formatNumber(value: number, language: Language): string {
  return new Intl.NumberFormat(language === 'nl' ? 'nl-NL' : 'en-GB', {
    maximumFractionDigits: 1,
    useGrouping: false,
  }).format(value)
}

function valueOf(figure: Figure, unit: 'days' | 'share', language: Language): string | null {
  if (figure.value === null) return null
  return formatNumber(unit === 'days' ? figure.value : percentage(figure.value)!, language)
}

/**
 * The whole export: a title line; the five indicators for the chosen quarter and the three before it (the
 * oldest first, with the share of first appointments within five days as a row of its own); and the
 * vertelpunten of the chosen quarter.
 */
export function indicatorsCsv(
  report: IndicatorsReport,
  narratives: readonly Narrative[],
  language: Language,
): string {
  const t = (key: string, values?: Record<string, string | number>) => translate(language, key, values)
  const unitText = (unit: 'days' | 'share') =>
    t(unit === 'days' ? 'indicators.csv.days' : 'indicators.csv.percent')
  const rows: CsvValue[][] = [
    [
      t('indicators.csv.heading'),
      quarterText(report.quarter, language, 'long'),
      t('indicators.csv.asOf', { date: formatDate(report.asOf, language) }),
    ],
    [],
    [
      t('indicators.csv.quarter'),
      t('indicators.csv.indicator'),
      t('indicators.csv.value'),
      t('indicators.csv.unit'),
      t('indicators.csv.part'),
      t('indicators.csv.total'),
      t('indicators.csv.definition'),
    ],
  ]
  for (const indicator of report.indicators) {
    const name = t(`indicators.names.${indicator.key}`)
    const definition = t(indicator.definitionKey, { days: report.pictureMaxAgeDays })
    const figures: QuarterFigure[] = [...indicator.previous, indicator.current]
    for (const figure of figures) {
      rows.push([
        quarterText(figure.quarter, language),
        name,
        valueOf(figure, indicator.unit, language),
        unitText(indicator.unit),
        indicator.unit === 'days' ? figure.n : figure.count,
        indicator.unit === 'days' ? null : figure.n,
        definition,
      ])
      if (figure.withinFiveDays)
        rows.push([
          quarterText(figure.quarter, language),
          t('indicators.csv.withinFiveDays'),
          valueOf(figure.withinFiveDays, 'share', language),
          unitText('share'),
          figure.withinFiveDays.count,
          figure.withinFiveDays.n,
          t('indicators.withinFiveDaysHint'),
        ])
    }
  }
  rows.push(
    [],
    [
      t('indicators.csv.quarter'),
      t('indicators.csv.title'),
      t('indicators.csv.text'),
      t('indicators.csv.writtenBy'),
      t('indicators.csv.writtenAt'),
    ],
  )
  for (const narrative of narratives)
    rows.push([
      quarterText(narrative.quarter, language),
      narrative.title,
      narrative.text,
      narrative.writtenBy,
      formatDateTime(narrative.writtenAt, language),
    ])
  return toCsv(rows)
}

export function csvFileName(quarter: string, language: Language): string {
  return translate(language, 'indicators.csv.fileName', { quarter })
}
