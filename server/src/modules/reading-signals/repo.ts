import { sql } from 'drizzle-orm'
import type { DbOrTx } from '../../db/client.ts'
import { readingSignals } from '../../db/schema/index.ts'

export type SignalRow = {
  id: number
  userId: number
  userName: string
  userEmail: string
  userRole: 'worker' | 'supervisor' | 'household' | 'admin'
  userTeamName: string | null
  detectedAt: string
  householdCount: number
  threshold: number
  reviewedAt: string | null
  reviewedByName: string | null
}

const signalColumns = sql`s.id, s.user_id AS userId, u.name AS userName, u.email AS userEmail, u.role AS userRole,
  t.name AS userTeamName, s.detected_at AS detectedAt, s.household_count AS householdCount, s.threshold,
  s.reviewed_at AS reviewedAt, r.name AS reviewedByName
  FROM reading_signals s JOIN users u ON u.id = s.user_id LEFT JOIN teams t ON t.id = u.team_id
  LEFT JOIN users r ON r.id = s.reviewed_by`

/** The user's newest signal; uses the (user_id, detected_at) index. */
export function latestSignalOf(db: DbOrTx, userId: number) {
  return db.get<{ id: number; detectedAt: string; reviewedAt: string | null } | undefined>(
    sql`SELECT id, detected_at AS detectedAt, reviewed_at AS reviewedAt FROM reading_signals
      WHERE user_id = ${userId} ORDER BY detected_at DESC, id DESC LIMIT 1`,
  )
}

export function insertSignal(db: DbOrTx, values: typeof readingSignals.$inferInsert) {
  db.insert(readingSignals).values(values).run()
}

/** The count only goes up while the signal is open. */
export function raiseCount(db: DbOrTx, signalId: number, householdCount: number) {
  db.run(sql`UPDATE reading_signals SET household_count = MAX(household_count, ${householdCount})
    WHERE id = ${signalId}`)
}

export function listSignals(db: DbOrTx, limit: number): SignalRow[] {
  return db.all<SignalRow>(sql`SELECT ${signalColumns} ORDER BY s.detected_at DESC, s.id DESC LIMIT ${limit}`)
}

export function findSignal(db: DbOrTx, signalId: number): SignalRow | undefined {
  return db.get<SignalRow | undefined>(sql`SELECT ${signalColumns} WHERE s.id = ${signalId}`)
}

/** Marks the signal seen; false when it already was. */
export function markReviewed(db: DbOrTx, signalId: number, by: number, at: string): boolean {
  const result = db.run(sql`UPDATE reading_signals SET reviewed_at = ${at}, reviewed_by = ${by}
    WHERE id = ${signalId} AND reviewed_at IS NULL`)
  return result.changes > 0
}
