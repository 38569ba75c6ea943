import { and, eq, gt, isNull, ne, sql } from 'drizzle-orm'
import type { DbOrTx, Db } from '../../db/client.ts'
import {
  activationCodes,
  loginChallenges,
  recoveryCodes,
  sessions,
  users,
  teams,
} from '../../db/schema/index.ts'
import { prepared, preparedQuery } from '../../lib/prepared.ts'

export type SessionRow = {
  id_hash: string
  created_at: string
  last_seen_at: string
  user_id: number
  role: 'worker' | 'supervisor' | 'household' | 'admin'
  name: string
  email: string
  team_id: number | null
  person_id: number | null
  household_id: number | null
  language: 'nl' | 'en'
}

const sessionWithUserSql = `
  SELECT s.id_hash, s.created_at, s.last_seen_at, u.id AS user_id, u.role, u.name, u.email, u.team_id,
         u.person_id, p.household_id, u.language
  FROM sessions s
  JOIN users u ON u.id = s.user_id AND u.active = 1
  LEFT JOIN persons p ON p.id = u.person_id
  WHERE s.id_hash = ?`

/** The session with its (active) user, in one indexed lookup: this runs on every request. */
export function findSessionWithUser(db: Db, idHash: string): SessionRow | undefined {
  return prepared<[string], SessionRow>(db.$client, sessionWithUserSql).get(idHash)
}

export function touchSession(db: DbOrTx, idHash: string, at: string) {
  db.update(sessions).set({ lastSeenAt: at }).where(eq(sessions.idHash, idHash)).run()
}

export function deleteSession(db: DbOrTx, idHash: string) {
  db.delete(sessions).where(eq(sessions.idHash, idHash)).run()
}

export function deleteOtherSessions(db: DbOrTx, userId: number, keepIdHash: string) {
  db.delete(sessions)
    .where(and(eq(sessions.userId, userId), ne(sessions.idHash, keepIdHash)))
    .run()
}

export function insertSession(
  db: DbOrTx,
  row: { idHash: string; userId: number; at: string; userAgent: string | null; clientAddress: string },
) {
  db.insert(sessions)
    .values({
      idHash: row.idHash,
      userId: row.userId,
      createdAt: row.at,
      lastSeenAt: row.at,
      userAgent: row.userAgent,
      clientAddress: row.clientAddress,
    })
    .run()
}

export function findActiveUserByEmail(db: DbOrTx, email: string) {
  return db
    .select({
      id: users.id,
      passwordHash: users.passwordHash,
      role: users.role,
      totpEnabledAt: users.totpEnabledAt,
    })
    .from(users)
    .where(and(eq(users.email, email), eq(users.active, true)))
    .get()
}

export function findPasswordHash(db: DbOrTx, userId: number) {
  return db.select({ passwordHash: users.passwordHash }).from(users).where(eq(users.id, userId)).get()
    ?.passwordHash
}

export function recordLogin(db: DbOrTx, userId: number, at: string) {
  db.update(users).set({ lastLoginAt: at }).where(eq(users.id, userId)).run()
}

export function updateUserSelf(
  db: DbOrTx,
  userId: number,
  changes: { language?: 'nl' | 'en'; name?: string },
) {
  if (Object.keys(changes).length === 0) return
  db.update(users).set(changes).where(eq(users.id, userId)).run()
}

export function updatePasswordHash(db: DbOrTx, userId: number, passwordHash: string) {
  db.update(users).set({ passwordHash }).where(eq(users.id, userId)).run()
}

export function findTeamName(db: DbOrTx, teamId: number) {
  // On every GET /api/auth/me: prepared once.
  return (
    preparedQuery(db, 'auth.teamName', () =>
      db
        .select({ name: teams.name })
        .from(teams)
        .where(eq(teams.id, sql.placeholder('id')))
        .prepare(),
    ).get({ id: teamId })?.name ?? null
  )
}

export function replaceActivationCode(db: DbOrTx, values: typeof activationCodes.$inferInsert) {
  // An earlier, unused code stops working: only the newest code handed over counts.
  db.update(activationCodes)
    .set({ usedAt: values.createdAt })
    .where(and(eq(activationCodes.userId, values.userId), isNull(activationCodes.usedAt)))
    .run()
  db.insert(activationCodes).values(values).run()
}

/** The waiting (never activated) household log-in with this e-mail address and this valid, unused code. */
export function findWaitingActivation(db: DbOrTx, email: string, codeHash: string, now: string) {
  return db
    .select({ userId: users.id, codeId: activationCodes.id })
    .from(activationCodes)
    .innerJoin(users, eq(users.id, activationCodes.userId))
    .where(
      and(
        eq(users.email, email),
        eq(users.role, 'household'),
        eq(users.active, false),
        isNull(users.deactivatedAt),
        eq(activationCodes.codeHash, codeHash),
        isNull(activationCodes.usedAt),
        gt(activationCodes.expiresAt, now),
      ),
    )
    .get()
}

export function completeActivation(
  db: DbOrTx,
  userId: number,
  codeId: number,
  passwordHash: string,
  at: string,
) {
  db.update(activationCodes).set({ usedAt: at }).where(eq(activationCodes.id, codeId)).run()
  db.update(users).set({ passwordHash, active: true }).where(eq(users.id, userId)).run()
}

/** What the second factor needs to know about a user. */
export function findSecondFactor(db: DbOrTx, userId: number) {
  return db
    .select({
      id: users.id,
      email: users.email,
      role: users.role,
      active: users.active,
      totpSecret: users.totpSecret,
      totpEnabledAt: users.totpEnabledAt,
      totpLastStep: users.totpLastStep,
      totpPendingSecret: users.totpPendingSecret,
    })
    .from(users)
    .where(eq(users.id, userId))
    .get()
}

export function insertChallenge(db: DbOrTx, values: typeof loginChallenges.$inferInsert) {
  // One log-in halfway per user: a new password step replaces an older one.
  db.delete(loginChallenges).where(eq(loginChallenges.userId, values.userId)).run()
  db.insert(loginChallenges).values(values).run()
}

export function findChallenge(db: DbOrTx, idHash: string, now: string) {
  return db
    .select({ userId: loginChallenges.userId, purpose: loginChallenges.purpose })
    .from(loginChallenges)
    .innerJoin(users, and(eq(users.id, loginChallenges.userId), eq(users.active, true)))
    .where(and(eq(loginChallenges.idHash, idHash), gt(loginChallenges.expiresAt, now)))
    .get()
}

export function deleteChallenge(db: DbOrTx, idHash: string) {
  db.delete(loginChallenges).where(eq(loginChallenges.idHash, idHash)).run()
}

export function setPendingSecret(db: DbOrTx, userId: number, encrypted: string | null) {
  db.update(users).set({ totpPendingSecret: encrypted }).where(eq(users.id, userId)).run()
}

export function enableSecondFactor(db: DbOrTx, userId: number, encrypted: string, at: string, step: number) {
  db.update(users)
    .set({ totpSecret: encrypted, totpEnabledAt: at, totpLastStep: step, totpPendingSecret: null })
    .where(eq(users.id, userId))
    .run()
}

/** Accepts the step only when it is newer than the last one used: the check and the write are one statement. */
export function claimStep(db: DbOrTx, userId: number, step: number): boolean {
  return (
    db
      .update(users)
      .set({ totpLastStep: step })
      .where(and(eq(users.id, userId), sql`coalesce(${users.totpLastStep}, -1) < ${step}`))
      .run().changes === 1
  )
}

export function disableSecondFactor(db: DbOrTx, userId: number) {
  db.update(users)
    .set({ totpSecret: null, totpEnabledAt: null, totpLastStep: null, totpPendingSecret: null })
    .where(eq(users.id, userId))
    .run()
  db.delete(recoveryCodes).where(eq(recoveryCodes.userId, userId)).run()
}

export function replaceRecoveryCodes(db: DbOrTx, userId: number, hashes: string[], at: string) {
  db.delete(recoveryCodes).where(eq(recoveryCodes.userId, userId)).run()
  for (const codeHash of hashes) db.insert(recoveryCodes).values({ userId, codeHash, createdAt: at }).run()
}

/** Marks an unused recovery code of this user as used; false when there is none. */
export function useRecoveryCode(db: DbOrTx, userId: number, codeHash: string, at: string): boolean {
  return (
    db
      .update(recoveryCodes)
      .set({ usedAt: at })
      .where(
        and(
          eq(recoveryCodes.userId, userId),
          eq(recoveryCodes.codeHash, codeHash),
          isNull(recoveryCodes.usedAt),
        ),
      )
      .run().changes === 1
  )
}

export function countRecoveryCodesLeft(db: DbOrTx, userId: number): number {
  return (
    db
      .select({ n: sql<number>`count(*)` })
      .from(recoveryCodes)
      .where(and(eq(recoveryCodes.userId, userId), isNull(recoveryCodes.usedAt)))
      .get()?.n ?? 0
  )
}

export function deleteAllSessions(db: DbOrTx, userId: number) {
  db.delete(sessions).where(eq(sessions.userId, userId)).run()
  db.delete(loginChallenges).where(eq(loginChallenges.userId, userId)).run()
}

export function listSessions(db: DbOrTx, userId: number) {
  return db
    .select({
      idHash: sessions.idHash,
      createdAt: sessions.createdAt,
      lastSeenAt: sessions.lastSeenAt,
      userAgent: sessions.userAgent,
    })
    .from(sessions)
    .where(eq(sessions.userId, userId))
    .orderBy(sql`${sessions.lastSeenAt} DESC`)
    .all()
}

/** Ends the user's session whose id hash starts with this public id; false when the user has none such. */
export function deleteSessionByPublicId(db: DbOrTx, userId: number, publicId: string): boolean {
  return (
    db
      .delete(sessions)
      .where(and(eq(sessions.userId, userId), sql`substr(${sessions.idHash}, 1, 16) = ${publicId}`))
      .run().changes > 0
  )
}
