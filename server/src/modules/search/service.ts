import type { SearchHit, SearchQuery, SearchResult } from '#shared/contracts/search'
import {
  ftsTerms,
  searchTerms,
  searchWords,
  snippetParts,
  type SearchTerm,
} from '#shared/domain/search-query'
import type { Db } from '../../db/client.ts'
import type { RequestContext } from '../../plugins/context.ts'
import { requireAccess } from '../../plugins/access.ts'
import { recordAudit } from '../../plugins/audit.ts'
import { rankByRelevance, snippetOf, type TermWords } from './ranking.ts'
import * as repo from './repo.ts'

/** How many of the most recent matches are ranked. Beyond that a frequent word says little: add a word. */
export const rankedCandidates = 200
/** How many words the beginning of a word may stand for ("sch" stands for its 20 most frequent words). */
const wordsPerPrefix = 20

/**
 * Below this many possible matches, a worker's search filters the matches by their cases in SQL; above it, the
 * scope is part of the FTS5 query. A worker's scope is an OR over one token per household (about 50), which costs
 * FTS5 ~0.3 ms to open whatever the words; filtering costs per match, so it wins for rare words and names and loses
 * badly for frequent ones (npm run bench, 50,000 households). Both return exactly the same hits.
 */
export const filterByCaseBelow = 500

/**
 * Searches conversations and household names within what the searcher may open: a worker their own households,
 * a supervisor their team's. The scope is applied inside the SQL query (as FTS5 scope tokens or as a filter on
 * the worker's cases), so nothing outside it ever leaves the database.
 * The audit records that a search happened, not what was searched for (the terms may be names).
 */
export function search(ctx: RequestContext, query: SearchQuery): SearchResult {
  const actor = requireAccess(ctx, 'search:cases', null, 'search')
  const terms = searchTerms(query.q)
  const workerId = actor.role === 'supervisor' ? null : actor.userId
  const scope =
    workerId === null
      ? `t${actor.teamId ?? 0}`
      : repo
          .assignedHouseholdIds(ctx.db, workerId)
          .map((id) => `h${id}`)
          .join(' OR ')
  let result: SearchResult = { hits: [], nextOffset: null, capped: false }
  const nameTerms = ftsTerms(query.q)
  if (terms.length > 0 && nameTerms && scope) {
    const households = query.offset === 0 ? householdsByName(ctx.db, terms, nameTerms, scope, workerId) : []
    const matched = terms.map((term) => termWords(ctx.db, term))
    const text = `text : (${matched.map((m) => m.expression).join(' AND ')})`
    // Every term must match, so the rarest bounds the matches.
    const fewMatches = Math.min(...matched.map((m) => m.documents)) < filterByCaseBelow
    const candidates =
      workerId !== null && fewMatches
        ? repo.conversationCandidatesOfWorker(ctx.db, text, workerId, rankedCandidates)
        : repo.conversationCandidates(ctx.db, `${text} AND scope : (${scope})`, rankedCandidates)
    const ranked = rankByRelevance(candidates, matched, repo.conversationCount(ctx.db))
    const page = ranked.slice(query.offset, query.offset + query.limit)
    const isMatch = (word: string) => matched.some((m) => m.exact.has(word) || m.expanded.has(word))
    result = {
      hits: [
        ...households.map((h): SearchHit => ({
          kind: 'household',
          householdId: h.id,
          householdName: h.name,
          conversationId: null,
          conversationKind: null,
          occurredAt: null,
          snippet: snippetParts(h.snippet),
        })),
        ...page.map((c): SearchHit => ({
          kind: 'conversation',
          householdId: c.householdId,
          householdName: c.householdName,
          conversationId: c.id,
          conversationKind: c.kind as SearchHit['conversationKind'],
          occurredAt: c.occurredAt,
          snippet: snippetOf(c.text, isMatch),
        })),
      ],
      nextOffset: query.offset + query.limit < ranked.length ? query.offset + query.limit : null,
      capped: candidates.length === rankedCandidates,
    }
  }
  recordAudit(ctx, { operation: 'search' })
  return result
}

/** The five best-matching household names in scope (the first page only). */
function householdsByName(
  db: Db,
  terms: SearchTerm[],
  nameTerms: string,
  scope: string,
  workerId: number | null,
) {
  const name = `name : (${nameTerms})`
  if (workerId === null) return repo.searchHouseholds(db, `${name} AND scope : (${scope})`, 5)
  // Each typed piece matches the beginning of a name word (its first word, for a hyphenated piece): an upper bound.
  const possible = Math.min(
    ...terms.map((term) => repo.householdsWithNameWordsStartingWith(db, term.words[0]!)),
  )
  return possible < filterByCaseBelow
    ? repo.searchHouseholdsOfWorker(db, name, workerId, 5)
    : repo.searchHouseholds(db, `${name} AND scope : (${scope})`, 5)
}

/**
 * A term as an FTS5 expression of exact words. The beginning of a word becomes an OR of the indexed words that
 * begin with it: FTS5 reads those lazily, where its own prefix query ("schuld"*) first reads every match in full.
 */
function termWords(db: Db, term: SearchTerm): TermWords & { expression: string } {
  const quote = (words: string[]) => `"${words.join(' ')}"`
  const typed = term.words[0]!
  if (!term.prefix) {
    return {
      exact: new Set(term.words),
      expanded: new Set(),
      documents: repo.wordDocuments(db, typed),
      expression: quote(term.words),
    }
  }
  const found = repo.wordsStartingWith(db, typed, wordsPerPrefix).filter((w) => w.word !== typed)
  const expanded = found.map((w) => w.word)
  return {
    exact: new Set([typed]),
    expanded: new Set(expanded),
    documents: repo.wordDocuments(db, typed) + found.reduce((sum, w) => sum + w.documents, 0),
    expression: `(${[typed, ...expanded].map((w) => quote([w])).join(' OR ')})`,
  }
}

/** Keeps the word list up to date for a newly written or corrected conversation text. */
export function rememberSearchWords(ctx: RequestContext, text: string) {
  repo.rememberWords(ctx.db, new Set(searchWords(text)))
}

/** After a bulk load that wrote conversations without the services. */
export function rebuildSearchWords(db: Db) {
  repo.rebuildWords(db)
}

/** After conversations were removed (a file deleted under the retention rule): their words go when nothing else holds them. */
export function forgetRemovedWords(db: Db, words: Iterable<string>) {
  repo.refreshWords(db, words)
}

/** Daily, and after a bulk load: keeps the name search fast (see repo). */
export function optimizeSearchIndexes(db: Db) {
  repo.optimizeNameIndex(db)
}
