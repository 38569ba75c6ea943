import { useMutation, useQueryClient } from '@tanstack/react-query'
import type { FollowUp } from '#shared/contracts/follow-up'
import { invalidateCaseData } from '../../../lib/case-data.ts'
import { followUpKeys } from './get-follow-up.ts'

/**
 * Every change here (a phase, a check-in, a re-opening) answers with the follow-up as it now is: that reply fills
 * the section at once. What shows the case's state elsewhere (the route and its closure, the caseload, "Vandaag"
 * with its due check-ins) is marked stale; only what is on screen refetches.
 */
export function useFollowUpMutation<V>(householdId: number, mutationFn: (variables: V) => Promise<FollowUp>) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn,
    onSuccess: (followUp) => {
      queryClient.setQueryData(followUpKeys.detail(householdId), followUp)
      // Not awaited: the caller's own onSuccess runs first.
      void invalidateCaseData(queryClient)
    },
    // A refusal (409) means the case changed underneath the page (closed or re-opened elsewhere): show it as it is.
    onError: () => void queryClient.invalidateQueries({ queryKey: followUpKeys.detail(householdId) }),
  })
}
