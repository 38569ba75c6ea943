import { sql, type SQL } from 'drizzle-orm'
import type { DbOrTx } from '../../db/client.ts'
import { caseReflections } from '../../db/schema/index.ts'

export type ReflectionRow = {
  id: number
  householdId: number
  householdName: string
  question: string
  requestedBy: string
  requestedAt: string
  heldOn: string | null
  participants: string | null
  considerations: string | null
  counterArguments: string | null
  advice: string | null
  followUp: string | null
  recordedBy: string | null
}

function listWhere(db: DbOrTx, where: SQL): ReflectionRow[] {
  return db.all<ReflectionRow>(sql`SELECT r.id, r.household_id AS householdId, h.name AS householdName, r.question,
      q.name AS requestedBy, r.requested_at AS requestedAt, r.held_on AS heldOn, r.participants, r.considerations,
      r.counter_arguments AS counterArguments, r.advice, r.follow_up AS followUp, w.name AS recordedBy
    FROM case_reflections r JOIN households h ON h.id = r.household_id JOIN users q ON q.id = r.requested_by
    LEFT JOIN users w ON w.id = r.recorded_by
    WHERE ${where} ORDER BY r.held_on IS NOT NULL, coalesce(r.held_on, r.requested_at) DESC, r.id DESC`)
}

export const listForHousehold = (db: DbOrTx, householdId: number) =>
  listWhere(db, sql`r.household_id = ${householdId}`)

/** The team's reflections: asked for and not yet held first, then held ones, newest first. */
export const listForTeam = (db: DbOrTx, teamId: number) => listWhere(db, sql`r.team_id = ${teamId}`)

export function insertReflection(db: DbOrTx, values: typeof caseReflections.$inferInsert) {
  return db.insert(caseReflections).values(values).returning({ id: caseReflections.id }).get().id
}

export function recordHeld(
  db: DbOrTx,
  id: number,
  values: Pick<
    typeof caseReflections.$inferInsert,
    | 'heldOn'
    | 'participants'
    | 'considerations'
    | 'counterArguments'
    | 'advice'
    | 'followUp'
    | 'recordedBy'
    | 'recordedAt'
  >,
) {
  db.run(sql`UPDATE case_reflections SET held_on = ${values.heldOn}, participants = ${values.participants},
    considerations = ${values.considerations}, counter_arguments = ${values.counterArguments},
    advice = ${values.advice}, follow_up = ${values.followUp}, recorded_by = ${values.recordedBy},
    recorded_at = ${values.recordedAt} WHERE id = ${id}`)
}

export function householdTeam(db: DbOrTx, householdId: number) {
  return db.get<{ teamId: number }>(sql`SELECT team_id AS teamId FROM households WHERE id = ${householdId}`)!
    .teamId
}
