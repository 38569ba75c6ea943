import type { Db, DbOrTx } from '../../db/client.ts'
import { goalProgress, minorPlanViews, planVersions } from '../../db/schema/index.ts'
import { prepared } from '../../lib/prepared.ts'

export type VersionRow = {
  version: number
  createdAt: string
  createdById: number
  createdByName: string
  createdByRole: string
  summary: string
  content: string
}

const versionColumns = `SELECT v.version, v.created_at AS createdAt, v.created_by AS createdById,
    u.name AS createdByName, u.role AS createdByRole, v.summary, v.content
  FROM plan_versions v JOIN users u ON u.id = v.created_by`

export function latestVersion(db: Db, householdId: number): VersionRow | undefined {
  return prepared<[number], VersionRow>(
    db.$client,
    `${versionColumns} WHERE v.household_id = ? ORDER BY v.version DESC LIMIT 1`,
  ).get(householdId)
}

export function findVersion(db: Db, householdId: number, version: number): VersionRow | undefined {
  return prepared<[number, number], VersionRow>(
    db.$client,
    `${versionColumns} WHERE v.household_id = ? AND v.version = ?`,
  ).get(householdId, version)
}

export function listVersions(db: Db, householdId: number) {
  return prepared<[number], Omit<VersionRow, 'content'>>(
    db.$client,
    `SELECT v.version, v.created_at AS createdAt, v.created_by AS createdById, u.name AS createdByName,
       u.role AS createdByRole, v.summary
     FROM plan_versions v JOIN users u ON u.id = v.created_by WHERE v.household_id = ? ORDER BY v.version DESC`,
  ).all(householdId)
}

export function insertVersion(db: DbOrTx, values: typeof planVersions.$inferInsert) {
  db.insert(planVersions).values(values).run()
}

export function listProgress(db: Db, householdId: number) {
  return prepared<
    [number],
    {
      id: number
      goalKey: string
      by: 'household' | 'worker'
      authorName: string
      scale: number
      words: string
      recordedAt: string
    }
  >(
    db.$client,
    `SELECT p.id, p.goal_key AS goalKey, p.by, u.name AS authorName, p.scale, p.words, p.recorded_at AS recordedAt
     FROM goal_progress p JOIN users u ON u.id = p.author_id WHERE p.household_id = ? ORDER BY p.recorded_at DESC, p.id DESC`,
  ).all(householdId)
}

export function insertProgress(db: DbOrTx, values: typeof goalProgress.$inferInsert) {
  return db.insert(goalProgress).values(values).returning({ id: goalProgress.id }).get()
}

/** Everyone and everything a plan can name in this household, for checking input and showing names. */
export function householdParties(db: Db, householdId: number) {
  const client = db.$client
  return {
    members: prepared<[number], { id: number; name: string; birthdate: string; leftOn: string | null }>(
      client,
      `SELECT id, given_name || ' ' || family_name AS name, birthdate, left_on AS leftOn
       FROM persons WHERE household_id = ?`,
    ).all(householdId),
    network: prepared<[number], { id: number; name: string; endedOn: string | null }>(
      client,
      'SELECT id, name, ended_on AS endedOn FROM network_members WHERE household_id = ?',
    ).all(householdId),
    // Workers of the household's team (and anyone ever assigned, so an old action keeps its owner's name).
    workers: prepared<[number, number], { id: number; name: string; inTeam: 0 | 1 }>(
      client,
      `SELECT u.id, u.name, (u.team_id = h.team_id AND u.active = 1 AND u.role IN ('worker', 'supervisor')) AS inTeam
       FROM users u JOIN households h ON h.id = ?
       WHERE u.team_id = h.team_id OR u.id IN (SELECT worker_id FROM case_assignments WHERE household_id = ?)`,
    ).all(householdId, householdId),
    organisations: prepared<[], { id: number; name: string; active: 0 | 1 }>(
      client,
      'SELECT id, name, active FROM organisations',
    ).all(),
  }
}

export function lifeDomainNames(db: Db) {
  return prepared<[], { id: number; nameNl: string; nameEn: string; active: 0 | 1 }>(
    db.$client,
    'SELECT id, name_nl AS nameNl, name_en AS nameEn, active FROM life_domains ORDER BY sort_order',
  ).all()
}

/** Scores of 1 or 2 in the household's latest broad-view analysis. */
export function lowScoresInLatestAnalysis(db: Db, householdId: number) {
  return prepared<[number], { domainId: number; personName: string }>(
    db.$client,
    `SELECT c.domain_id AS domainId, p.given_name AS personName
     FROM analysis_cells c JOIN persons p ON p.id = c.person_id
     WHERE c.analysis_id = (SELECT id FROM analyses WHERE household_id = ? ORDER BY created_at DESC, id DESC LIMIT 1)
       AND c.score <= 2
     ORDER BY p.birthdate`,
  ).all(householdId)
}

export function minorPlanView(db: Db, personId: number) {
  return prepared<[number], { seesWholePlan: 0 | 1; agreedBy: string; recordedAt: string }>(
    db.$client,
    'SELECT sees_whole_plan AS seesWholePlan, agreed_by AS agreedBy, recorded_at AS recordedAt FROM minor_plan_views WHERE person_id = ?',
  ).get(personId)
}

export function saveMinorPlanView(db: DbOrTx, values: typeof minorPlanViews.$inferInsert) {
  db.insert(minorPlanViews)
    .values(values)
    .onConflictDoUpdate({
      target: minorPlanViews.personId,
      set: {
        seesWholePlan: values.seesWholePlan,
        agreedBy: values.agreedBy,
        recordedBy: values.recordedBy,
        recordedAt: values.recordedAt,
      },
    })
    .run()
}

export function minorPlanViewsOfHousehold(db: Db, householdId: number) {
  return prepared<[number], { personId: number; seesWholePlan: 0 | 1; agreedBy: string; recordedAt: string }>(
    db.$client,
    `SELECT v.person_id AS personId, v.sees_whole_plan AS seesWholePlan, v.agreed_by AS agreedBy,
       v.recorded_at AS recordedAt
     FROM minor_plan_views v JOIN persons p ON p.id = v.person_id WHERE p.household_id = ?`,
  ).all(householdId)
}

/** Recorded in the safety plan as a possible source of danger: never shown a safety goal in the portal. */
export function isDangerSource(db: Db, householdId: number, personId: number): boolean {
  return (
    prepared(db.$client, 'SELECT 1 FROM danger_sources WHERE household_id = ? AND person_id = ?').get(
      householdId,
      personId,
    ) !== undefined
  )
}
