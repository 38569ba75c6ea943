import { sql } from 'drizzle-orm'
import type { DbOrTx } from '../../db/client.ts'
import { narratives } from '../../db/schema/index.ts'

/**
 * The rows behind the team's indicators. Dates (received_on, closed_on, assessed_on, joined_on, left_on) are Dutch
 * calendar dates; instants (created_at, started_at, reopened_at) are compared with the instant a Dutch day begins,
 * which the service passes in (`…Before` is exclusive).
 */

/** Requests of the team received between two days (inclusive). */
export function requestsReceived(db: DbOrTx, teamId: number, from: string, to: string) {
  return db.all<{ receivedOn: string; appointmentMadeOn: string | null; status: string }>(
    sql`SELECT received_on AS receivedOn, appointment_made_on AS appointmentMadeOn, status FROM requests
      WHERE team_id = ${teamId} AND received_on BETWEEN ${from} AND ${to}`,
  )
}

/**
 * Households of the team with a plan version made in [from, before), each with whether its newest version made
 * before `before` has at least one member who agrees.
 */
export function planAgreement(db: DbOrTx, teamId: number, from: string, before: string) {
  return db.all<{ householdId: number; agreed: number }>(
    sql`SELECT v.household_id AS householdId,
        EXISTS (SELECT 1 FROM json_each(v.content, '$.positions') p
          WHERE json_extract(p.value, '$.position') = 'agrees') AS agreed
      FROM plan_versions v JOIN households h ON h.id = v.household_id
      WHERE h.team_id = ${teamId}
        AND v.version = (SELECT max(v2.version) FROM plan_versions v2
          WHERE v2.household_id = v.household_id AND v2.created_at < ${before})
        AND EXISTS (SELECT 1 FROM plan_versions v3 WHERE v3.household_id = v.household_id
          AND v3.created_at >= ${from} AND v3.created_at < ${before})`,
  )
}

/**
 * The cases of the team that were open on `day` (a case assignment running then, and no closing in force), with
 * each member of that day and the day of their newest safety picture up to then. A household without members
 * comes back once with a null person.
 */
export function openCaseMembersOn(db: DbOrTx, teamId: number, day: string, dayEndsBefore: string) {
  return db.all<{ householdId: number; personId: number | null; lastPictureOn: string | null }>(
    sql`SELECT h.id AS householdId, p.id AS personId,
        (SELECT max(sp.assessed_on) FROM safety_pictures sp
          WHERE sp.household_id = h.id AND sp.person_id = p.id AND sp.assessed_on <= ${day}) AS lastPictureOn
      FROM households h
      LEFT JOIN persons p ON p.household_id = h.id
        AND (p.joined_on <= ${day} OR (p.joined_on IS NULL AND p.created_at < ${dayEndsBefore}))
        AND (p.left_on IS NULL OR p.left_on > ${day})
      WHERE h.team_id = ${teamId}
        AND EXISTS (SELECT 1 FROM case_assignments a WHERE a.household_id = h.id
          AND a.started_at < ${dayEndsBefore} AND (a.ended_at IS NULL OR a.ended_at >= ${dayEndsBefore}))
        AND NOT EXISTS (SELECT 1 FROM case_closures c WHERE c.household_id = h.id
          AND c.closed_on <= ${day} AND (c.reopened_at IS NULL OR c.reopened_at >= ${dayEndsBefore}))
      ORDER BY h.id, p.id`,
  )
}

/** Closings of the team's cases between two days (inclusive), with their re-opening if there was one. */
export function closingsBetween(db: DbOrTx, teamId: number, from: string, to: string) {
  return db.all<{ id: number; closedOn: string; reopenedAt: string | null }>(
    sql`SELECT c.id, c.closed_on AS closedOn, c.reopened_at AS reopenedAt
      FROM case_closures c JOIN households h ON h.id = c.household_id
      WHERE h.team_id = ${teamId} AND c.closed_on BETWEEN ${from} AND ${to}
      ORDER BY c.closed_on, c.id`,
  )
}

/**
 * Closings of the team's cases between two days (inclusive), each with when support began: the first case
 * assignment before the closing, and the re-opening of an earlier closing of the same case, if any.
 */
export function closingsWithStart(db: DbOrTx, teamId: number, from: string, to: string) {
  return db.all<{ id: number; closedOn: string; firstStartedAt: string | null; reopenedAt: string | null }>(
    sql`SELECT c.id, c.closed_on AS closedOn,
        (SELECT min(a.started_at) FROM case_assignments a
          WHERE a.household_id = c.household_id AND a.started_at <= c.closed_at) AS firstStartedAt,
        (SELECT max(e.reopened_at) FROM case_closures e
          WHERE e.household_id = c.household_id AND e.id < c.id AND e.reopened_at IS NOT NULL) AS reopenedAt
      FROM case_closures c JOIN households h ON h.id = c.household_id
      WHERE h.team_id = ${teamId} AND c.closed_on BETWEEN ${from} AND ${to}
      ORDER BY c.closed_on, c.id`,
  )
}

export type NarrativeRow = {
  id: number
  quarter: string
  title: string
  text: string
  writtenBy: string
  writtenAt: string
}

/** The team's vertelpunten of one quarter, in the order they were written. */
export function listNarratives(db: DbOrTx, teamId: number, quarter: string): NarrativeRow[] {
  return db.all<NarrativeRow>(sql`SELECT n.id, n.quarter, n.title, n.text, u.name AS writtenBy,
      n.written_at AS writtenAt
    FROM narratives n JOIN users u ON u.id = n.written_by
    WHERE n.team_id = ${teamId} AND n.quarter = ${quarter}
    ORDER BY n.written_at, n.id`)
}

export function findNarrative(db: DbOrTx, id: number): NarrativeRow | undefined {
  return db.get<NarrativeRow>(sql`SELECT n.id, n.quarter, n.title, n.text, u.name AS writtenBy,
      n.written_at AS writtenAt
    FROM narratives n JOIN users u ON u.id = n.written_by WHERE n.id = ${id}`)
}

export function insertNarrative(db: DbOrTx, values: typeof narratives.$inferInsert): number {
  return db.insert(narratives).values(values).returning({ id: narratives.id }).get().id
}
