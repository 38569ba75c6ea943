import { sql } from 'drizzle-orm'
import type { DbOrTx } from '../../db/client.ts'
import { caseClosures } from '../../db/schema/index.ts'

export function openClosure(db: DbOrTx, householdId: number) {
  return db.get<{
    closedOn: string
    reason: string
    evaluatedOn: string
    evaluation: string
    by: string
  }>(sql`SELECT c.closed_on AS closedOn, c.reason, c.evaluated_on AS evaluatedOn, c.evaluation, u.name AS by
    FROM case_closures c JOIN users u ON u.id = c.closed_by
    WHERE c.household_id = ${householdId} AND c.reopened_at IS NULL ORDER BY c.id DESC LIMIT 1`)
}

export function insertClosure(db: DbOrTx, values: typeof caseClosures.$inferInsert) {
  db.insert(caseClosures).values(values).run()
}

/** What the route's checkpoints need from elsewhere in the file, in one pass. */
export function latestSafetyAnswer(db: DbOrTx, householdId: number) {
  return (
    db.get<{ answer: 'yes' | 'no' | 'unknown' }>(
      sql`SELECT safety_answer AS answer FROM triage_versions WHERE household_id = ${householdId}
      ORDER BY created_at DESC, id DESC LIMIT 1`,
    )?.answer ?? null
  )
}

export function latestAnalysisHeard(db: DbOrTx, householdId: number) {
  const latest = db.get<{ id: number }>(
    sql`SELECT id FROM analyses WHERE household_id = ${householdId} ORDER BY created_at DESC, id DESC LIMIT 1`,
  )
  if (!latest) return null
  return db
    .all<{ personId: number }>(
      sql`SELECT person_id AS personId FROM analysis_heard WHERE analysis_id = ${latest.id} AND heard = 1`,
    )
    .map((r) => r.personId)
}
