/**
 * Age in whole years on a given day. Birthdates are calendar dates (YYYY-MM-DD), not instants: a birthday
 * starts at the start of the day. Someone born on 29 February turns a year older on 1 March in a
 * non-leap year (the day after 28 February), the reading most Dutch organisations use.
 */
export function ageOn(birthdate: string, on: string): number {
  const [by, bm, bd] = parseIsoDate(birthdate)
  const [oy, om, od] = parseIsoDate(on)
  const hadBirthdayThisYear = om > bm || (om === bm && od >= bd)
  return oy - by - (hadBirthdayThisYear ? 0 : 1)
}

/** The calendar date (YYYY-MM-DD) of an instant in the Netherlands. */
export function dutchCalendarDate(instant: Date): string {
  return amsterdamDate.format(instant)
}

// en-CA formats as YYYY-MM-DD. Made once: building a formatter costs far more than formatting (the household
// read called this per member and spent a twentieth of its time here; npm run bench).
const amsterdamDate = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Europe/Amsterdam',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
})

export function isValidIsoDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false
  const [y, m, d] = parseIsoDate(value)
  const date = new Date(Date.UTC(y, m - 1, d))
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d
}

function parseIsoDate(value: string): [number, number, number] {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value)
  if (!match) throw new Error(`Not an ISO calendar date: ${value}`)
  return [Number(match[1]), Number(match[2]), Number(match[3])]
}
