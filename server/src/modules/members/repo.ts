import { and, asc, eq, isNull } from 'drizzle-orm'
import type { DbOrTx } from '../../db/client.ts'
import {
  authorityHolders,
  involvedProfessionals,
  networkMembers,
  organisations,
  persons,
} from '../../db/schema/index.ts'

/** A current member of this household, or undefined. */
export function findCurrentMember(db: DbOrTx, householdId: number, personId: number) {
  return db
    .select()
    .from(persons)
    .where(and(eq(persons.id, personId), eq(persons.householdId, householdId), isNull(persons.leftOn)))
    .get()
}

export function insertMember(db: DbOrTx, values: typeof persons.$inferInsert) {
  return db.insert(persons).values(values).returning({ id: persons.id }).get()
}

export function updateMember(db: DbOrTx, personId: number, values: Partial<typeof persons.$inferInsert>) {
  if (Object.keys(values).length) db.update(persons).set(values).where(eq(persons.id, personId)).run()
}

export function replaceAuthorityHolders(
  db: DbOrTx,
  childId: number,
  holders: { holderPersonId?: number; externalName?: string; externalContact?: string | null }[],
  at: string,
) {
  db.delete(authorityHolders).where(eq(authorityHolders.childId, childId)).run()
  for (const h of holders)
    db.insert(authorityHolders)
      .values({ childId, createdAt: at, ...h })
      .run()
}

export function insertNetworkMember(db: DbOrTx, values: typeof networkMembers.$inferInsert) {
  return db.insert(networkMembers).values(values).returning({ id: networkMembers.id }).get()
}

export function endNetworkMember(db: DbOrTx, householdId: number, id: number, on: string) {
  return db
    .update(networkMembers)
    .set({ endedOn: on })
    .where(
      and(
        eq(networkMembers.id, id),
        eq(networkMembers.householdId, householdId),
        isNull(networkMembers.endedOn),
      ),
    )
    .run().changes
}

export function insertProfessional(db: DbOrTx, values: typeof involvedProfessionals.$inferInsert) {
  return db.insert(involvedProfessionals).values(values).returning({ id: involvedProfessionals.id }).get()
}

export function endProfessional(db: DbOrTx, householdId: number, id: number, on: string) {
  return db
    .update(involvedProfessionals)
    .set({ endedOn: on })
    .where(
      and(
        eq(involvedProfessionals.id, id),
        eq(involvedProfessionals.householdId, householdId),
        isNull(involvedProfessionals.endedOn),
      ),
    )
    .run().changes
}

export function findActiveOrganisation(db: DbOrTx, id: number) {
  return db
    .select({ id: organisations.id })
    .from(organisations)
    .where(and(eq(organisations.id, id), eq(organisations.active, true)))
    .get()
}

export function listActiveOrganisations(db: DbOrTx) {
  return db
    .select({ id: organisations.id, name: organisations.name })
    .from(organisations)
    .where(eq(organisations.active, true))
    .orderBy(asc(organisations.name))
    .all()
}
