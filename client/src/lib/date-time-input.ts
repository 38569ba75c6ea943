/**
 * A `datetime-local` field holds a wall-clock time without a zone. Naast shows every moment in Dutch time
 * (formatDateTime), so the field is read and filled in Dutch time too, whatever zone the device is set to.
 */
const zone = 'Europe/Amsterdam'

const wallClock = new Intl.DateTimeFormat('en-CA', {
  timeZone: zone,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
})

/** "2026-03-03T14:05": the value a datetime-local field shows for this moment in Dutch time. */
export function toDateTimeInput(instant: Date | string = new Date()): string {
  const parts = Object.fromEntries(
    wallClock
      .formatToParts(typeof instant === 'string' ? new Date(instant) : instant)
      .map((p) => [p.type, p.value]),
  )
  return `${parts.year}-${parts.month}-${parts.day}T${parts.hour}:${parts.minute}`
}

const inputPattern = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/

/** The moment (ISO, UTC) a datetime-local value means in Dutch time; undefined when the value is incomplete. */
export function fromDateTimeInput(value: string): string | undefined {
  const match = inputPattern.exec(value)
  if (!match) return undefined
  const [year, month, day, hour, minute, second] = match.slice(1).map((part) => Number(part ?? 0)) as number[]
  const asUtc = Date.UTC(year!, month! - 1, day!, hour!, minute!, second!)
  if (Number.isNaN(asUtc)) return undefined
  // Dutch time is UTC+1 or UTC+2; find the offset at that moment (twice, for the hours around a clock change).
  let instant = asUtc
  for (let i = 0; i < 2; i++) {
    const offset = Date.parse(`${toDateTimeInput(new Date(instant))}:00Z`) - instant
    instant = asUtc - offset
  }
  return new Date(instant).toISOString()
}
