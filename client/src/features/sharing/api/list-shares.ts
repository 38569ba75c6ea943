import { queryOptions, useQuery } from '@tanstack/react-query'
import { sharingApi } from '#shared/contracts/sharing'
import { callApi } from '../../../lib/api.ts'

export const sharingKeys = {
  all: ['sharing'] as const,
  list: (householdId: number) => [...sharingKeys.all, 'list', householdId] as const,
  consents: (householdId: number) => [...sharingKeys.all, 'consents', householdId] as const,
  reports: (householdId: number) => [...sharingKeys.all, 'reports', householdId] as const,
}

/** Everything shared about the household, the latest first: with whom, about whom, what, how and on what basis. */
export function listShares(householdId: number) {
  return callApi(sharingApi.list, { params: { householdId } })
}

export function sharesQueryOptions(householdId: number) {
  return queryOptions({
    queryKey: sharingKeys.list(householdId),
    queryFn: () => listShares(householdId),
  })
}

export function useShares(householdId: number) {
  return useQuery(sharesQueryOptions(householdId))
}
