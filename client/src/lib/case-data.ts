import type { QueryClient } from '@tanstack/react-query'

/** Lists that hold no case data (who is in the team, the expertise list): a change to a case leaves them be. */
export const referenceKey = 'reference'

/**
 * A change to a case (a new request, a triage, a pick-up, a transfer) shows on lists of several features at once:
 * the inbox, the caseload, the team's requests, the household page. Rather than each feature knowing the others'
 * query keys (features never import each other), all case data is marked stale; only what is on screen refetches.
 */
export function invalidateCaseData(queryClient: QueryClient) {
  return queryClient.invalidateQueries({
    predicate: (query) => query.queryKey[0] !== 'session' && query.queryKey[0] !== referenceKey,
  })
}
