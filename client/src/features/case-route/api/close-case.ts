import { useMutation, useQueryClient } from '@tanstack/react-query'
import { caseRouteApi, type CaseRoute, type CloseCaseInput } from '#shared/contracts/case-route'
import { callApi } from '../../../lib/api.ts'
import { invalidateCaseData } from '../../../lib/case-data.ts'
import { caseRouteKeys } from './get-case-route.ts'

/**
 * Closes the case. The server refuses (409, nothing saved) while a checkpoint that blocks closing is unmet: the
 * household's evaluation, every member's safety picture, a finished meldcode, the objection explained.
 */
export function closeCase(householdId: number, input: CloseCaseInput) {
  return callApi(caseRouteApi.close, { params: { householdId }, body: input })
}

export function useCloseCase(householdId: number) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (input: CloseCaseInput) => closeCase(householdId, input),
    onSuccess: (route) => {
      queryClient.setQueryData<CaseRoute>(caseRouteKeys.detail(householdId), route)
      // Not awaited: the caller's own onSuccess runs first. Lists that show the case's state refetch.
      void invalidateCaseData(queryClient)
    },
    // A refusal says the file changed underneath the page (a picture, the meldcode): show the route as it is now.
    onError: () => void queryClient.invalidateQueries({ queryKey: caseRouteKeys.detail(householdId) }),
  })
}
