import { quarterStart, shiftQuarter, startOfDutchDay } from '#shared/domain/quarters'

/**
 * A quarter's bounds for the aggregates: request dates are calendar days; triages and broad views carry UTC
 * instants, so the instants of Dutch midnight on the quarter's first day and on the next quarter's are used too.
 */
export function quarterBounds(quarter: string) {
  const firstDay = quarterStart(quarter)
  const nextFirstDay = quarterStart(shiftQuarter(quarter, 1))
  return { firstDay, nextFirstDay, from: startOfDutchDay(firstDay), until: startOfDutchDay(nextFirstDay) }
}
