import { and, eq, isNull, sql } from 'drizzle-orm'
import type { Db, DbOrTx } from '../../db/client.ts'
import { caseAssignments, caseTransfers } from '../../db/schema/index.ts'
import { prepared } from '../../lib/prepared.ts'

export function listUnacknowledged(db: DbOrTx, workerId: number) {
  return db.all<{
    household_id: number
    household_name: string
    safety_flagged_at: string | null
    started_at: string
  }>(
    sql`SELECT a.household_id, h.name AS household_name, h.safety_flagged_at, a.started_at
      FROM case_assignments a JOIN households h ON h.id = a.household_id
      WHERE a.worker_id = ${workerId} AND a.ended_at IS NULL AND a.acknowledged_at IS NULL
      ORDER BY a.started_at`,
  )
}

export function acknowledge(db: DbOrTx, householdId: number, workerId: number, at: string) {
  return db
    .update(caseAssignments)
    .set({ acknowledgedAt: at })
    .where(
      and(
        eq(caseAssignments.householdId, householdId),
        eq(caseAssignments.workerId, workerId),
        isNull(caseAssignments.endedAt),
        isNull(caseAssignments.acknowledgedAt),
      ),
    )
    .run().changes
}

export function endAssignment(db: DbOrTx, householdId: number, workerId: number, at: string) {
  db.update(caseAssignments)
    .set({ endedAt: at })
    .where(
      and(
        eq(caseAssignments.householdId, householdId),
        eq(caseAssignments.workerId, workerId),
        isNull(caseAssignments.endedAt),
      ),
    )
    .run()
}

export function startAssignment(db: DbOrTx, values: typeof caseAssignments.$inferInsert) {
  db.insert(caseAssignments).values(values).run()
}

export function isAssigned(db: DbOrTx, householdId: number, workerId: number) {
  return (
    db
      .select({ id: caseAssignments.id })
      .from(caseAssignments)
      .where(
        and(
          eq(caseAssignments.householdId, householdId),
          eq(caseAssignments.workerId, workerId),
          isNull(caseAssignments.endedAt),
        ),
      )
      .get() !== undefined
  )
}

export function findWorker(db: DbOrTx, workerId: number) {
  return db.get<{ id: number; name: string; team_id: number | null; role: string; active: number }>(
    sql`SELECT id, name, team_id, role, active FROM users WHERE id = ${workerId}`,
  )
}

export function findHouseholdTeamId(db: DbOrTx, householdId: number) {
  return db.get<{ team_id: number }>(sql`SELECT team_id FROM households WHERE id = ${householdId}`)?.team_id
}

export type TransferRow = {
  id: number
  household_id: number
  household_name: string
  safety_flagged_at: string | null
  from_worker_id: number
  from_name: string
  to_worker_id: number
  to_name: string
  note: string | null
  status: 'pending' | 'accepted' | 'declined'
  created_at: string
  decided_at: string | null
}

const transferSelectSql = `SELECT t.*, h.name AS household_name, h.safety_flagged_at, f.name AS from_name, tw.name AS to_name
  FROM case_transfers t JOIN households h ON h.id = t.household_id
  JOIN users f ON f.id = t.from_worker_id JOIN users tw ON tw.id = t.to_worker_id`
const transferSelect = sql.raw(transferSelectSql)

export function findTransfer(db: DbOrTx, transferId: number) {
  return db.get<TransferRow>(sql`${transferSelect} WHERE t.id = ${transferId}`)
}

export function listPendingTransfersTo(db: DbOrTx, workerId: number) {
  return db.all<TransferRow>(
    sql`${transferSelect} WHERE t.to_worker_id = ${workerId} AND t.status = 'pending' ORDER BY t.created_at`,
  )
}

export function findPendingTransfer(db: DbOrTx, householdId: number, fromWorkerId: number) {
  return db.get<{ id: number }>(
    sql`SELECT id FROM case_transfers WHERE household_id = ${householdId} AND from_worker_id = ${fromWorkerId} AND status = 'pending'`,
  )
}

export function insertTransfer(db: DbOrTx, values: typeof caseTransfers.$inferInsert) {
  return db.insert(caseTransfers).values(values).returning({ id: caseTransfers.id }).get()
}

export function decideTransfer(db: DbOrTx, transferId: number, status: 'accepted' | 'declined', at: string) {
  db.update(caseTransfers).set({ status, decidedAt: at }).where(eq(caseTransfers.id, transferId)).run()
}

/** On every household page: prepared once. */
export function findPendingTransferForHousehold(db: Db, householdId: number) {
  return prepared<[number], TransferRow>(
    db.$client,
    `${transferSelectSql} WHERE t.household_id = ? AND t.status = 'pending' LIMIT 1`,
  ).get(householdId)
}
