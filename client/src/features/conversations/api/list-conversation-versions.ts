import { queryOptions, useQuery } from '@tanstack/react-query'
import { conversationsApi } from '#shared/contracts/conversations'
import { callApi } from '../../../lib/api.ts'
import { conversationKeys } from './list-conversations.ts'

/** The earlier versions of a corrected entry, each as it read before it was replaced. */
export function listConversationVersions(householdId: number, conversationId: number) {
  return callApi(conversationsApi.versions, { params: { householdId, conversationId } })
}

export function conversationVersionsQueryOptions(householdId: number, conversationId: number) {
  return queryOptions({
    queryKey: conversationKeys.versions(householdId, conversationId),
    queryFn: () => listConversationVersions(householdId, conversationId),
  })
}

export function useConversationVersions(householdId: number, conversationId: number) {
  return useQuery(conversationVersionsQueryOptions(householdId, conversationId))
}
