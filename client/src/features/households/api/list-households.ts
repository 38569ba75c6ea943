import { infiniteQueryOptions, useInfiniteQuery } from '@tanstack/react-query'
import { householdsApi } from '#shared/contracts/households'
import { callApi } from '../../../lib/api.ts'
import { householdDetailKey } from '../../../lib/household-detail.ts'

/** "caseload": a worker's own households; "team": all households of a supervisor's team. */
export type HouseholdScope = 'caseload' | 'team'

export const householdKeys = {
  all: ['households'] as const,
  lists: () => [...householdKeys.all, 'list'] as const,
  list: (scope: HouseholdScope, q: string) => [...householdKeys.lists(), scope, q] as const,
  detail: householdDetailKey,
  requests: (householdId: number) => [...householdKeys.all, 'requests', householdId] as const,
  portalLogins: (householdId: number) => [...householdKeys.all, 'portal-logins', householdId] as const,
}

export function listHouseholds(scope: HouseholdScope, q: string, cursor?: string) {
  const query = { q: q || undefined, cursor }
  return scope === 'caseload'
    ? callApi(householdsApi.caseload, { query })
    : callApi(householdsApi.teamHouseholds, { query })
}

/** Keyset pages: each page hands over the cursor for the next, until nextCursor is null. */
export function householdListQueryOptions(scope: HouseholdScope, q: string) {
  return infiniteQueryOptions({
    queryKey: householdKeys.list(scope, q),
    queryFn: ({ pageParam }) => listHouseholds(scope, q, pageParam),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (lastPage) => lastPage.nextCursor ?? undefined,
  })
}

export function useHouseholdList(scope: HouseholdScope, q: string) {
  return useInfiniteQuery(householdListQueryOptions(scope, q))
}
