import { infiniteQueryOptions, useInfiniteQuery } from '@tanstack/react-query'
import { conversationsApi, type ConversationKind } from '#shared/contracts/conversations'
import { callApi } from '../../../lib/api.ts'

export type ConversationFilter = { kind?: ConversationKind; domainId?: number }

export const conversationKeys = {
  all: ['conversations'] as const,
  lists: (householdId: number) => [...conversationKeys.all, 'list', householdId] as const,
  list: (householdId: number, filter: ConversationFilter) =>
    [...conversationKeys.lists(householdId), filter] as const,
  versions: (householdId: number, conversationId: number) =>
    [...conversationKeys.all, 'versions', householdId, conversationId] as const,
}

/** One keyset page of the household's conversations, newest first. */
export function listConversations(householdId: number, filter: ConversationFilter, cursor?: string) {
  return callApi(conversationsApi.list, {
    params: { householdId },
    query: { kind: filter.kind, domainId: filter.domainId, cursor },
  })
}

export function conversationListQueryOptions(householdId: number, filter: ConversationFilter) {
  return infiniteQueryOptions({
    queryKey: conversationKeys.list(householdId, filter),
    queryFn: ({ pageParam }) => listConversations(householdId, filter, pageParam),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (lastPage) => lastPage.nextCursor ?? undefined,
  })
}

export function useConversationList(householdId: number, filter: ConversationFilter) {
  return useInfiniteQuery(conversationListQueryOptions(householdId, filter))
}
