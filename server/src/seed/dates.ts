/** Calendar arithmetic on YYYY-MM-DD strings, in UTC so no time zone or DST shift can move a date. */

import type { Rng } from './random.ts'

const dayMs = 86_400_000

function parts(date: string): [number, number, number] {
  const [y, m, d] = date.split('-').map(Number)
  if (y === undefined || m === undefined || d === undefined) throw new Error(`Not an ISO date: ${date}`)
  return [y, m, d]
}

function toEpochDay(date: string): number {
  const [y, m, d] = parts(date)
  return Date.UTC(y, m - 1, d) / dayMs
}

function fromEpochDay(day: number): string {
  return new Date(day * dayMs).toISOString().slice(0, 10)
}

export function addDays(date: string, days: number): string {
  return fromEpochDay(toEpochDay(date) + days)
}

export function daysBetween(from: string, to: string): number {
  return toEpochDay(to) - toEpochDay(from)
}

/** The same calendar day `years` later (or earlier); 29 February becomes 28 February in a common year. */
export function addYears(date: string, years: number): string {
  const [y, m, d] = parts(date)
  const year = y + years
  const isLeap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0
  const day = m === 2 && d === 29 && !isLeap ? 28 : d
  return `${String(year).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(day).padStart(2, '0')}`
}

/**
 * A birthdate that makes someone exactly `age` on `today`. `fraction` in [0, 1) picks the day within the year
 * of possible birthdates, from a birthday today (0) back to a birthday tomorrow (near 1). `margin` keeps that
 * many days away from both ends, so a fixed demo age does not flip when the demo runs a day later.
 */
export function birthdateForAge(today: string, age: number, fraction: number, margin = 0): string {
  const latest = addYears(today, -age)
  const earliest = addDays(addYears(today, -(age + 1)), 1)
  const span = daysBetween(earliest, latest) - 2 * margin
  return addDays(latest, -(margin + Math.floor(fraction * (span + 1))))
}

/** An ISO instant (UTC) `daysAgo` days before `today`, at `minuteOfDay` minutes past midnight UTC. */
export function instantBefore(today: string, daysAgo: number, minuteOfDay: number): string {
  return new Date((toEpochDay(today) - daysAgo) * dayMs + minuteOfDay * 60_000).toISOString()
}

/** A working-day moment (07:30–15:30 UTC) between `from` and `to` (ms); a short span on a weekend gives its start. */
export function officeMoment(rng: Rng, from: number, to: number): number {
  const end = Math.max(from, to)
  for (let attempt = 0; attempt < 8; attempt++) {
    const dayStart = Math.floor((from + rng.next() * (end - from)) / dayMs) * dayMs
    const at = dayStart + rng.int(7 * 60 + 30, 15 * 60 + 30) * 60_000
    const weekday = new Date(at).getUTCDay()
    if (at >= from && at <= end && weekday !== 0 && weekday !== 6) return at
  }
  return from
}

export function iso(ms: number): string {
  return new Date(ms).toISOString()
}

export function isoDate(ms: number): string {
  return iso(ms).slice(0, 10)
}
