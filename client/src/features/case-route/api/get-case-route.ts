import { queryOptions, useQuery } from '@tanstack/react-query'
import { caseRouteApi } from '#shared/contracts/case-route'
import { callApi } from '../../../lib/api.ts'

export const caseRouteKeys = {
  detail: (householdId: number) => ['caseRoute', householdId] as const,
}

/** Every checkpoint of the route with its state for this household, and the closure once the case is closed. */
export function getCaseRoute(householdId: number) {
  return callApi(caseRouteApi.route, { params: { householdId } })
}

export function caseRouteQueryOptions(householdId: number) {
  return queryOptions({
    queryKey: caseRouteKeys.detail(householdId),
    queryFn: () => getCaseRoute(householdId),
  })
}

export function useCaseRoute(householdId: number) {
  return useQuery(caseRouteQueryOptions(householdId))
}
