import { sql } from 'drizzle-orm'
import type { DbOrTx } from '../../db/client.ts'
import { emergencyAccesses } from '../../db/schema/index.ts'

export type AccessRow = {
  id: number
  householdId: number
  householdName: string
  householdTeamName: string
  userId: number
  userName: string
  userRole: 'worker' | 'supervisor' | 'household' | 'admin'
  userTeamName: string | null
  reason: string
  startedAt: string
  expiresAt: string
  endedAt: string | null
}

const accessColumns = sql`e.id, e.household_id AS householdId, h.name AS householdName,
  ht.name AS householdTeamName, e.user_id AS userId, u.name AS userName, u.role AS userRole,
  ut.name AS userTeamName, e.reason, e.started_at AS startedAt, e.expires_at AS expiresAt, e.ended_at AS endedAt
  FROM emergency_accesses e JOIN households h ON h.id = e.household_id JOIN teams ht ON ht.id = h.team_id
  JOIN users u ON u.id = e.user_id LEFT JOIN teams ut ON ut.id = u.team_id`

export function findHousehold(db: DbOrTx, householdId: number) {
  return db.get<{ id: number; teamId: number } | undefined>(
    sql`SELECT id, team_id AS teamId FROM households WHERE id = ${householdId}`,
  )
}

/** Households at one address, in any team. Postcodes are stored as typed ("1234 AB"): compared without spaces. */
export function householdsAtAddress(db: DbOrTx, postcode: string, houseNumber: number) {
  return db.all<{ id: number; name: string; address: string; teamName: string }>(
    sql`SELECT h.id, h.name, t.name AS teamName,
        h.street || ' ' || h.house_number || coalesce(h.house_number_addition, '') || ', ' || h.postcode || ' ' || h.city
          AS address
      FROM households h JOIN teams t ON t.id = h.team_id
      WHERE h.house_number = ${houseNumber} AND replace(upper(h.postcode), ' ', '') = ${postcode}
      ORDER BY h.name, h.id LIMIT 50`,
  )
}

/** The user's emergency access to the household that is still running at `now`; on the (user, household) index. */
export function findActive(
  db: DbOrTx,
  userId: number,
  householdId: number,
  now: string,
): AccessRow | undefined {
  return db.get<AccessRow | undefined>(
    sql`SELECT ${accessColumns} WHERE e.user_id = ${userId} AND e.household_id = ${householdId}
      AND e.ended_at IS NULL AND e.expires_at > ${now} ORDER BY e.id DESC LIMIT 1`,
  )
}

export function findAccess(db: DbOrTx, id: number): AccessRow | undefined {
  return db.get<AccessRow | undefined>(sql`SELECT ${accessColumns} WHERE e.id = ${id}`)
}

/** Ends every running emergency access of the user to the household. */
export function endActive(db: DbOrTx, userId: number, householdId: number, now: string) {
  db.run(sql`UPDATE emergency_accesses SET ended_at = ${now}
    WHERE user_id = ${userId} AND household_id = ${householdId} AND ended_at IS NULL AND expires_at > ${now}`)
}

export function insertAccess(db: DbOrTx, values: typeof emergencyAccesses.$inferInsert) {
  return db.insert(emergencyAccesses).values(values).returning({ id: emergencyAccesses.id }).get().id
}

/** Newest first: all, or those by one team's people or to that team's households. */
export function listAccesses(db: DbOrTx, scope: 'all' | { teamId: number }, limit: number): AccessRow[] {
  const where =
    scope === 'all' ? sql`` : sql`WHERE u.team_id = ${scope.teamId} OR h.team_id = ${scope.teamId}`
  return db.all<AccessRow>(
    sql`SELECT ${accessColumns} ${where} ORDER BY e.started_at DESC, e.id DESC LIMIT ${limit}`,
  )
}
