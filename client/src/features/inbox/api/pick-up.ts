import { useMutation, useQueryClient } from '@tanstack/react-query'
import { requestsApi } from '#shared/contracts/requests'
import { callApi } from '../../../lib/api.ts'
import { invalidateCaseData } from '../../../lib/case-data.ts'
import { inboxKeys } from './get-inbox.ts'

/** Picking up a case is one action; the reply is the inbox without it. */
export function pickUp(householdId: number) {
  return callApi(requestsApi.pickUp, { params: { householdId }, body: {} })
}

export function usePickUp() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: pickUp,
    onSuccess: async (inbox) => {
      await invalidateCaseData(queryClient)
      queryClient.setQueryData(inboxKeys.all, inbox)
    },
  })
}
