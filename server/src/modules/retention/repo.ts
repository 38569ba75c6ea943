import type Database from 'better-sqlite3'
import type { Db } from '../../db/client.ts'
import { prepared } from '../../lib/prepared.ts'

export type FileFacts = { id: number; createdAt: string; lastChangedAt: string }

export function findFile(db: Db, householdId: number): FileFacts | undefined {
  return prepared<[number], FileFacts>(
    db.$client,
    'SELECT id, created_at AS createdAt, last_changed_at AS lastChangedAt FROM households WHERE id = ?',
  ).get(householdId)
}

/** Files whose last change lies before `before` (a date or instant prefix): the daily job's candidates. */
export function filesChangedBefore(db: Db, before: string): FileFacts[] {
  return prepared<[string], FileFacts>(
    db.$client,
    `SELECT id, created_at AS createdAt, last_changed_at AS lastChangedAt FROM households
     WHERE last_changed_at < ? ORDER BY id`,
  ).all(before)
}

/** The birthdates of everyone who was ever a member, per household (persons are never removed from a file). */
export function birthdatesOf(db: Db, householdIds: readonly number[]): Map<number, string[]> {
  const rows = prepared<[string], { householdId: number; birthdate: string }>(
    db.$client,
    `SELECT household_id AS householdId, birthdate FROM persons
     WHERE household_id IN (SELECT value FROM json_each(?))`,
  ).all(JSON.stringify(householdIds))
  const result = new Map<number, string[]>()
  for (const row of rows) {
    const list = result.get(row.householdId)
    if (list) list.push(row.birthdate)
    else result.set(row.householdId, [row.birthdate])
  }
  return result
}

export type DueRow = { householdId: number; retentionDate: string; listedAt: string }

export function listDueRows(db: Db): DueRow[] {
  return prepared<[], DueRow>(
    db.$client,
    `SELECT household_id AS householdId, retention_date AS retentionDate, listed_at AS listedAt
     FROM retention_due ORDER BY retention_date, household_id`,
  ).all()
}

export function findDue(db: Db, householdId: number): DueRow | undefined {
  return prepared<[number], DueRow>(
    db.$client,
    `SELECT household_id AS householdId, retention_date AS retentionDate, listed_at AS listedAt
     FROM retention_due WHERE household_id = ?`,
  ).get(householdId)
}

/** Lists a file as due; one listed before keeps its original listed_at. Runs in the caller's transaction. */
export function upsertDue(db: Db, householdId: number, date: string, listedAt: string) {
  prepared(
    db.$client,
    `INSERT INTO retention_due (household_id, retention_date, listed_at) VALUES (?, ?, ?)
     ON CONFLICT (household_id) DO UPDATE SET retention_date = excluded.retention_date`,
  ).run(householdId, date, listedAt)
}

export function removeDue(db: Db, householdId: number) {
  prepared(db.$client, 'DELETE FROM retention_due WHERE household_id = ?').run(householdId)
}

export type DueFileRow = {
  householdId: number
  teamName: string
  neighbourhoodName: string
  createdAt: string
  lastChangedAt: string
  retentionDate: string
  listedAt: string
}

/** The due list for the administrator: where a file belongs, never who is in it (no names, no members). */
export function listDueFiles(db: Db): DueFileRow[] {
  return prepared<[], DueFileRow>(
    db.$client,
    `SELECT d.household_id AS householdId, t.name AS teamName, n.name AS neighbourhoodName,
       h.created_at AS createdAt, h.last_changed_at AS lastChangedAt, d.retention_date AS retentionDate,
       d.listed_at AS listedAt
     FROM retention_due d
     JOIN households h ON h.id = d.household_id
     JOIN teams t ON t.id = h.team_id
     JOIN neighbourhoods n ON n.id = h.neighbourhood_id
     ORDER BY d.retention_date, d.household_id`,
  ).all()
}

// ── The daily job's bookkeeping ──────────────────────────────────────────────────────────────────────────────

const lastRunKey = 'retention.lastRunAt'

export function lastRunAt(db: Db): string | null {
  return (
    prepared<[string], { value: string }>(db.$client, 'SELECT value FROM settings WHERE key = ?').get(
      lastRunKey,
    )?.value ?? null
  )
}

export function setLastRunAt(db: Db, at: string) {
  prepared(
    db.$client,
    `INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value`,
  ).run(lastRunKey, at)
}

// ── Audit events of deleted files ────────────────────────────────────────────────────────────────────────────

/**
 * Household ids that audit events name but that no longer exist (their file was deleted). Walks the distinct
 * ids of the (household_id, id) index by seeking from one to the next, so millions of events cost one seek per
 * household instead of a scan.
 */
export function vanishedHouseholdIds(db: Db): number[] {
  return prepared<[], { id: number }>(
    db.$client,
    `WITH RECURSIVE ids(id) AS (
       SELECT min(household_id) FROM audit_events WHERE household_id IS NOT NULL
       UNION ALL
       SELECT (SELECT min(household_id) FROM audit_events WHERE household_id > ids.id) FROM ids WHERE ids.id IS NOT NULL
     )
     SELECT id FROM ids WHERE id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM households h WHERE h.id = ids.id)`,
  )
    .all()
    .map((r) => r.id)
}

export type AuditStub = { id: number; at: string; prevHash: string; hash: string }

export function auditEventsAbout(db: Db, householdId: number, atOrBefore: string): AuditStub[] {
  return prepared<[number, string], AuditStub>(
    db.$client,
    `SELECT id, at, prev_hash AS prevHash, hash FROM audit_events WHERE household_id = ? AND at <= ? ORDER BY id`,
  ).all(householdId, atOrBefore)
}

export function newestAuditId(db: Db): number | null {
  return (
    prepared<[], { id: number | null }>(db.$client, 'SELECT max(id) AS id FROM audit_events').get()?.id ??
    null
  )
}

/**
 * Removes one audit event under the retention rule: its id and hashes go to audit_pruned first, which is exactly
 * what the delete trigger on audit_events demands. Runs in the caller's transaction.
 */
export function pruneAuditEvent(db: Db, event: AuditStub, prunedAt: string) {
  prepared(db.$client, 'INSERT INTO audit_pruned (id, prev_hash, hash, pruned_at) VALUES (?, ?, ?, ?)').run(
    event.id,
    event.prevHash,
    event.hash,
    prunedAt,
  )
  prepared(db.$client, 'DELETE FROM audit_events WHERE id = ?').run(event.id)
}

// ── Deleting a file for good ─────────────────────────────────────────────────────────────────────────────────

type ForeignKey = { child: string; column: string; parent: string; parentColumn: string }

const graphs = new WeakMap<Database.Database, ForeignKey[]>()
const quote = (name: string) => `"${name.replaceAll('"', '""')}"`

/**
 * Every single-column foreign key between the database's tables, read from the schema itself (PRAGMA
 * foreign_key_list), so a table added by a later migration is covered without touching this code.
 */
function foreignKeys(client: Database.Database): ForeignKey[] {
  let graph = graphs.get(client)
  if (graph) return graph
  graph = []
  const tables = client
    .prepare(
      `SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'
       AND sql NOT LIKE 'CREATE VIRTUAL TABLE%'`,
    )
    .all() as { name: string }[]
  for (const { name } of tables) {
    const rows = client.prepare('SELECT * FROM pragma_foreign_key_list(?)').all(name) as {
      id: number
      table: string
      from: string
      to: string | null
    }[]
    for (const row of rows) {
      if (rows.filter((r) => r.id === row.id).length > 1)
        throw new Error(`Retention deletion does not handle the composite foreign key of ${name}`)
      graph.push({ child: name, column: row.from, parent: row.table, parentColumn: row.to ?? 'rowid' })
    }
  }
  graphs.set(client, graph)
  return graph
}

/**
 * Every row that belongs to the file: the household row, then transitively every row that references a row
 * already found through a foreign key (persons of the household, their log-in users, those users' sessions and
 * codes, requests, conversations and their versions, analyses and their cells, sharing events, signals, ...).
 * Only child rows are followed, never parents, so teams, neighbourhoods, catalogues and staff users are never
 * reached. Returns rowids per table.
 */
export function rowsOfFile(db: Db, householdId: number): Map<string, number[]> {
  const client = db.$client
  const graph = foreignKeys(client)
  const found = new Map<string, Set<number>>([['households', new Set([householdId])]])
  const queue: [string, number[]][] = [['households', [householdId]]]
  while (queue.length > 0) {
    const [parent, rowids] = queue.shift()!
    for (const fk of graph.filter((k) => k.parent === parent)) {
      const children = client
        .prepare(
          `SELECT c.rowid AS r FROM ${quote(fk.child)} c WHERE c.${quote(fk.column)} IN (
             SELECT p.${quote(fk.parentColumn)} FROM ${quote(parent)} p WHERE p.rowid IN (SELECT value FROM json_each(?)))`,
        )
        .pluck()
        .all(JSON.stringify(rowids)) as number[]
      let seen = found.get(fk.child)
      if (!seen) found.set(fk.child, (seen = new Set()))
      const fresh = children.filter((r) => !seen.has(r))
      for (const r of fresh) seen.add(r)
      if (fresh.length > 0) queue.push([fk.child, fresh])
    }
  }
  return new Map([...found].filter(([, rows]) => rows.size > 0).map(([table, rows]) => [table, [...rows]]))
}

/**
 * The order to delete in: a table only after every table whose rows reference it (children before parents), so
 * each DELETE leaves no dangling reference. This also keeps `households` last, which the FTS delete trigger on
 * conversations needs: it reads the household's team to remove the right index entry.
 */
export function deletionOrder(db: Db, tables: Iterable<string>): string[] {
  const graph = foreignKeys(db.$client)
  const remaining = new Set(tables)
  const order: string[] = []
  while (remaining.size > 0) {
    const next = [...remaining].find(
      (table) => !graph.some((k) => k.parent === table && k.child !== table && remaining.has(k.child)),
    )
    // A cycle between tables would need deferred constraints; the schema has none, so fail loudly instead.
    if (next === undefined) throw new Error(`Foreign keys form a cycle among ${[...remaining].join(', ')}`)
    order.push(next)
    remaining.delete(next)
  }
  return order
}

export function deleteRows(db: Db, table: string, rowids: readonly number[]) {
  db.$client
    .prepare(`DELETE FROM ${quote(table)} WHERE rowid IN (SELECT value FROM json_each(?))`)
    .run(JSON.stringify(rowids))
}

/** Texts that went into the conversations' word list: current texts and the earlier versions of corrected ones. */
export function conversationTexts(db: Db, rows: Map<string, number[]>): string[] {
  const texts: string[] = []
  for (const table of ['conversations', 'conversation_versions']) {
    const rowids = rows.get(table)
    if (!rowids) continue
    texts.push(
      ...(db.$client
        .prepare(`SELECT text FROM ${quote(table)} WHERE rowid IN (SELECT value FROM json_each(?))`)
        .pluck()
        .all(JSON.stringify(rowids)) as string[]),
    )
  }
  return texts
}
