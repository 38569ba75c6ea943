import { and, eq, isNull, sql } from 'drizzle-orm'
import type { Db, DbOrTx } from '../../db/client.ts'
import { prepared, preparedSql } from '../../lib/prepared.ts'
import {
  households,
  neighbourhoods,
  requests,
  safetySignals,
  triageVersions,
  users,
} from '../../db/schema/index.ts'

export type RequestRow = typeof requests.$inferSelect & {
  householdName: string
  safetyFlaggedAt: string | null
  registeredByName: string
  triageWorkerName: string | null
  latestRoute: string | null
  latestSafetyAnswer: string | null
}

const requestColumns = sql`r.*, h.name AS householdName, h.safety_flagged_at AS safetyFlaggedAt,
  rb.name AS registeredByName, tw.name AS triageWorkerName,
  (SELECT route FROM triage_versions tv WHERE tv.request_id = r.id ORDER BY version DESC LIMIT 1) AS latestRoute,
  (SELECT safety_answer FROM triage_versions tv WHERE tv.request_id = r.id ORDER BY version DESC LIMIT 1) AS latestSafetyAnswer`
const requestFrom = sql`FROM requests r
  JOIN households h ON h.id = r.household_id
  JOIN users rb ON rb.id = r.registered_by
  LEFT JOIN users tw ON tw.id = r.triage_worker_id`

type RawRequestRow = Record<string, unknown>
function toRequestRow(raw: RawRequestRow): RequestRow {
  return {
    id: raw.id as number,
    teamId: raw.team_id as number,
    householdId: raw.household_id as number,
    source: raw.source as string,
    reporterName: raw.reporter_name as string | null,
    reporterContact: raw.reporter_contact as string | null,
    receivedOn: raw.received_on as string,
    question: raw.question as string,
    householdKnows: raw.household_knows as RequestRow['householdKnows'],
    status: raw.status as RequestRow['status'],
    registeredBy: raw.registered_by as number,
    registeredAt: raw.registered_at as string,
    triageWorkerId: raw.triage_worker_id as number | null,
    appointmentOn: raw.appointment_on as string | null,
    appointmentMadeOn: raw.appointment_made_on as string | null,
    appointmentOutcome: raw.appointment_outcome as RequestRow['appointmentOutcome'],
    householdName: raw.householdName as string,
    safetyFlaggedAt: raw.safetyFlaggedAt as string | null,
    registeredByName: raw.registeredByName as string,
    triageWorkerName: raw.triageWorkerName as string | null,
    latestRoute: raw.latestRoute as string | null,
    latestSafetyAnswer: raw.latestSafetyAnswer as string | null,
  }
}

export function findRequest(db: Db, requestId: number): RequestRow | undefined {
  const raw = preparedSql<RawRequestRow>(
    db.$client,
    'requests.find',
    () => sql`SELECT ${requestColumns} ${requestFrom} WHERE r.id = ${sql.placeholder('id')}`,
  ).get({ id: requestId })
  return raw ? toRequestRow(raw) : undefined
}

/** Requests matching a condition, overdue-first ordering is left to the caller (it needs today's date). */
export function listRequests(db: DbOrTx, where: ReturnType<typeof sql>, limit = 200): RequestRow[] {
  return db
    .all<RawRequestRow>(
      sql`SELECT ${requestColumns} ${requestFrom} WHERE ${where} ORDER BY r.received_on DESC, r.id DESC LIMIT ${limit}`,
    )
    .map(toRequestRow)
}

export const byTeam = (teamId: number) => sql`r.team_id = ${teamId}`
export const byTeamAndStatus = (teamId: number, status: string) =>
  sql`r.team_id = ${teamId} AND r.status = ${status}`
export const byHousehold = (householdId: number) => sql`r.household_id = ${householdId}`
export const toTriageBy = (workerId: number) => sql`r.triage_worker_id = ${workerId} AND r.status = 'new'`
/** Requests without an appointment whose due day has passed, for the requests a worker is on. */
export const overdueFor = (workerId: number, dueBefore: string) =>
  sql`r.appointment_made_on IS NULL AND r.status != 'closed' AND r.received_on < ${dueBefore}
      AND (r.triage_worker_id = ${workerId} OR EXISTS (SELECT 1 FROM case_assignments a
        WHERE a.household_id = r.household_id AND a.worker_id = ${workerId} AND a.ended_at IS NULL))`
export const overdueInTeam = (teamId: number, dueBefore: string) =>
  sql`r.team_id = ${teamId} AND r.appointment_made_on IS NULL AND r.status != 'closed' AND r.received_on < ${dueBefore}`
export const unassignedInTeam = (teamId: number) =>
  sql`r.team_id = ${teamId} AND r.triage_worker_id IS NULL AND r.status = 'new'`

export function countByStatus(db: DbOrTx, teamId: number) {
  return db.all<{ status: string; n: number }>(
    sql`SELECT status, count(*) AS n FROM requests WHERE team_id = ${teamId} GROUP BY status`,
  )
}

export function insertRequest(db: DbOrTx, values: typeof requests.$inferInsert) {
  return db.insert(requests).values(values).returning({ id: requests.id }).get()
}

export function updateRequest(db: DbOrTx, requestId: number, values: Partial<typeof requests.$inferInsert>) {
  db.update(requests).set(values).where(eq(requests.id, requestId)).run()
}

export function findNeighbourhoodTeam(db: DbOrTx, neighbourhoodId: number) {
  return db
    .select({ teamId: neighbourhoods.teamId })
    .from(neighbourhoods)
    .where(eq(neighbourhoods.id, neighbourhoodId))
    .get()
}

export function findHouseholdTeam(db: DbOrTx, householdId: number) {
  return db
    .select({ teamId: households.teamId, name: households.name })
    .from(households)
    .where(eq(households.id, householdId))
    .get()
}

export function insertHousehold(db: DbOrTx, values: typeof households.$inferInsert) {
  return db.insert(households).values(values).returning({ id: households.id }).get()
}

export function findActiveWorkerInTeam(db: DbOrTx, workerId: number, teamId: number) {
  return db
    .select({ id: users.id, name: users.name })
    .from(users)
    .where(
      and(eq(users.id, workerId), eq(users.teamId, teamId), eq(users.role, 'worker'), eq(users.active, true)),
    )
    .get()
}

/** Households of a team that share an address or a member's name and birthdate with what was typed. */
export function findDuplicateCandidates(
  db: DbOrTx,
  teamId: number,
  query: { postcode?: string; houseNumber?: number; nameKey?: string; birthdate?: string },
) {
  const byAddress =
    query.postcode && query.houseNumber
      ? sql`(h.postcode = ${query.postcode} AND h.house_number = ${query.houseNumber})`
      : sql`0`
  const byPerson = query.birthdate
    ? sql`EXISTS (SELECT 1 FROM persons p WHERE p.household_id = h.id AND p.birthdate = ${query.birthdate})`
    : sql`0`
  const rows = db.all<{
    id: number
    name: string
    street: string
    house_number: number
    house_number_addition: string | null
    postcode: string
    city: string
  }>(sql`SELECT h.id, h.name, h.street, h.house_number, h.house_number_addition, h.postcode, h.city FROM households h
    WHERE h.team_id = ${teamId} AND (${byAddress} OR ${byPerson}) LIMIT 20`)
  return rows.map((h) => ({
    ...h,
    members: db.all<{ given_name: string; family_name: string; birthdate: string }>(
      sql`SELECT given_name, family_name, birthdate FROM persons WHERE household_id = ${h.id} AND left_on IS NULL`,
    ),
  }))
}

export function listTriageVersions(db: Db, requestId: number) {
  return preparedSql<{
    id: number
    version: number
    urgency: string
    safety_answer: string
    safety_note: string | null
    expertise_ids: string
    route: string
    route_reasoning: string
    advice: string | null
    own_direction: string | null
    referral_to: string | null
    assigned_worker_ids: string
    created_by: number
    created_by_name: string
    created_at: string
  }>(
    db.$client,
    'requests.triageVersions',
    () => sql`SELECT tv.*, u.name AS created_by_name FROM triage_versions tv JOIN users u ON u.id = tv.created_by
      WHERE tv.request_id = ${sql.placeholder('id')} ORDER BY tv.version DESC`,
  ).all({ id: requestId })
}

export function nextTriageVersion(db: DbOrTx, requestId: number): number {
  const row = db.get<{ v: number | null }>(
    sql`SELECT max(version) AS v FROM triage_versions WHERE request_id = ${requestId}`,
  )
  return (row?.v ?? 0) + 1
}

export function insertTriageVersion(db: DbOrTx, values: typeof triageVersions.$inferInsert) {
  return db.insert(triageVersions).values(values).returning({ id: triageVersions.id }).get()
}

export function findOpenTriageSignal(db: DbOrTx, requestId: number) {
  return db
    .select({ id: safetySignals.id })
    .from(safetySignals)
    .where(and(eq(safetySignals.requestId, requestId), isNull(safetySignals.followedUpAt)))
    .get()
}

export function insertSafetySignal(db: DbOrTx, values: typeof safetySignals.$inferInsert) {
  db.insert(safetySignals).values(values).run()
}

export function flagHousehold(db: DbOrTx, householdId: number, at: string) {
  db.update(households)
    .set({ safetyFlaggedAt: at })
    .where(and(eq(households.id, householdId), isNull(households.safetyFlaggedAt)))
    .run()
}

export function listOpenSafetySignals(db: DbOrTx, teamId: number) {
  return db.all<{
    id: number
    household_id: number
    household_name: string
    raised_at: string
    raised_by: number
    raised_by_name: string
  }>(
    sql`SELECT s.id, s.household_id, h.name AS household_name, s.raised_at, s.raised_by, u.name AS raised_by_name
      FROM safety_signals s JOIN households h ON h.id = s.household_id JOIN users u ON u.id = s.raised_by
      WHERE h.team_id = ${teamId} AND s.followed_up_at IS NULL ORDER BY s.raised_at`,
  )
}

// The ids go in as one JSON array, so the statement is the same for any number of them and is prepared once.
export function findExpertises(db: Db, ids: number[]) {
  if (ids.length === 0) return []
  return prepared<[string], { id: number; name: string; active: number }>(
    db.$client,
    'SELECT id, name, active FROM expertises WHERE id IN (SELECT value FROM json_each(?))',
  ).all(JSON.stringify(ids))
}

export function findUserNames(db: Db, ids: number[]) {
  if (ids.length === 0) return []
  return prepared<[string], { id: number; name: string }>(
    db.$client,
    'SELECT id, name FROM users WHERE id IN (SELECT value FROM json_each(?))',
  ).all(JSON.stringify(ids))
}
