import { sql } from 'drizzle-orm'
import type { DbOrTx } from '../../db/client.ts'
import { casePhases, checkIns } from '../../db/schema/index.ts'

export type PhaseRow = {
  phase: 'active' | 'pulse' | 'background'
  since: string
  intervalDays: number | null
  ownContactMoment: string
  reason: string
  by: string
}

export function listPhases(db: DbOrTx, householdId: number): PhaseRow[] {
  return db.all<PhaseRow>(sql`SELECT p.phase, p.set_at AS since, p.interval_days AS intervalDays,
      p.own_contact_moment AS ownContactMoment, p.reason, u.name AS by
    FROM case_phases p JOIN users u ON u.id = p.set_by WHERE p.household_id = ${householdId} ORDER BY p.id DESC`)
}

export function insertPhase(db: DbOrTx, values: typeof casePhases.$inferInsert) {
  db.insert(casePhases).values(values).run()
}

export function listCheckIns(db: DbOrTx, householdId: number) {
  return db.all<{
    id: number
    on: string
    how: 'visit' | 'phone' | 'message' | 'household'
    note: string
    by: string
  }>(
    sql`SELECT c.id, c.checked_on AS "on", c.how, c.note, u.name AS by
      FROM check_ins c JOIN users u ON u.id = c.recorded_by
      WHERE c.household_id = ${householdId} ORDER BY c.checked_on DESC, c.id DESC`,
  )
}

export function insertCheckIn(db: DbOrTx, values: typeof checkIns.$inferInsert) {
  return db.insert(checkIns).values(values).returning({ id: checkIns.id }).get().id
}

export function listClosures(db: DbOrTx, householdId: number) {
  return db.all<{
    id: number
    closedOn: string
    reason: string
    evaluatedOn: string
    evaluation: string
    by: string
    reopenedAt: string | null
    reopenedBy: string | null
    reopenReason: string | null
  }>(sql`SELECT c.id, c.closed_on AS closedOn, c.reason, c.evaluated_on AS evaluatedOn, c.evaluation, u.name AS by,
      c.reopened_at AS reopenedAt, r.name AS reopenedBy, c.reopen_reason AS reopenReason
    FROM case_closures c JOIN users u ON u.id = c.closed_by LEFT JOIN users r ON r.id = c.reopened_by
    WHERE c.household_id = ${householdId} ORDER BY c.id DESC`)
}

export function markReopened(db: DbOrTx, closureId: number, by: number, at: string, reason: string) {
  db.run(sql`UPDATE case_closures SET reopened_at = ${at}, reopened_by = ${by}, reopen_reason = ${reason}
    WHERE id = ${closureId}`)
}

/**
 * Scaled-down, open cases with their current phase, interval and the day counting starts from (the newest of the
 * phase change and the last check-in), for the given households' filter.
 */
export function scaledDownCases(db: DbOrTx, filter: { workerId: number } | { teamId: number }) {
  const scope =
    'workerId' in filter
      ? sql`h.id IN (SELECT household_id FROM case_assignments WHERE worker_id = ${filter.workerId} AND ended_at IS NULL)`
      : sql`h.team_id = ${filter.teamId}`
  return db.all<{
    householdId: number
    householdName: string
    phase: 'pulse' | 'background'
    intervalDays: number
    phaseSince: string
    lastCheckIn: string | null
  }>(sql`SELECT h.id AS householdId, h.name AS householdName, p.phase, p.interval_days AS intervalDays,
      p.set_at AS phaseSince,
      (SELECT max(checked_on) FROM check_ins c WHERE c.household_id = h.id) AS lastCheckIn
    FROM households h JOIN case_phases p ON p.id = (SELECT max(id) FROM case_phases p2 WHERE p2.household_id = h.id)
    WHERE ${scope} AND p.phase <> 'active'
      AND NOT EXISTS (SELECT 1 FROM case_closures cc WHERE cc.household_id = h.id AND cc.reopened_at IS NULL)
    ORDER BY h.name, h.id`)
}
