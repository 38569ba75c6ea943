import { queryOptions, useQuery } from '@tanstack/react-query'
import { plansApi } from '#shared/contracts/plans'
import { callApi } from '../../../lib/api.ts'
import { planKeys } from './get-plan.ts'

/** Every change between two versions: goals, actions and the other parts, with the words before and after. */
export function comparePlanVersions(householdId: number, from: number, to: number) {
  return callApi(plansApi.compare, { params: { householdId }, query: { from, to } })
}

export function planComparisonQueryOptions(householdId: number, from: number, to: number) {
  return queryOptions({
    queryKey: planKeys.compare(householdId, from, to),
    queryFn: () => comparePlanVersions(householdId, from, to),
    staleTime: Infinity,
  })
}

export function usePlanComparison(householdId: number, pair: { from: number; to: number } | null) {
  return useQuery({
    ...planComparisonQueryOptions(householdId, pair?.from ?? 0, pair?.to ?? 0),
    enabled: pair !== null,
  })
}
