/**
 * The arithmetic of the team's indicators (route step 10, "leren en verbeteren"): a small set of uniform figures
 * next to the team's own stories (vertelpunten). Each figure says how many it was counted over, and is null when
 * there was nothing to count: "no figure" is not the same as 0.
 */

/** The middle value; for an even count the mean of the two middle ones. Null for no values. */
export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null
  const sorted = [...values].sort((a, b) => a - b)
  const middle = Math.floor(sorted.length / 2)
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2
}

/** `count` of `total` as a fraction (0–1). Null when the total is 0. */
export function share(count: number, total: number): number | null {
  if (total <= 0) return null
  return count / total
}

/** Whole calendar days from one date (YYYY-MM-DD) to another; negative when `to` is earlier. */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000)
}

/** Six months, in days: a re-opening counts against a closing when it comes at most this many days after. */
export const reopenWindowDays = 183

/** A share as a whole percentage for people ("67%"): rounded half up, null stays null. */
export function percentage(value: number | null): number | null {
  return value === null ? null : Math.round(value * 100)
}
