import { queryOptions, useQuery } from '@tanstack/react-query'
import { timelineApi } from '#shared/contracts/timeline'
import { callApi } from '../../../lib/api.ts'

export const timelineKeys = {
  all: ['timeline'] as const,
  household: (householdId: number) => [...timelineKeys.all, householdId] as const,
}

/** The case's timeline, newest first (at most the newest 300 events). */
export function getTimeline(householdId: number) {
  return callApi(timelineApi.get, { params: { householdId } })
}

export function timelineQueryOptions(householdId: number) {
  return queryOptions({
    queryKey: timelineKeys.household(householdId),
    queryFn: () => getTimeline(householdId),
    // Made from every other part of the case, which other features change without telling this one: read it
    // afresh each time it is opened.
    staleTime: 0,
  })
}

/** Loaded only while the timeline is open: the household page is long and most visits do not need it. */
export function useTimeline(householdId: number, enabled: boolean) {
  return useQuery({ ...timelineQueryOptions(householdId), enabled })
}
