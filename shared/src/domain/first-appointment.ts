/**
 * "Binnen vijf dagen een afspraak gemaakt" (Associatie Wijkteams, brondocument): a first appointment must be
 * made within five calendar days of receiving a request. Dates are calendar dates (YYYY-MM-DD).
 */
export const firstAppointmentDays = 5

export function firstAppointmentDueOn(receivedOn: string): string {
  const date = new Date(`${receivedOn}T12:00:00Z`)
  date.setUTCDate(date.getUTCDate() + firstAppointmentDays)
  return date.toISOString().slice(0, 10)
}

export type FirstAppointmentState = 'made' | 'open' | 'overdue'

/** Made in time or late, an appointment that was made is "made"; without one, a request past its due day is overdue. */
export function firstAppointmentState(
  receivedOn: string,
  appointmentMadeOn: string | null,
  today: string,
): FirstAppointmentState {
  if (appointmentMadeOn) return 'made'
  return today > firstAppointmentDueOn(receivedOn) ? 'overdue' : 'open'
}
