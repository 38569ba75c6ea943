import type { SearchQuery, SearchResult } from '#shared/contracts/search'
import { ftsTerms, snippetParts } from '#shared/domain/search-query'
import type { RequestContext } from '../../plugins/context.ts'
import { requireAccess } from '../../plugins/access.ts'
import { recordAudit } from '../../plugins/audit.ts'
import * as repo from './repo.ts'

/**
 * Searches conversations and household names within what the searcher may open: a worker their own households,
 * a supervisor their team's. The scope is part of the FTS5 query itself, so nothing outside it is ever read.
 * The audit records that a search happened, not what was searched for (the terms may be names).
 */
export function search(ctx: RequestContext, query: SearchQuery): SearchResult {
  const actor = requireAccess(ctx, 'search:cases', null, 'search')
  const terms = ftsTerms(query.q)
  const scope =
    actor.role === 'supervisor'
      ? `t${actor.teamId ?? 0}`
      : repo
          .assignedHouseholdIds(ctx.db, actor.userId)
          .map((id) => `h${id}`)
          .join(' OR ')
  let result: SearchResult = { hits: [], nextOffset: null }
  if (terms && scope) {
    const households =
      query.offset === 0 ? repo.searchHouseholds(ctx.db, `name : (${terms}) AND scope : (${scope})`, 5) : []
    const conversations = repo.searchConversations(
      ctx.db,
      `text : (${terms}) AND scope : (${scope})`,
      query.limit,
      query.offset,
    )
    result = {
      hits: [
        ...households.map((h) => ({
          kind: 'household' as const,
          householdId: h.id,
          householdName: h.name,
          conversationId: null,
          occurredAt: null,
          snippet: snippetParts(h.snippet),
        })),
        ...conversations.map((c) => ({
          kind: 'conversation' as const,
          householdId: c.household_id,
          householdName: c.household_name,
          conversationId: c.id,
          occurredAt: c.occurred_at,
          snippet: snippetParts(c.snippet),
        })),
      ],
      nextOffset: conversations.length === query.limit ? query.offset + query.limit : null,
    }
  }
  recordAudit(ctx, { operation: 'search' })
  return result
}
