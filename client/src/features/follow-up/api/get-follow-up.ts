import { queryOptions, useQuery } from '@tanstack/react-query'
import { followUpApi } from '#shared/contracts/follow-up'
import { callApi } from '../../../lib/api.ts'

/** The case-route's close action marks this key stale too (it marks all case data stale). */
export const followUpKeys = {
  detail: (householdId: number) => ['followUp', householdId] as const,
}

/** The phase after active support, when the next check-in is due, the check-ins, and closings and re-openings. */
export function getFollowUp(householdId: number) {
  return callApi(followUpApi.get, { params: { householdId } })
}

export function followUpQueryOptions(householdId: number) {
  return queryOptions({
    queryKey: followUpKeys.detail(householdId),
    queryFn: () => getFollowUp(householdId),
  })
}

export function useFollowUp(householdId: number) {
  return useQuery(followUpQueryOptions(householdId))
}
