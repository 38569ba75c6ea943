import { queryOptions, useQuery } from '@tanstack/react-query'
import { plansApi } from '#shared/contracts/plans'
import { callApi } from '../../../lib/api.ts'
import { planKeys } from './get-plan.ts'

/** One earlier version of the plan, whole, as it was saved. */
export function getPlanVersion(householdId: number, version: number) {
  return callApi(plansApi.version, { params: { householdId, version } })
}

export function planVersionQueryOptions(householdId: number, version: number) {
  return queryOptions({
    queryKey: planKeys.version(householdId, version),
    queryFn: () => getPlanVersion(householdId, version),
    // A saved version never changes.
    staleTime: Infinity,
  })
}

/** Waits for a number: only an earlier version is fetched, the current one comes with the overview. */
export function usePlanVersion(householdId: number, version: number | undefined) {
  return useQuery({
    ...planVersionQueryOptions(householdId, version ?? 0),
    enabled: version !== undefined,
  })
}
