import type { Db, DbOrTx } from '../../db/client.ts'
import { users } from '../../db/schema/index.ts'
import { prepared } from '../../lib/prepared.ts'

export type LoginRow = {
  userId: number
  personId: number
  email: string
  active: 0 | 1
  deactivatedAt: string | null
  codeExpiresAt: string | null
}

/** The household log-ins of this household's members, with the expiry of each one's newest unused code. */
export function loginsOfHousehold(db: Db, householdId: number): LoginRow[] {
  return prepared<[number], LoginRow>(
    db.$client,
    `SELECT u.id AS userId, u.person_id AS personId, u.email, u.active, u.deactivated_at AS deactivatedAt,
       (SELECT max(c.expires_at) FROM activation_codes c WHERE c.user_id = u.id AND c.used_at IS NULL) AS codeExpiresAt
     FROM users u JOIN persons p ON p.id = u.person_id
     WHERE u.role = 'household' AND p.household_id = ? ORDER BY p.birthdate`,
  ).all(householdId)
}

export function member(db: Db, householdId: number, personId: number) {
  return prepared<[number, number], { id: number; name: string; birthdate: string; leftOn: string | null }>(
    db.$client,
    `SELECT id, given_name || ' ' || family_name AS name, birthdate, left_on AS leftOn
     FROM persons WHERE household_id = ? AND id = ?`,
  ).get(householdId, personId)
}

export function userWithEmail(db: Db, email: string) {
  return prepared<[string], { id: number; personId: number | null }>(
    db.$client,
    'SELECT id, person_id AS personId FROM users WHERE email = ?',
  ).get(email)
}

export function insertWaitingLogin(db: DbOrTx, values: typeof users.$inferInsert) {
  return db.insert(users).values(values).returning({ id: users.id }).get()
}

export function updateEmail(db: Db, userId: number, email: string) {
  prepared(db.$client, 'UPDATE users SET email = ? WHERE id = ?').run(email, userId)
}
