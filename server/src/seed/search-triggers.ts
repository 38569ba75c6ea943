import { readFileSync } from 'node:fs'
import type { Db } from '../db/client.ts'
import { fromProjectRoot } from '../lib/project-root.ts'
import { rebuildSearchWords } from '../modules/search/service.ts'

/**
 * The bulk seed loads millions of conversations without the triggers that keep `conversations_fts` in step: a
 * trigger writes every row into the full-text index as a statement of its own, which made 400,000 rows take four
 * minutes instead of seconds. The seed drops the triggers, fills the index afterwards from the migration's own
 * view, and puts the triggers back. Their SQL is read from the migration file, so it lives in one place only.
 */

const migration = fromProjectRoot('migrations/0004_search_and_life_domains.sql')

/** The triggers on `conversations` that write to its full-text index. */
const triggerNames = ['conversations_fts_insert', 'conversations_fts_update', 'conversations_fts_delete']

export function conversationTriggerSql(): { name: string; sql: string }[] {
  const statements = readFileSync(migration, 'utf8')
    .split('--> statement-breakpoint')
    .map((s) => s.trim())
  return triggerNames.map((name) => {
    const statement = statements.find((s) => s.includes(`CREATE TRIGGER \`${name}\``))
    if (!statement) throw new Error(`search-triggers: no trigger ${name} in ${migration}`)
    // Comment lines before the statement belong to the migration, not to the trigger.
    const sql = statement.slice(statement.indexOf('CREATE TRIGGER'))
    return { name, sql }
  })
}

/**
 * Runs `load` without the conversation triggers, then indexes every conversation through the view the
 * migration defines and recreates the triggers (also when the load fails; the index is rebuilt then). Expects
 * no conversations yet.
 */
export async function withoutSearchTriggers(
  db: Db,
  load: () => Promise<void>,
  onIndexProgress?: (done: number, total: number) => void,
): Promise<void> {
  const raw = db.$client
  const triggers = conversationTriggerSql()
  const { n } = raw.prepare('SELECT count(*) AS n FROM conversations').get() as { n: number }
  if (n > 0) throw new Error('withoutSearchTriggers: expects a database without conversations')
  raw.transaction(() => {
    for (const t of triggers) raw.exec(`DROP TRIGGER IF EXISTS ${t.name}`)
  })()
  let indexed = false
  try {
    await load()
    // In slices rather than one 'rebuild', so a progress line can move; the result is the same index.
    const { max } = raw.prepare('SELECT coalesce(max(id), 0) AS max FROM conversations').get() as {
      max: number
    }
    const index = raw.prepare(
      `INSERT INTO conversations_fts (rowid, text, scope)
       SELECT id, text, scope FROM conversations_search_source WHERE id > ? AND id <= ?`,
    )
    const slice = 100_000
    for (let from = 0; from < max; from += slice) {
      raw.transaction(() => index.run(from, from + slice))()
      onIndexProgress?.(Math.min(max, from + slice), max)
      await new Promise((resolve) => setImmediate(resolve))
    }
    // One segment instead of a dozen: every term lookup in a search reads each segment's b-tree.
    raw.exec(`INSERT INTO conversations_fts (conversations_fts) VALUES ('optimize')`)
    rebuildSearchWords(db)
    indexed = true
  } finally {
    raw.transaction(() => {
      // After a failed load, whatever was written still gets indexed: a content table and an index that
      // disagree make later deletes fail.
      if (!indexed) raw.exec(`INSERT INTO conversations_fts (conversations_fts) VALUES ('rebuild')`)
      for (const t of triggers) raw.exec(t.sql)
    })()
  }
}
