import type { Db, DbOrTx } from '../../db/client.ts'
import { consents } from '../../db/schema/index.ts'
import { prepared } from '../../lib/prepared.ts'

export type ConsentRow = {
  id: number
  householdId: number
  subjectPersonId: number
  subjectName: string
  giverKind: 'person' | 'authorityHolder' | 'representative'
  giverPersonId: number | null
  giverName: string
  recipient: string
  organisationId: number | null
  purpose: string
  categories: string
  how: 'spoken' | 'written'
  givenOn: string
  validUntil: string | null
  recordedByName: string
  recordedAt: string
  withdrawnAt: string | null
  withdrawnByName: string | null
}

const columns = `SELECT c.id, c.household_id AS householdId, c.subject_person_id AS subjectPersonId,
    s.given_name || ' ' || s.family_name AS subjectName, c.giver_kind AS giverKind, c.giver_person_id AS giverPersonId,
    c.giver_name AS giverName, c.recipient, c.organisation_id AS organisationId, c.purpose, c.categories, c.how,
    c.given_on AS givenOn, c.valid_until AS validUntil, r.name AS recordedByName, c.recorded_at AS recordedAt,
    c.withdrawn_at AS withdrawnAt, w.name AS withdrawnByName
  FROM consents c
  JOIN persons s ON s.id = c.subject_person_id
  JOIN users r ON r.id = c.recorded_by
  LEFT JOIN users w ON w.id = c.withdrawn_by`

export function listConsents(db: Db, householdId: number): ConsentRow[] {
  return prepared<[number], ConsentRow>(
    db.$client,
    `${columns} WHERE c.household_id = ? ORDER BY c.given_on DESC, c.id DESC`,
  ).all(householdId)
}

export function findConsent(db: Db, householdId: number, consentId: number): ConsentRow | undefined {
  return prepared<[number, number], ConsentRow>(
    db.$client,
    `${columns} WHERE c.household_id = ? AND c.id = ?`,
  ).get(householdId, consentId)
}

/** The consents about a person for this recipient and purpose (compared without case or outer spaces). */
export function consentsFor(
  db: Db,
  subjectPersonId: number,
  recipient: string,
  purpose: string,
): ConsentRow[] {
  return prepared<[number, string, string], ConsentRow>(
    db.$client,
    `${columns} WHERE c.subject_person_id = ? AND lower(trim(c.recipient)) = lower(trim(?))
       AND lower(trim(c.purpose)) = lower(trim(?))`,
  ).all(subjectPersonId, recipient, purpose)
}

export function insertConsent(db: DbOrTx, values: typeof consents.$inferInsert) {
  return db.insert(consents).values(values).returning({ id: consents.id }).get()
}

export function withdrawConsent(db: Db, consentId: number, at: string, userId: number) {
  prepared(
    db.$client,
    'UPDATE consents SET withdrawn_at = ?, withdrawn_by = ? WHERE id = ? AND withdrawn_at IS NULL',
  ).run(at, userId, consentId)
}

/** What the age rule needs to know about a member: birthdate, authority holders, representative. */
export function subject(db: Db, householdId: number, personId: number) {
  const person = prepared<
    [number, number],
    { id: number; name: string; birthdate: string; leftOn: string | null; representativeName: string | null }
  >(
    db.$client,
    `SELECT id, given_name || ' ' || family_name AS name, birthdate, left_on AS leftOn,
       representative_name AS representativeName
     FROM persons WHERE household_id = ? AND id = ?`,
  ).get(householdId, personId)
  if (!person) return undefined
  const holders = prepared<[number], { personId: number | null; name: string }>(
    db.$client,
    `SELECT a.holder_person_id AS personId,
       coalesce(p.given_name || ' ' || p.family_name, a.external_name) AS name
     FROM authority_holders a LEFT JOIN persons p ON p.id = a.holder_person_id
     WHERE a.child_id = ?`,
  ).all(personId)
  return { ...person, holders }
}

export function memberOfHousehold(db: Db, householdId: number, personId: number) {
  return prepared<[number, number], { id: number; name: string }>(
    db.$client,
    `SELECT id, given_name || ' ' || family_name AS name FROM persons WHERE household_id = ? AND id = ? AND left_on IS NULL`,
  ).get(householdId, personId)
}

export type ConsentWithHouseholdRow = ConsentRow & { householdName: string }

/** Valid consents ending between the two days (inclusive) in the worker's own households. */
export function expiringForWorker(
  db: Db,
  workerId: number,
  from: string,
  to: string,
): ConsentWithHouseholdRow[] {
  return prepared<[number, string, string], ConsentWithHouseholdRow>(
    db.$client,
    `${columns.replace('FROM consents c', ', h.name AS householdName FROM consents c JOIN households h ON h.id = c.household_id')}
     WHERE c.household_id IN (SELECT household_id FROM case_assignments WHERE worker_id = ? AND ended_at IS NULL)
       AND c.withdrawn_at IS NULL AND c.valid_until BETWEEN ? AND ?
     ORDER BY c.valid_until, c.id`,
  ).all(workerId, from, to)
}

export function withdrawnInTeamSince(db: Db, teamId: number, since: string): ConsentWithHouseholdRow[] {
  return prepared<[number, string], ConsentWithHouseholdRow>(
    db.$client,
    `${columns.replace('FROM consents c', ', h.name AS householdName FROM consents c JOIN households h ON h.id = c.household_id')}
     WHERE h.team_id = ? AND c.withdrawn_at >= ? ORDER BY c.withdrawn_at DESC`,
  ).all(teamId, since)
}

export function meldrechtSharesInTeam(db: Db, teamId: number) {
  return prepared<
    [number],
    {
      id: number
      householdId: number
      householdName: string
      recipient: string
      sharedAt: string
      recordedBy: string
    }
  >(
    db.$client,
    `SELECT e.id, e.household_id AS householdId, h.name AS householdName, e.recipient, e.shared_at AS sharedAt,
       u.name AS recordedBy
     FROM sharing_events e JOIN households h ON h.id = e.household_id JOIN users u ON u.id = e.recorded_by
     WHERE h.team_id = ? AND e.basis = 'meldcode' ORDER BY e.shared_at DESC`,
  ).all(teamId)
}
