import { useMutation, useQueryClient } from '@tanstack/react-query'
import { conversationsApi, type CorrectConversationInput } from '#shared/contracts/conversations'
import { callApi } from '../../../lib/api.ts'
import { invalidateCaseData } from '../../../lib/case-data.ts'

/**
 * The author corrects an entry within 24 hours; the server keeps the earlier version. After that it answers 409
 * with a message that an addendum is the way.
 */
export function correctConversation(
  householdId: number,
  conversationId: number,
  input: CorrectConversationInput,
) {
  return callApi(conversationsApi.correct, { params: { householdId, conversationId }, body: input })
}

export function useCorrectConversation(householdId: number, conversationId: number) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (input: CorrectConversationInput) => correctConversation(householdId, conversationId, input),
    onSuccess: () => void invalidateCaseData(queryClient),
    // A 409 means the 24 hours have passed meanwhile: refresh, so the entry offers an addendum instead.
    onError: () => void invalidateCaseData(queryClient),
  })
}
