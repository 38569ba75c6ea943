import { dutchCalendarDate, isValidIsoDate } from './age.ts'

/**
 * Quarters ("2026-Q4") for the team's indicators and vertelpunten. A quarter is a stretch of Dutch calendar
 * dates: Q1 is 1 January – 31 March, Q2 1 April – 30 June, Q3 1 July – 30 September, Q4 1 October – 31 December.
 */
export type QuarterParts = { year: number; quarter: 1 | 2 | 3 | 4 }

const pattern = /^(\d{4})-Q([1-4])$/

/** "2026-Q4" → { year: 2026, quarter: 4 }; anything else (also "2026-q4", "2026-Q5") → null. */
export function parseQuarter(value: string): QuarterParts | null {
  const match = pattern.exec(value)
  if (!match) return null
  const year = Number(match[1])
  if (year < 1900) return null
  return { year, quarter: Number(match[2]) as QuarterParts['quarter'] }
}

export function isQuarter(value: string): boolean {
  return parseQuarter(value) !== null
}

export function formatQuarter({ year, quarter }: QuarterParts): string {
  return `${year}-Q${quarter}`
}

function partsOf(quarter: string): QuarterParts {
  const parts = parseQuarter(quarter)
  if (!parts) throw new Error(`Not a quarter: ${quarter}`)
  return parts
}

/** The quarter a calendar date (YYYY-MM-DD) falls in: 31 March is Q1, 1 April is Q2. */
export function quarterOfDate(day: string): string {
  if (!isValidIsoDate(day)) throw new Error(`Not an ISO calendar date: ${day}`)
  const month = Number(day.slice(5, 7))
  return formatQuarter({
    year: Number(day.slice(0, 4)),
    quarter: (Math.floor((month - 1) / 3) + 1) as QuarterParts['quarter'],
  })
}

/** The quarter an instant falls in, in Dutch time: 31 December 23:30 UTC is already Q1 of the next year. */
export function quarterOfInstant(instant: Date): string {
  return quarterOfDate(dutchCalendarDate(instant))
}

const pad = (n: number) => String(n).padStart(2, '0')

/** The first day of the quarter (YYYY-MM-DD). */
export function quarterStart(quarter: string): string {
  const { year, quarter: q } = partsOf(quarter)
  return `${year}-${pad((q - 1) * 3 + 1)}-01`
}

/** The last day of the quarter (YYYY-MM-DD). */
export function quarterEnd(quarter: string): string {
  const { year, quarter: q } = partsOf(quarter)
  const lastMonth = q * 3
  // Day 0 of the next month is the last day of this one.
  const lastDay = new Date(Date.UTC(year, lastMonth, 0)).getUTCDate()
  return `${year}-${pad(lastMonth)}-${pad(lastDay)}`
}

/** The quarter `count` quarters later (negative: earlier). */
export function shiftQuarter(quarter: string, count: number): string {
  const { year, quarter: q } = partsOf(quarter)
  const index = year * 4 + (q - 1) + count
  return formatQuarter({
    year: Math.floor(index / 4),
    quarter: ((((index % 4) + 4) % 4) + 1) as QuarterParts['quarter'],
  })
}

/** The `count` quarters before this one, the oldest first: previousQuarters('2026-Q1', 3) is 2025-Q2 … 2025-Q4. */
export function previousQuarters(quarter: string, count: number): string[] {
  return Array.from({ length: count }, (_, i) => shiftQuarter(quarter, i - count))
}

/** Quarters compare as text ("2026-Q1" < "2026-Q4" < "2027-Q1"): the format is fixed-width. */
export function isQuarterAfter(quarter: string, other: string): boolean {
  partsOf(quarter)
  partsOf(other)
  return quarter > other
}

/**
 * The day figures of a quarter are taken at: its last day, or `today` while the quarter is still running (and
 * `today` itself for a quarter that has not begun, which callers refuse first).
 */
export function quarterAsOf(quarter: string, today: string): string {
  const end = quarterEnd(quarter)
  return today < end ? today : end
}

/**
 * The instant (ISO, UTC) a Dutch calendar day begins: 00:00 in Amsterdam is 23:00 UTC the day before in winter
 * and 22:00 UTC in summer. For comparing stored instants with calendar dates.
 */
export function startOfDutchDay(day: string): string {
  if (!isValidIsoDate(day)) throw new Error(`Not an ISO calendar date: ${day}`)
  const midnightUtc = Date.parse(`${day}T00:00:00Z`)
  for (const offsetHours of [1, 2]) {
    const candidate = midnightUtc - offsetHours * 3_600_000
    if (dutchCalendarDate(new Date(candidate)) === day && dutchCalendarDate(new Date(candidate - 1)) !== day)
      return new Date(candidate).toISOString()
  }
  throw new Error(`No Dutch midnight found for ${day}`)
}
