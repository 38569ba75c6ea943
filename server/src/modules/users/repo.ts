import { and, asc, eq, sql, type SQL } from 'drizzle-orm'
import type { DbOrTx } from '../../db/client.ts'
import { sessions, teams, users } from '../../db/schema/index.ts'

const adminColumns = {
  id: users.id,
  name: users.name,
  email: users.email,
  role: users.role,
  teamId: users.teamId,
  teamName: teams.name,
  active: users.active,
  lastLoginAt: users.lastLoginAt,
  createdAt: users.createdAt,
  totpEnabledAt: users.totpEnabledAt,
}

export function listUsers(
  db: DbOrTx,
  filter: {
    pattern?: string
    after: { sortKey: string; id: number } | null
    limit: number
    /** Only active accounts without a log-in since this moment (made before it when they never logged in). */
    unusedSince?: string
  },
) {
  const conditions: (SQL | undefined)[] = [
    filter.pattern
      ? sql`(lower(${users.name}) LIKE ${filter.pattern} ESCAPE '\\' OR ${users.email} LIKE ${filter.pattern} ESCAPE '\\')`
      : undefined,
    filter.after
      ? sql`(${users.name}, ${users.id}) > (${filter.after.sortKey}, ${filter.after.id})`
      : undefined,
    filter.unusedSince
      ? sql`${users.active} = 1 AND coalesce(${users.lastLoginAt}, ${users.createdAt}) < ${filter.unusedSince}`
      : undefined,
  ]
  return db
    .select(adminColumns)
    .from(users)
    .leftJoin(teams, eq(teams.id, users.teamId))
    .where(and(...conditions))
    .orderBy(asc(users.name), asc(users.id))
    .limit(filter.limit)
    .all()
}

export function findUser(db: DbOrTx, id: number) {
  return db
    .select(adminColumns)
    .from(users)
    .leftJoin(teams, eq(teams.id, users.teamId))
    .where(eq(users.id, id))
    .get()
}

export function findUserIdByEmail(db: DbOrTx, email: string) {
  return db.select({ id: users.id }).from(users).where(eq(users.email, email)).get()
}

export function insertUser(
  db: DbOrTx,
  values: {
    name: string
    email: string
    phone: string | null
    role: 'worker' | 'supervisor' | 'admin'
    teamId: number | null
    passwordHash: string
    createdAt: string
  },
) {
  return db.insert(users).values(values).returning({ id: users.id }).get()
}

export function setTeam(db: DbOrTx, id: number, teamId: number | null) {
  db.update(users).set({ teamId }).where(eq(users.id, id)).run()
}

export function deactivate(db: DbOrTx, id: number, at: string) {
  db.update(users).set({ active: false, deactivatedAt: at }).where(eq(users.id, id)).run()
  db.delete(sessions).where(eq(sessions.userId, id)).run()
}
