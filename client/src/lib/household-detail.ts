import { queryOptions, useQuery } from '@tanstack/react-query'
import { householdsApi } from '#shared/contracts/households'
import { callApi } from './api.ts'

/**
 * One household's detail (name, members with ages, network, professionals), cached under one key for every
 * feature that shows it: the household page, the broad view and the plan. Coming from the household page, the
 * other pages show at once. Features never import each other, so the query lives here.
 */
export const householdDetailKey = (householdId: number) => ['households', 'detail', householdId] as const

export function householdQueryOptions(householdId: number) {
  return queryOptions({
    queryKey: householdDetailKey(householdId),
    queryFn: () => callApi(householdsApi.get, { params: { householdId } }),
  })
}

export function useHousehold(householdId: number) {
  return useQuery(householdQueryOptions(householdId))
}
