import { infiniteQueryOptions, useInfiniteQuery } from '@tanstack/react-query'
import { householdFileApi } from '#shared/contracts/household-file'
import { callApi } from '../../../lib/api.ts'
import { portalKeys } from './get-portal.ts'

/** One keyset page of who looked at or changed the household's file, newest first. */
export function listAccessLog(householdId: number, cursor?: string) {
  return callApi(householdFileApi.accessLog, { params: { householdId }, query: { cursor } })
}

export function accessLogQueryOptions(householdId: number) {
  return infiniteQueryOptions({
    queryKey: portalKeys.accessLog(householdId),
    queryFn: ({ pageParam }) => listAccessLog(householdId, pageParam),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (lastPage) => lastPage.nextCursor ?? undefined,
  })
}

export function useAccessLog(householdId: number) {
  return useInfiniteQuery(accessLogQueryOptions(householdId))
}
