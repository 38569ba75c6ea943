import { queryOptions, useQuery } from '@tanstack/react-query'
import { householdsApi } from '#shared/contracts/households'
import { callApi } from '../../../lib/api.ts'
import { householdKeys } from './list-households.ts'

export function getHousehold(householdId: number) {
  return callApi(householdsApi.get, { params: { householdId } })
}

export function householdQueryOptions(householdId: number) {
  return queryOptions({
    queryKey: householdKeys.detail(householdId),
    queryFn: () => getHousehold(householdId),
  })
}

export function useHousehold(householdId: number) {
  return useQuery(householdQueryOptions(householdId))
}
