import { and, asc, eq, inArray, isNull, sql, type SQL } from 'drizzle-orm'
import type { DbOrTx } from '../../db/client.ts'
import { caseAssignments, households, neighbourhoods, persons, teams, users } from '../../db/schema/index.ts'

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
  memberCount: sql<number>`(SELECT count(*) FROM persons p WHERE p.household_id = households.id)`,
}

/** A page of households for a worker's caseload or a team, ordered by name, keyset-paginated. */
export function listHouseholds(db: DbOrTx, filter: HouseholdListFilter) {
  const conditions: (SQL | undefined)[] = [
    filter.teamId !== undefined ? eq(households.teamId, filter.teamId) : undefined,
    filter.pattern ? sql`${households.searchText} LIKE ${filter.pattern} ESCAPE '\\'` : undefined,
    filter.after
      ? sql`(${households.name}, ${households.id}) > (${filter.after.sortKey}, ${filter.after.id})`
      : undefined,
  ]
  const base = db.select(summaryColumns).from(households)
  const joined =
    filter.workerId !== undefined
      ? base.innerJoin(
          caseAssignments,
          and(
            eq(caseAssignments.householdId, households.id),
            eq(caseAssignments.workerId, filter.workerId),
            isNull(caseAssignments.endedAt),
          ),
        )
      : base
  return joined
    .innerJoin(neighbourhoods, eq(neighbourhoods.id, households.neighbourhoodId))
    .where(and(...conditions))
    .orderBy(asc(households.name), asc(households.id))
    .limit(filter.limit)
    .all()
}

/** Current workers of the given households. */
export function listCurrentWorkers(db: DbOrTx, householdIds: number[]) {
  if (householdIds.length === 0) return []
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
    .where(and(inArray(caseAssignments.householdId, householdIds), isNull(caseAssignments.endedAt)))
    .orderBy(asc(caseAssignments.startedAt), asc(users.id))
    .all()
}

export function findHousehold(db: DbOrTx, householdId: number) {
  return db
    .select({
      id: households.id,
      name: households.name,
      street: households.street,
      houseNumber: households.houseNumber,
      houseNumberAddition: households.houseNumberAddition,
      postcode: households.postcode,
      city: households.city,
      createdAt: households.createdAt,
      neighbourhoodId: neighbourhoods.id,
      neighbourhoodName: neighbourhoods.name,
      teamId: teams.id,
      teamName: teams.name,
      teamPhone: teams.phone,
    })
    .from(households)
    .innerJoin(neighbourhoods, eq(neighbourhoods.id, households.neighbourhoodId))
    .innerJoin(teams, eq(teams.id, households.teamId))
    .where(eq(households.id, householdId))
    .get()
}

export function listMembers(db: DbOrTx, householdId: number) {
  return db
    .select()
    .from(persons)
    .where(eq(persons.householdId, householdId))
    .orderBy(asc(persons.birthdate), asc(persons.id))
    .all()
}
