import { queryOptions, useQuery } from '@tanstack/react-query'
import { requestsApi } from '#shared/contracts/requests'
import { callApi } from '../../../lib/api.ts'
import { householdKeys } from './list-households.ts'

/** Every request (aanmelding) about this household, overdue first appointments first. */
export function listHouseholdRequests(householdId: number) {
  return callApi(requestsApi.householdRequests, { params: { householdId } })
}

export function householdRequestsQueryOptions(householdId: number) {
  return queryOptions({
    queryKey: householdKeys.requests(householdId),
    queryFn: () => listHouseholdRequests(householdId),
  })
}

export function useHouseholdRequests(householdId: number) {
  return useQuery(householdRequestsQueryOptions(householdId))
}
