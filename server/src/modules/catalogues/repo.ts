import { asc, eq, sql } from 'drizzle-orm'
import type { DbOrTx } from '../../db/client.ts'
import { expertises, organisations } from '../../db/schema/index.ts'

const tables = { expertises, organisations } as const
export type CatalogueKind = keyof typeof tables

export function listItems(db: DbOrTx, kind: CatalogueKind) {
  const t = tables[kind]
  return db.select({ id: t.id, name: t.name, active: t.active }).from(t).orderBy(asc(t.name)).all()
}

export function findItem(db: DbOrTx, kind: CatalogueKind, id: number) {
  const t = tables[kind]
  return db.select({ id: t.id, name: t.name, active: t.active }).from(t).where(eq(t.id, id)).get()
}

export function findItemByName(db: DbOrTx, kind: CatalogueKind, name: string) {
  const t = tables[kind]
  return db
    .select({ id: t.id })
    .from(t)
    .where(sql`lower(${t.name}) = lower(${name})`)
    .get()
}

export function insertItem(db: DbOrTx, kind: CatalogueKind, name: string, at: string) {
  const t = tables[kind]
  return db.insert(t).values({ name, createdAt: at }).returning({ id: t.id }).get()
}

export function setActive(db: DbOrTx, kind: CatalogueKind, id: number, active: boolean) {
  const t = tables[kind]
  db.update(t).set({ active }).where(eq(t.id, id)).run()
}
