import { dutchCalendarDate } from '#shared/domain/age'

/** Today's calendar date in the Netherlands (YYYY-MM-DD), to prefill date fields. The server checks its own clock. */
export function today(): string {
  return dutchCalendarDate(new Date())
}
