import { useMutation, useQueryClient } from '@tanstack/react-query'
import { conversationsApi } from '#shared/contracts/conversations'
import { callApi } from '../../../lib/api.ts'
import { invalidateCaseData } from '../../../lib/case-data.ts'

/** An addendum can always be added, by anyone on the case; the entry itself stays as it was. */
export function addAddendum(householdId: number, conversationId: number, text: string) {
  return callApi(conversationsApi.addAddendum, { params: { householdId, conversationId }, body: { text } })
}

export function useAddAddendum(householdId: number, conversationId: number) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (text: string) => addAddendum(householdId, conversationId, text),
    onSuccess: () => void invalidateCaseData(queryClient),
  })
}
