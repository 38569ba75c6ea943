import { sql } from 'drizzle-orm'
import type { DbOrTx } from '../../db/client.ts'

export function assignedHouseholdIds(db: DbOrTx, workerId: number): number[] {
  return db
    .all<{ household_id: number }>(
      sql`SELECT household_id FROM case_assignments WHERE worker_id = ${workerId} AND ended_at IS NULL`,
    )
    .map((r) => r.household_id)
}

export function searchHouseholds(db: DbOrTx, match: string, limit: number) {
  return db.all<{ id: number; name: string; snippet: string }>(
    sql`SELECT h.id, h.name, highlight(households_fts, 0, char(2), char(3)) AS snippet
      FROM households_fts JOIN households h ON h.id = households_fts.rowid
      WHERE households_fts MATCH ${match}
      ORDER BY bm25(households_fts, 1.0, 0.0) LIMIT ${limit}`,
  )
}

export function searchConversations(db: DbOrTx, match: string, limit: number, offset: number) {
  return db.all<{
    id: number
    household_id: number
    household_name: string
    occurred_at: string
    snippet: string
  }>(
    sql`SELECT c.id, c.household_id, h.name AS household_name, c.occurred_at,
        snippet(conversations_fts, 0, char(2), char(3), '…', 14) AS snippet
      FROM conversations_fts
      JOIN conversations c ON c.id = conversations_fts.rowid
      JOIN households h ON h.id = c.household_id
      WHERE conversations_fts MATCH ${match}
      ORDER BY bm25(conversations_fts, 1.0, 0.0), c.id DESC LIMIT ${limit} OFFSET ${offset}`,
  )
}
