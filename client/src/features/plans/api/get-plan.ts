import { queryOptions, useQuery } from '@tanstack/react-query'
import { plansApi } from '#shared/contracts/plans'
import { callApi } from '../../../lib/api.ts'

export const planKeys = {
  all: ['plans'] as const,
  overview: (householdId: number) => [...planKeys.all, 'overview', householdId] as const,
  version: (householdId: number, version: number) =>
    [...planKeys.all, 'version', householdId, version] as const,
  compare: (householdId: number, from: number, to: number) =>
    [...planKeys.all, 'compare', householdId, from, to] as const,
}

/** The current plan, every version's change counts, progress per goal, and the domains still without a goal. */
export function getPlan(householdId: number) {
  return callApi(plansApi.overview, { params: { householdId } })
}

export function planQueryOptions(householdId: number) {
  return queryOptions({
    queryKey: planKeys.overview(householdId),
    queryFn: () => getPlan(householdId),
  })
}

export function usePlan(householdId: number) {
  return useQuery(planQueryOptions(householdId))
}
