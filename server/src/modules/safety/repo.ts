import { sql } from 'drizzle-orm'
import type { DbOrTx } from '../../db/client.ts'
import {
  dangerSources,
  meldcodeSteps,
  meldcodeTrajectories,
  safetyConditions,
  safetyPictures,
  safetyScores,
  safetySignalPersons,
  safetySignals,
  safetyWorries,
} from '../../db/schema/index.ts'

export type SignalRow = {
  id: number
  householdId: number
  observation: string
  observedBy: string | null
  observedOn: string
  source: string
  raisedBy: string
  raisedAt: string
  trajectoryId: number | null
  followedUpAt: string | null
  followedUpBy: string | null
  followUpNote: string | null
}

const signalColumns = sql`SELECT s.id, s.household_id AS householdId, s.observation, s.observed_by AS observedBy,
    s.observed_on AS observedOn, s.source, r.name AS raisedBy, s.raised_at AS raisedAt, s.trajectory_id AS trajectoryId,
    s.followed_up_at AS followedUpAt, f.name AS followedUpBy, s.follow_up_note AS followUpNote
  FROM safety_signals s JOIN users r ON r.id = s.raised_by LEFT JOIN users f ON f.id = s.followed_up_by`

export function listSignals(db: DbOrTx, householdId: number): SignalRow[] {
  return db.all<SignalRow>(sql`${signalColumns} WHERE s.household_id = ${householdId}
    ORDER BY s.followed_up_at IS NOT NULL, s.observed_on DESC, s.id DESC`)
}

export function signalPersons(db: DbOrTx, householdId: number) {
  return db.all<{ signalId: number; personId: number; name: string }>(
    sql`SELECT sp.signal_id AS signalId, sp.person_id AS personId, p.given_name || ' ' || p.family_name AS name
      FROM safety_signal_persons sp JOIN persons p ON p.id = sp.person_id
      JOIN safety_signals s ON s.id = sp.signal_id WHERE s.household_id = ${householdId} ORDER BY p.birthdate`,
  )
}

export function insertSignal(db: DbOrTx, values: typeof safetySignals.$inferInsert, personIds: number[]) {
  const { id } = db.insert(safetySignals).values(values).returning({ id: safetySignals.id }).get()
  for (const personId of personIds) db.insert(safetySignalPersons).values({ signalId: id, personId }).run()
  return id
}

export function followUpSignal(db: DbOrTx, signalId: number, by: number, at: string, note: string | null) {
  db.run(sql`UPDATE safety_signals SET followed_up_at = ${at}, followed_up_by = ${by}, follow_up_note = ${note}
    WHERE id = ${signalId}`)
}

export function linkSignals(db: DbOrTx, trajectoryId: number, signalIds: number[]) {
  db.run(sql`UPDATE safety_signals SET trajectory_id = NULL WHERE trajectory_id = ${trajectoryId}`)
  for (const id of signalIds)
    db.run(sql`UPDATE safety_signals SET trajectory_id = ${trajectoryId} WHERE id = ${id}`)
}

export function flagHousehold(db: DbOrTx, householdId: number, at: string) {
  db.run(
    sql`UPDATE households SET safety_flagged_at = ${at} WHERE id = ${householdId} AND safety_flagged_at IS NULL`,
  )
}

export function currentMembers(db: DbOrTx, householdId: number) {
  return db.all<{ id: number; name: string; birthdate: string }>(
    sql`SELECT id, given_name || ' ' || family_name AS name, birthdate FROM persons
      WHERE household_id = ${householdId} AND left_on IS NULL ORDER BY birthdate, id`,
  )
}

export type PictureRow = {
  id: number
  personId: number
  assessment: 'safe' | 'concerns' | 'unsafe'
  basis: string
  assessedOn: string
  by: string
}

export function listPictures(db: DbOrTx, householdId: number): PictureRow[] {
  return db.all<PictureRow>(sql`SELECT sp.id, sp.person_id AS personId, sp.assessment, sp.basis,
      sp.assessed_on AS assessedOn, u.name AS by
    FROM safety_pictures sp JOIN users u ON u.id = sp.recorded_by
    WHERE sp.household_id = ${householdId} ORDER BY sp.assessed_on DESC, sp.id DESC`)
}

export function insertPicture(db: DbOrTx, values: typeof safetyPictures.$inferInsert) {
  return db.insert(safetyPictures).values(values).returning({ id: safetyPictures.id }).get().id
}

export type TrajectoryRow = {
  id: number
  householdId: number
  startedAt: string
  startedBy: string
  decidedAt: string | null
}

export function listTrajectories(db: DbOrTx, householdId: number): TrajectoryRow[] {
  return db.all<TrajectoryRow>(sql`SELECT t.id, t.household_id AS householdId, t.started_at AS startedAt,
      u.name AS startedBy, t.decided_at AS decidedAt
    FROM meldcode_trajectories t JOIN users u ON u.id = t.started_by
    WHERE t.household_id = ${householdId} ORDER BY t.decided_at IS NOT NULL, t.started_at DESC, t.id DESC`)
}

export function insertTrajectory(db: DbOrTx, values: typeof meldcodeTrajectories.$inferInsert) {
  return db.insert(meldcodeTrajectories).values(values).returning({ id: meldcodeTrajectories.id }).get().id
}

export function markDecided(db: DbOrTx, trajectoryId: number, at: string) {
  db.run(sql`UPDATE meldcode_trajectories SET decided_at = ${at} WHERE id = ${trajectoryId}`)
}

export type StepRow = { trajectoryId: number; step: string; data: string; by: string; at: string }

/** The newest row of each step per trajectory of the household. */
export function latestSteps(db: DbOrTx, householdId: number): StepRow[] {
  return db.all<StepRow>(sql`SELECT ms.trajectory_id AS trajectoryId, ms.step, ms.data, u.name AS by,
      ms.recorded_at AS at
    FROM meldcode_steps ms JOIN users u ON u.id = ms.recorded_by
    JOIN meldcode_trajectories t ON t.id = ms.trajectory_id
    WHERE t.household_id = ${householdId} AND ms.id = (
      SELECT max(id) FROM meldcode_steps m2 WHERE m2.trajectory_id = ms.trajectory_id AND m2.step = ms.step)`)
}

export function insertStep(db: DbOrTx, values: typeof meldcodeSteps.$inferInsert) {
  db.insert(meldcodeSteps).values(values).run()
}

export type ConditionRow = {
  id: number
  text: string
  watcher: string
  howChecked: string
  reviewOn: string
  goalKey: string | null
  status: 'agreed' | 'kept' | 'not_kept' | 'ended'
  updatedBy: string
  updatedAt: string
}

export function listConditions(db: DbOrTx, householdId: number): ConditionRow[] {
  return db.all<ConditionRow>(sql`SELECT c.id, c.text, c.watcher, c.how_checked AS howChecked,
      c.review_on AS reviewOn, c.goal_key AS goalKey, c.status, u.name AS updatedBy, c.updated_at AS updatedAt
    FROM safety_conditions c JOIN users u ON u.id = c.updated_by
    WHERE c.household_id = ${householdId} ORDER BY c.status = 'ended', c.review_on, c.id`)
}

export function insertCondition(db: DbOrTx, values: typeof safetyConditions.$inferInsert) {
  return db.insert(safetyConditions).values(values).returning({ id: safetyConditions.id }).get().id
}

export function updateCondition(
  db: DbOrTx,
  id: number,
  values: Omit<typeof safetyConditions.$inferInsert, 'householdId' | 'id'>,
) {
  db.run(sql`UPDATE safety_conditions SET text = ${values.text}, watcher = ${values.watcher},
    how_checked = ${values.howChecked}, review_on = ${values.reviewOn}, goal_key = ${values.goalKey ?? null},
    status = ${values.status}, updated_by = ${values.updatedBy}, updated_at = ${values.updatedAt} WHERE id = ${id}`)
}

export function conditionHousehold(db: DbOrTx, id: number) {
  return db.get<{ householdId: number }>(
    sql`SELECT household_id AS householdId FROM safety_conditions WHERE id = ${id}`,
  )?.householdId
}

export function listWorries(db: DbOrTx, householdId: number) {
  return db.all<{ goalKey: string; worry: string }>(
    sql`SELECT goal_key AS goalKey, worry FROM safety_worries WHERE household_id = ${householdId}`,
  )
}

export function upsertWorry(db: DbOrTx, values: typeof safetyWorries.$inferInsert) {
  db.insert(safetyWorries)
    .values(values)
    .onConflictDoUpdate({
      target: [safetyWorries.householdId, safetyWorries.goalKey],
      set: { worry: values.worry, updatedBy: values.updatedBy, updatedAt: values.updatedAt },
    })
    .run()
}

export function listScores(db: DbOrTx, householdId: number) {
  return db.all<{
    id: number
    goalKey: string
    by: 'household' | 'worker' | 'network'
    who: string
    score: number
    note: string
    on: string
  }>(sql`SELECT id, goal_key AS goalKey, by_party AS by, who, score, note, scored_on AS "on"
    FROM safety_scores WHERE household_id = ${householdId} ORDER BY scored_on DESC, id DESC`)
}

export function insertScore(db: DbOrTx, values: typeof safetyScores.$inferInsert) {
  db.insert(safetyScores).values(values).run()
}

export function listDangerSources(db: DbOrTx, householdId: number) {
  return db.all<{ personId: number; name: string; reason: string }>(
    sql`SELECT d.person_id AS personId, p.given_name || ' ' || p.family_name AS name, d.reason
      FROM danger_sources d JOIN persons p ON p.id = d.person_id WHERE d.household_id = ${householdId}
      ORDER BY p.birthdate`,
  )
}

export function replaceDangerSources(
  db: DbOrTx,
  householdId: number,
  sources: { personId: number; reason: string }[],
  by: number,
  at: string,
) {
  db.run(sql`DELETE FROM danger_sources WHERE household_id = ${householdId}`)
  for (const s of sources)
    db.insert(dangerSources)
      .values({ householdId, personId: s.personId, reason: s.reason, recordedBy: by, recordedAt: at })
      .run()
}

// The supervisor's lists.

export function teamOpenSignals(db: DbOrTx, teamId: number) {
  return db.all<{
    signalId: number
    householdId: number
    householdName: string
    source: string
    observedOn: string
    raisedBy: string
    trajectoryId: number | null
  }>(sql`SELECT s.id AS signalId, h.id AS householdId, h.name AS householdName, s.source, s.observed_on AS observedOn,
      u.name AS raisedBy, s.trajectory_id AS trajectoryId
    FROM safety_signals s JOIN households h ON h.id = s.household_id JOIN users u ON u.id = s.raised_by
    WHERE h.team_id = ${teamId} AND s.followed_up_at IS NULL ORDER BY s.observed_on, s.id`)
}

export function teamOpenTrajectories(db: DbOrTx, teamId: number) {
  return db.all<{ id: number; householdId: number; householdName: string; startedAt: string }>(
    sql`SELECT t.id, h.id AS householdId, h.name AS householdName, t.started_at AS startedAt
      FROM meldcode_trajectories t JOIN households h ON h.id = t.household_id
      WHERE h.team_id = ${teamId} AND t.decided_at IS NULL ORDER BY t.started_at, t.id`,
  )
}

export function stepsOfTrajectories(db: DbOrTx, trajectoryIds: number[]) {
  if (trajectoryIds.length === 0) return []
  return db.all<{ trajectoryId: number; step: string }>(
    sql`SELECT DISTINCT trajectory_id AS trajectoryId, step FROM meldcode_steps WHERE trajectory_id IN (${sql.join(
      trajectoryIds.map((id) => sql`${id}`),
      sql`, `,
    )})`,
  )
}

export function linkedSignalCounts(db: DbOrTx, trajectoryIds: number[]) {
  if (trajectoryIds.length === 0) return []
  return db.all<{ trajectoryId: number; count: number }>(
    sql`SELECT trajectory_id AS trajectoryId, count(*) AS count FROM safety_signals WHERE trajectory_id IN (${sql.join(
      trajectoryIds.map((id) => sql`${id}`),
      sql`, `,
    )}) GROUP BY trajectory_id`,
  )
}

/** Members of households with open signals, with the date of their newest safety picture. */
export function teamPicturesWhereSignalsOpen(db: DbOrTx, teamId: number) {
  return db.all<{ householdId: number; householdName: string; name: string; lastOn: string | null }>(
    sql`SELECT h.id AS householdId, h.name AS householdName, p.given_name || ' ' || p.family_name AS name,
        (SELECT max(assessed_on) FROM safety_pictures sp WHERE sp.person_id = p.id) AS lastOn
      FROM households h JOIN persons p ON p.household_id = h.id AND p.left_on IS NULL
      WHERE h.team_id = ${teamId}
        AND EXISTS (SELECT 1 FROM safety_signals s WHERE s.household_id = h.id AND s.followed_up_at IS NULL)
      ORDER BY h.name, p.birthdate`,
  )
}

/** Households on a worker's caseload with open signals or an open meldcode trajectory. */
export function caseloadNeedingSafety(db: DbOrTx, workerId: number) {
  return db.all<{ householdId: number; householdName: string; openSignals: number }>(
    sql`SELECT h.id AS householdId, h.name AS householdName,
        (SELECT count(*) FROM safety_signals s WHERE s.household_id = h.id AND s.followed_up_at IS NULL) AS openSignals
      FROM case_assignments a JOIN households h ON h.id = a.household_id
      WHERE a.worker_id = ${workerId} AND a.ended_at IS NULL
        AND (EXISTS (SELECT 1 FROM safety_signals s WHERE s.household_id = h.id AND s.followed_up_at IS NULL)
          OR EXISTS (SELECT 1 FROM meldcode_trajectories t WHERE t.household_id = h.id AND t.decided_at IS NULL))
      ORDER BY h.name, h.id`,
  )
}

/** Trajectories of the team decided since `since`, with their decision's data. */
export function teamDecidedTrajectories(db: DbOrTx, teamId: number, since: string) {
  return db.all<{
    id: number
    householdId: number
    householdName: string
    startedAt: string
    decidedAt: string
    data: string
  }>(sql`SELECT t.id, h.id AS householdId, h.name AS householdName, t.started_at AS startedAt,
      t.decided_at AS decidedAt, ms.data
    FROM meldcode_trajectories t JOIN households h ON h.id = t.household_id
    JOIN meldcode_steps ms ON ms.id = (SELECT max(id) FROM meldcode_steps m2 WHERE m2.trajectory_id = t.id AND m2.step = 'decision')
    WHERE h.team_id = ${teamId} AND t.decided_at >= ${since} ORDER BY t.decided_at DESC, t.id DESC`)
}
