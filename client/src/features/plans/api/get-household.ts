import { queryOptions, useQuery } from '@tanstack/react-query'
import { householdsApi } from '#shared/contracts/households'
import { callApi } from '../../../lib/api.ts'

/**
 * The household's name, members (with their ages: a private goal is for 16 and older), network and former
 * members. The key is the one the households feature caches the household under, so coming from the household
 * page shows this page at once.
 */
export function getHousehold(householdId: number) {
  return callApi(householdsApi.get, { params: { householdId } })
}

export function householdQueryOptions(householdId: number) {
  return queryOptions({
    queryKey: ['households', 'detail', householdId] as const,
    queryFn: () => getHousehold(householdId),
  })
}

export function useHousehold(householdId: number) {
  return useQuery(householdQueryOptions(householdId))
}
