import { useMutation, useQueryClient } from '@tanstack/react-query'
import { conversationsApi, type LogConversationInput } from '#shared/contracts/conversations'
import { callApi } from '../../../lib/api.ts'
import { invalidateCaseData } from '../../../lib/case-data.ts'

/** Logs a conversation in one step; the time defaults to now on the server when left out. */
export function logConversation(householdId: number, input: LogConversationInput) {
  return callApi(conversationsApi.log, { params: { householdId }, body: input })
}

/** The new entry shows in the log and in search results, so every case list is marked stale. */
export function useLogConversation(householdId: number) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (input: LogConversationInput) => logConversation(householdId, input),
    onSuccess: () => void invalidateCaseData(queryClient),
  })
}
