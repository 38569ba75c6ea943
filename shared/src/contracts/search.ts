import { z } from 'zod'
import { Id, type RouteSpec } from './common.ts'
import { ConversationKind } from './conversations.ts'

export const SearchQuery = z.strictObject({
  q: z.string().trim().min(1).max(200),
  offset: z.coerce.number().int().min(0).max(1000).default(0),
  limit: z.coerce.number().int().min(1).max(50).default(20),
})
export type SearchQuery = z.infer<typeof SearchQuery>

/** A snippet as parts, so the client marks matches without rendering HTML from the server. */
export const SnippetPart = z.object({ text: z.string(), match: z.boolean() })

export const SearchHit = z.object({
  kind: z.enum(['household', 'conversation']),
  householdId: Id,
  householdName: z.string(),
  conversationId: Id.nullable(),
  conversationKind: ConversationKind.nullable(),
  occurredAt: z.string().nullable(),
  snippet: z.array(SnippetPart),
})
export type SearchHit = z.infer<typeof SearchHit>

export const SearchResult = z.object({
  hits: z.array(SearchHit),
  nextOffset: z.number().int().nullable(),
  /** More entries match than are ranked (the most recent ones are): adding a word narrows the search. */
  capped: z.boolean(),
})
export type SearchResult = z.infer<typeof SearchResult>

export const searchApi = {
  search: { method: 'GET', path: '/api/search', query: SearchQuery, response: SearchResult },
} as const satisfies Record<string, RouteSpec>
