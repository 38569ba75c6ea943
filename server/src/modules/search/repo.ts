import type { Db } from '../../db/client.ts'
import { prepared } from '../../lib/prepared.ts'

export function assignedHouseholdIds(db: Db, workerId: number): number[] {
  return prepared<[number], { household_id: number }>(
    db.$client,
    'SELECT household_id FROM case_assignments WHERE worker_id = ? AND ended_at IS NULL',
  )
    .all(workerId)
    .map((r) => r.household_id)
}

const householdHitColumns = `SELECT h.id, h.name, highlight(households_fts, 0, char(2), char(3)) AS snippet
  FROM households_fts JOIN households h ON h.id = households_fts.rowid`
// The scope column has weight 0: the rank is the name's alone, whichever way the scope is applied.
const byNameRank = 'ORDER BY bm25(households_fts, 1.0, 0.0) LIMIT ?'
const ofWorker = 'IN (SELECT household_id FROM case_assignments WHERE worker_id = ? AND ended_at IS NULL)'

export type HouseholdHit = { id: number; name: string; snippet: string }

/** Households whose name matches; `match` holds the scope (an FTS5 expression over the name and scope columns). */
export function searchHouseholds(db: Db, match: string, limit: number): HouseholdHit[] {
  return prepared<[string, number], HouseholdHit>(
    db.$client,
    `${householdHitColumns} WHERE households_fts MATCH ? ${byNameRank}`,
  ).all(match, limit)
}

/** The same, for a name matched in few households: the worker's own cases filter the matches. */
export function searchHouseholdsOfWorker(db: Db, nameMatch: string, workerId: number, limit: number) {
  return prepared<[string, number, number], HouseholdHit>(
    db.$client,
    `${householdHitColumns} WHERE households_fts MATCH ? AND h.id ${ofWorker} ${byNameRank}`,
  ).all(nameMatch, workerId, limit)
}

const nameWordsReady = new WeakSet<object>()

/**
 * At most how many households have a name word that begins with `prefix` (an upper bound: a household counted
 * once per matching word). Read from an fts5vocab view of the name index, made once per connection.
 */
export function householdsWithNameWordsStartingWith(db: Db, prefix: string): number {
  if (!nameWordsReady.has(db.$client)) {
    db.$client.exec(
      "CREATE VIRTUAL TABLE IF NOT EXISTS temp.household_name_words USING fts5vocab(main, 'households_fts', 'col')",
    )
    nameWordsReady.add(db.$client)
  }
  return (
    prepared<[string, string], { n: number | null }>(
      db.$client,
      `SELECT sum(doc) AS n FROM temp.household_name_words WHERE term >= ? AND term < ? AND col = 'name'`,
    ).get(prefix, `${prefix}\u{10FFFF}`)?.n ?? 0
  )
}

/** Up to `limit` indexed words that begin with `prefix`, the most frequent first. */
export function wordsStartingWith(db: Db, prefix: string, limit: number) {
  return prepared<[string, string, number], { word: string; documents: number }>(
    db.$client,
    // Every word that begins with the prefix sorts between the prefix and the prefix followed by U+10FFFF.
    `SELECT word, documents FROM search_words WHERE word >= ? AND word < ? ORDER BY documents DESC LIMIT ?`,
  ).all(prefix, `${prefix}\u{10FFFF}`, limit)
}

export function wordDocuments(db: Db, word: string): number {
  return (
    prepared<[string], { documents: number }>(
      db.$client,
      'SELECT documents FROM search_words WHERE word = ?',
    ).get(word)?.documents ?? 0
  )
}

/** About how many conversations there are (the highest id: counting two million rows would take a while). */
export function conversationCount(db: Db): number {
  return (
    prepared<[], { n: number | null }>(db.$client, 'SELECT max(id) AS n FROM conversations').get()?.n ?? 0
  )
}

export type ConversationCandidate = {
  id: number
  householdId: number
  householdName: string
  occurredAt: string
  kind: string
  text: string
}

const candidateColumns = `SELECT c.id, c.household_id AS householdId, h.name AS householdName,
    c.occurred_at AS occurredAt, c.kind, c.text
  FROM conversations_fts f
  JOIN conversations c ON c.id = f.rowid
  JOIN households h ON h.id = c.household_id`
const newestFirst = 'ORDER BY f.rowid DESC LIMIT ?'

/**
 * The most recently logged conversations that match, at most `limit`. Ordered by rowid, FTS5 walks the term and
 * scope lists together and stops after `limit` matches, instead of reading every entry with a frequent word.
 */
export function conversationCandidates(db: Db, match: string, limit: number): ConversationCandidate[] {
  return prepared<[string, number], ConversationCandidate>(
    db.$client,
    `${candidateColumns} WHERE conversations_fts MATCH ? ${newestFirst}`,
  ).all(match, limit)
}

/** The same, for words in few conversations: the worker's own cases filter the matches. */
export function conversationCandidatesOfWorker(db: Db, textMatch: string, workerId: number, limit: number) {
  return prepared<[string, number, number], ConversationCandidate>(
    db.$client,
    `${candidateColumns} WHERE conversations_fts MATCH ? AND c.household_id ${ofWorker} ${newestFirst}`,
  ).all(textMatch, workerId, limit)
}

const rememberSql = `INSERT INTO search_words (word, documents) VALUES (?, 1)
  ON CONFLICT (word) DO UPDATE SET documents = documents + 1`

/** Counts the distinct words of a newly written text. Runs in the caller's transaction. */
export function rememberWords(db: Db, words: Iterable<string>) {
  const statement = prepared<[string]>(db.$client, rememberSql)
  for (const word of words) statement.run(word)
}

/** Rebuilds the word list from the full-text index itself (after a bulk load that bypassed the services). */
/**
 * Merges the name index's segments into one. Triggers fill it a row at a time, which leaves many small segments;
 * a worker's scoped name search reads every one of them (on 50,000 households a rare name went from 4.1 to 1.6 ms).
 */
export function optimizeNameIndex(db: Db) {
  db.$client.exec("INSERT INTO households_fts (households_fts) VALUES ('optimize')")
}

export function rebuildWords(db: Db) {
  db.$client.transaction(() => {
    db.$client.exec('DELETE FROM search_words')
    db.$client.exec(`INSERT INTO search_words (word, documents)
      SELECT term, doc FROM conversations_fts_words WHERE col = 'text'`)
  })()
}

/**
 * Brings the word list (search_words, migration 0006) in line with the full-text index for the
 * given words, after conversations were removed: a word no conversation holds any more is no longer suggested.
 * The count comes from the index itself (fts5vocab looks one term up directly). Runs in the caller's transaction.
 */
export function refreshWords(db: Db, words: Iterable<string>) {
  const count = prepared<[string], { doc: number }>(
    db.$client,
    `SELECT doc FROM conversations_fts_words WHERE term = ? AND col = 'text'`,
  )
  const update = prepared(db.$client, 'UPDATE search_words SET documents = ? WHERE word = ?')
  const remove = prepared(db.$client, 'DELETE FROM search_words WHERE word = ?')
  for (const word of words) {
    const documents = count.get(word)?.doc ?? 0
    if (documents > 0) update.run(documents, word)
    else remove.run(word)
  }
}
