import { ageOn } from './age.ts'

/**
 * Retention of household files (issue 11). A file is kept a number of years after its last change: 20 by default
 * when it concerns a minor (Youth Act, Jeugdwet art. 7.3.10), the configured default for any other file. From its
 * retention date on the administrator may delete it. Audit events are kept at least five years and never longer
 * than the file they concern.
 */

export type FileKind = 'minor' | 'other'

/** Under this age someone is a minor. */
export const adultAge = 18
/** Audit events are kept at least this many years (NEN 7513 asks for a trail that outlives the usual disputes). */
export const auditKeepYears = 5

// One formatter for every call: the daily job converts tens of thousands of instants, and building an
// Intl.DateTimeFormat costs far more than using one.
const dutchDay = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Europe/Amsterdam',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
})

/** The Dutch calendar date (YYYY-MM-DD) of an instant; a calendar date is returned as it is. */
export function calendarDateOf(value: string | Date): string {
  if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value)) return value
  return dutchDay.format(typeof value === 'string' ? new Date(value) : value)
}

const isLeapYear = (y: number) => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0

/**
 * A calendar date moved by whole years. 29 February becomes 1 March in a year without it: a period is a
 * minimum, so the file is kept the full number of years (the same reading as a birthday in `age.ts`).
 */
export function addYears(day: string, years: number): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day)
  if (!match) throw new Error(`Not an ISO calendar date: ${day}`)
  const year = Number(match[1]) + years
  if (match[2] === '02' && match[3] === '29' && !isLeapYear(year))
    return `${String(year).padStart(4, '0')}-03-01`
  return `${String(year).padStart(4, '0')}-${match[2]}-${match[3]}`
}

/**
 * `minor` when anyone who was ever a member of the household was under 18 at some moment while the file was
 * open: their 18th birthday falls after the day the file was opened. Everyone else's file is `other`.
 */
export function fileKind(createdAt: string, birthdates: readonly string[]): FileKind {
  const opened = calendarDateOf(createdAt)
  return birthdates.some((birthdate) => ageOn(birthdate, opened) < adultAge) ? 'minor' : 'other'
}

/** The retention period of a kind of file, from the municipality's settings. */
export function retentionYears(
  kind: FileKind,
  settings: { retentionMinorYears: number; retentionOtherYears: number },
): number {
  return kind === 'minor' ? settings.retentionMinorYears : settings.retentionOtherYears
}

/** The date (YYYY-MM-DD) from which a file may be deleted: `years` after the day of its last change. */
export function retentionDate(lastChangedAt: string, years: number): string {
  return addYears(calendarDateOf(lastChangedAt), years)
}

/** A file may be deleted from its retention date on (the date itself included). */
export function isPastRetention(date: string, today: string): boolean {
  return today >= date
}

/**
 * The latest last change (as an instant prefix to compare with) that can possibly be past its retention date
 * today with the shortest period: a cheap filter before the exact rule. Two days of margin cover the Dutch day
 * starting before the UTC one and 29 February.
 */
export function retentionCandidateBefore(today: string, shortestYears: number): string {
  const day = addYears(today, -shortestYears)
  return new Date(Date.parse(`${day}T00:00:00Z`) + 2 * 86_400_000).toISOString().slice(0, 10)
}

/** The instant `years` whole years before (negative: after) `instant`, by the UTC calendar. */
function shiftInstant(instant: Date, years: number): Date {
  const shifted = new Date(instant)
  shifted.setUTCFullYear(shifted.getUTCFullYear() + years)
  return shifted
}

/**
 * An audit event may be removed only when the file it concerns no longer exists AND it is at least five years
 * old: kept at least five years, never longer than its file (once that is gone and five years have passed).
 */
export function auditPrunable(eventAt: string, fileDeleted: boolean, now: Date): boolean {
  return fileDeleted && shiftInstant(new Date(eventAt), auditKeepYears).getTime() <= now.getTime()
}

/** Events at or before this instant may be old enough to prune (the exact test is `auditPrunable`). */
export function auditPruneCutoff(now: Date): string {
  return shiftInstant(now, -auditKeepYears).toISOString()
}
