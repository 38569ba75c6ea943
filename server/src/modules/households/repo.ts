import { and, asc, eq, isNull, sql, type SQL } from 'drizzle-orm'
import type { Db, DbOrTx } from '../../db/client.ts'
import { prepared, preparedQuery } from '../../lib/prepared.ts'
import {
  authorityHolders,
  caseAssignments,
  expertises,
  firstContacts,
  households,
  involvedProfessionals,
  networkMembers,
  organisations,
  neighbourhoods,
  persons,
  teams,
  users,
} from '../../db/schema/index.ts'

export type HouseholdListFilter = {
  workerId?: number
  teamId?: number
  /** A LIKE pattern over name and address, already escaped. */
  pattern?: string
  after?: { sortKey: string; id: number } | null
  limit: number
}

const summaryColumns = {
  id: households.id,
  name: households.name,
  street: households.street,
  houseNumber: households.houseNumber,
  houseNumberAddition: households.houseNumberAddition,
  postcode: households.postcode,
  city: households.city,
  neighbourhoodName: neighbourhoods.name,
  memberCount: sql<number>`(SELECT count(*) FROM persons p WHERE p.household_id = households.id AND p.left_on IS NULL)`,
  safetyFlaggedAt: households.safetyFlaggedAt,
  openSignals: sql<number>`(SELECT count(*) FROM safety_signals s WHERE s.household_id = households.id AND s.followed_up_at IS NULL)`,
}

/**
 * A page of households for a worker's caseload or a team, ordered by name, keyset-paginated. Each combination of
 * filters is built and prepared once (a worker's first screen; npm run bench).
 */
export function listHouseholds(db: DbOrTx, filter: HouseholdListFilter) {
  const byWorker = filter.workerId !== undefined
  const byTeam = filter.teamId !== undefined
  const key = `households.list:${byWorker}:${byTeam}:${Boolean(filter.pattern)}:${Boolean(filter.after)}`
  const query = preparedQuery(db, key, () => {
    const conditions: (SQL | undefined)[] = [
      byTeam ? eq(households.teamId, sql.placeholder('teamId')) : undefined,
      filter.pattern
        ? sql`${households.searchText} LIKE ${sql.placeholder('pattern')} ESCAPE '\\'`
        : undefined,
      filter.after
        ? sql`(${households.name}, ${households.id}) > (${sql.placeholder('afterKey')}, ${sql.placeholder('afterId')})`
        : undefined,
    ]
    const base = db.select(summaryColumns).from(households)
    const joined = byWorker
      ? base.innerJoin(
          caseAssignments,
          and(
            eq(caseAssignments.householdId, households.id),
            eq(caseAssignments.workerId, sql.placeholder('workerId')),
            isNull(caseAssignments.endedAt),
          ),
        )
      : base
    return joined
      .innerJoin(neighbourhoods, eq(neighbourhoods.id, households.neighbourhoodId))
      .where(and(...conditions))
      .orderBy(asc(households.name), asc(households.id))
      .limit(sql.placeholder('limit'))
      .prepare()
  })
  return query.all({
    workerId: filter.workerId,
    teamId: filter.teamId,
    pattern: filter.pattern,
    afterKey: filter.after?.sortKey,
    afterId: filter.after?.id,
    limit: filter.limit,
  })
}

/** Current workers of the given households (one query for a page; the ids go in as one JSON array). */
export function listCurrentWorkers(db: DbOrTx, householdIds: number[]) {
  if (householdIds.length === 0) return []
  return preparedQuery(db, 'households.currentWorkers', () =>
    currentWorkers(
      db,
      sql`${caseAssignments.householdId} IN (SELECT value FROM json_each(${sql.placeholder('ids')}))`,
    ).prepare(),
  ).all({ ids: JSON.stringify(householdIds) })
}

function currentWorkers(db: DbOrTx, which: SQL) {
  return db
    .select({
      householdId: caseAssignments.householdId,
      id: users.id,
      name: users.name,
      email: users.email,
      phone: users.phone,
    })
    .from(caseAssignments)
    .innerJoin(users, eq(users.id, caseAssignments.workerId))
    .where(and(which, isNull(caseAssignments.endedAt)))
    .orderBy(asc(caseAssignments.startedAt), asc(users.id))
}

export function findHousehold(db: DbOrTx, householdId: number) {
  return preparedQuery(db, 'households.findHousehold', () =>
    db
      .select({
        id: households.id,
        name: households.name,
        street: households.street,
        houseNumber: households.houseNumber,
        houseNumberAddition: households.houseNumberAddition,
        postcode: households.postcode,
        city: households.city,
        createdAt: households.createdAt,
        safetyFlaggedAt: households.safetyFlaggedAt,
        neighbourhoodId: neighbourhoods.id,
        neighbourhoodName: neighbourhoods.name,
        teamId: teams.id,
        teamName: teams.name,
        teamPhone: teams.phone,
      })
      .from(households)
      .innerJoin(neighbourhoods, eq(neighbourhoods.id, households.neighbourhoodId))
      .innerJoin(teams, eq(teams.id, households.teamId))
      .where(eq(households.id, sql.placeholder('id')))
      .prepare(),
  ).get({ id: householdId })
}

/** Current members: people who left the household stay in its history, not on its page. */
export function listMembers(db: DbOrTx, householdId: number) {
  return preparedQuery(db, 'households.listMembers', () =>
    db
      .select()
      .from(persons)
      .where(and(eq(persons.householdId, sql.placeholder('id')), isNull(persons.leftOn)))
      .orderBy(asc(persons.birthdate), asc(persons.id))
      .prepare(),
  ).all({ id: householdId })
}

export function listFormerMembers(db: DbOrTx, householdId: number) {
  return preparedQuery(db, 'households.listFormerMembers', () =>
    db
      .select()
      .from(persons)
      .where(and(eq(persons.householdId, sql.placeholder('id')), sql`${persons.leftOn} IS NOT NULL`))
      .orderBy(asc(persons.leftOn))
      .prepare(),
  ).all({ id: householdId })
}

export function listNetwork(db: DbOrTx, householdId: number) {
  return preparedQuery(db, 'households.listNetwork', () =>
    db
      .select({
        id: networkMembers.id,
        name: networkMembers.name,
        relation: networkMembers.relation,
        howTheyHelp: networkMembers.howTheyHelp,
        contact: networkMembers.contact,
      })
      .from(networkMembers)
      .where(and(eq(networkMembers.householdId, sql.placeholder('id')), isNull(networkMembers.endedOn)))
      .orderBy(asc(networkMembers.id))
      .prepare(),
  ).all({ id: householdId })
}

export function listProfessionals(db: DbOrTx, householdId: number) {
  return preparedQuery(db, 'households.listProfessionals', () =>
    db
      .select({
        id: involvedProfessionals.id,
        organisationId: organisations.id,
        organisationName: organisations.name,
        contactPerson: involvedProfessionals.contactPerson,
        role: involvedProfessionals.role,
        contact: involvedProfessionals.contact,
      })
      .from(involvedProfessionals)
      .innerJoin(organisations, eq(organisations.id, involvedProfessionals.organisationId))
      .where(
        and(
          eq(involvedProfessionals.householdId, sql.placeholder('id')),
          isNull(involvedProfessionals.endedOn),
        ),
      )
      .orderBy(asc(involvedProfessionals.id))
      .prepare(),
  ).all({ id: householdId })
}

export function listAuthorityHolders(db: DbOrTx, householdId: number) {
  return preparedQuery(db, 'households.listAuthorityHolders', () =>
    db
      .select({
        childId: authorityHolders.childId,
        holderPersonId: authorityHolders.holderPersonId,
        externalName: authorityHolders.externalName,
        holderGivenName: sql<string | null>`hp.given_name`,
        holderFamilyName: sql<string | null>`hp.family_name`,
      })
      .from(authorityHolders)
      .innerJoin(persons, eq(persons.id, authorityHolders.childId))
      .leftJoin(sql`persons hp`, sql`hp.id = ${authorityHolders.holderPersonId}`)
      .where(eq(persons.householdId, sql.placeholder('id')))
      .prepare(),
  ).all({ id: householdId })
}

/** On every household page: prepared once. */
export function findFirstContact(db: Db, householdId: number) {
  return prepared<
    [number],
    {
      voluntary_explained_on: string | null
      voluntary_by: string | null
      client_support_offer: 'accepted' | 'declined' | 'later' | null
      client_support_offered_on: string | null
      support_by: string | null
      objection_explained_on: string | null
      objection_by: string | null
    }
  >(
    db.$client,
    `SELECT f.voluntary_explained_on, v.name AS voluntary_by, f.client_support_offer, f.client_support_offered_on,
      s.name AS support_by, f.objection_explained_on, o.name AS objection_by
    FROM first_contacts f
    LEFT JOIN users v ON v.id = f.voluntary_explained_by
    LEFT JOIN users s ON s.id = f.client_support_offered_by
    LEFT JOIN users o ON o.id = f.objection_explained_by
    WHERE f.household_id = ?`,
  ).get(householdId)
}

export function upsertFirstContact(
  db: DbOrTx,
  householdId: number,
  values: Partial<typeof firstContacts.$inferInsert>,
  at: string,
) {
  db.insert(firstContacts)
    .values({ householdId, updatedAt: at, ...values })
    .onConflictDoUpdate({ target: firstContacts.householdId, set: { ...values, updatedAt: at } })
    .run()
}

export function listTeamWorkers(db: DbOrTx, teamId: number) {
  return db
    .select({ id: users.id, name: users.name })
    .from(users)
    .where(and(eq(users.teamId, teamId), eq(users.role, 'worker'), eq(users.active, true)))
    .orderBy(asc(users.name))
    .all()
}

export function listTeamNeighbourhoods(db: DbOrTx, teamId: number) {
  return db
    .select({ id: neighbourhoods.id, name: neighbourhoods.name })
    .from(neighbourhoods)
    .where(eq(neighbourhoods.teamId, teamId))
    .orderBy(asc(neighbourhoods.name))
    .all()
}

export function listActiveExpertises(db: DbOrTx) {
  return db
    .select({ id: expertises.id, name: expertises.name })
    .from(expertises)
    .where(eq(expertises.active, true))
    .orderBy(asc(expertises.name))
    .all()
}
