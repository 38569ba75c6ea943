import { sql } from 'drizzle-orm'
import type { DbOrTx } from '../../db/client.ts'

/** An open case: a household of the team with a current worker that is not closed. */
const openCase = sql`EXISTS (SELECT 1 FROM case_assignments a WHERE a.household_id = h.id AND a.ended_at IS NULL)
  AND NOT EXISTS (SELECT 1 FROM case_closures cc WHERE cc.household_id = h.id AND cc.reopened_at IS NULL)`

type Ref = { householdId: number; householdName: string; on: string | null }

/** Each worker of the team with their open cases and each case's current phase. */
export function caseloads(db: DbOrTx, teamId: number) {
  return db.all<{
    workerId: number
    name: string
    householdId: number | null
    householdName: string | null
    phase: string | null
  }>(sql`SELECT u.id AS workerId, u.name, h.id AS householdId, h.name AS householdName,
      (SELECT p.phase FROM case_phases p WHERE p.household_id = h.id ORDER BY p.id DESC LIMIT 1) AS phase
    FROM users u
    LEFT JOIN case_assignments a ON a.worker_id = u.id AND a.ended_at IS NULL
    LEFT JOIN households h ON h.id = a.household_id
      AND NOT EXISTS (SELECT 1 FROM case_closures cc WHERE cc.household_id = h.id AND cc.reopened_at IS NULL)
    WHERE u.team_id = ${teamId} AND u.role = 'worker' AND u.active = 1
    ORDER BY u.name, u.id, h.name`)
}

/** Requests without an appointment made whose five days have passed (received before `receivedBefore`). */
export function overdueFirstAppointments(db: DbOrTx, teamId: number, receivedBefore: string): Ref[] {
  return db.all<Ref>(sql`SELECT h.id AS householdId, h.name AS householdName, min(r.received_on) AS "on"
    FROM requests r JOIN households h ON h.id = r.household_id
    WHERE r.team_id = ${teamId} AND r.appointment_made_on IS NULL AND r.status != 'closed'
      AND r.received_on < ${receivedBefore}
    GROUP BY h.id ORDER BY "on", h.id`)
}

/** Open cases with a consent that ends between the two days. */
export function consentsExpiring(db: DbOrTx, teamId: number, from: string, to: string): Ref[] {
  return db.all<Ref>(sql`SELECT h.id AS householdId, h.name AS householdName, min(c.valid_until) AS "on"
    FROM consents c JOIN households h ON h.id = c.household_id
    WHERE h.team_id = ${teamId} AND c.withdrawn_at IS NULL AND c.valid_until BETWEEN ${from} AND ${to} AND ${openCase}
    GROUP BY h.id ORDER BY "on", h.id`)
}

/** Open cases without a plan, or whose current plan no member has agreed to. */
export function withoutAgreedPlan(db: DbOrTx, teamId: number): Ref[] {
  return db.all<Ref>(sql`SELECT h.id AS householdId, h.name AS householdName,
      (SELECT max(v.created_at) FROM plan_versions v WHERE v.household_id = h.id) AS "on"
    FROM households h
    WHERE h.team_id = ${teamId} AND ${openCase}
      AND NOT EXISTS (
        SELECT 1 FROM plan_versions v, json_each(v.content, '$.positions') p
        WHERE v.household_id = h.id
          AND v.version = (SELECT max(version) FROM plan_versions v2 WHERE v2.household_id = h.id)
          AND json_extract(p.value, '$.position') = 'agrees')
    ORDER BY h.name, h.id`)
}

/** Open cases whose last logged conversation is before `before` (or that have none); `on` is the last contact. */
export function noContactSince(db: DbOrTx, teamId: number, before: string): Ref[] {
  return db.all<Ref>(sql`SELECT householdId, householdName, lastContact AS "on" FROM (
      SELECT h.id AS householdId, h.name AS householdName,
        (SELECT max(c.occurred_at) FROM conversations c WHERE c.household_id = h.id) AS lastContact
      FROM households h WHERE h.team_id = ${teamId} AND ${openCase})
    WHERE lastContact IS NULL OR lastContact < ${before}
    ORDER BY lastContact IS NOT NULL, lastContact, householdId`)
}
