import { queryOptions, useQuery } from '@tanstack/react-query'
import { householdFileApi } from '#shared/contracts/household-file'
import { callApi } from '../../../lib/api.ts'
import { portalKeys } from './get-portal.ts'

/** What was shared with others about the member, newest first. */
export function getMyShares(householdId: number) {
  return callApi(householdFileApi.shares, { params: { householdId } })
}

export function mySharesQueryOptions(householdId: number) {
  return queryOptions({
    queryKey: portalKeys.shares(householdId),
    queryFn: () => getMyShares(householdId),
  })
}

export function useMyShares(householdId: number) {
  return useQuery(mySharesQueryOptions(householdId))
}
