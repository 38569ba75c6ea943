import { addDays } from './dates.ts'

/**
 * When the next check-in of a scaled-down case is due: the agreed number of days after the newest of the day the
 * case was scaled down and the last check-in (Dutch calendar dates, YYYY-MM-DD). Overdue the day after it is due.
 */
export function nextCheckInOn(phaseSince: string, lastCheckIn: string | null, intervalDays: number): string {
  const from = lastCheckIn !== null && lastCheckIn > phaseSince ? lastCheckIn : phaseSince
  return addDays(from, intervalDays)
}

export function isCheckInOverdue(dueOn: string, today: string): boolean {
  return dueOn < today
}
