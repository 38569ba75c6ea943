import type { Db } from '../../db/client.ts'
import { prepared } from '../../lib/prepared.ts'

export function currentMember(db: Db, householdId: number, personId: number) {
  return prepared<[number, number], { id: number }>(
    db.$client,
    'SELECT id FROM persons WHERE household_id = ? AND id = ? AND left_on IS NULL',
  ).get(householdId, personId)
}

export type AccessRow = {
  id: number
  at: string
  actorId: number
  actorRole: 'worker' | 'supervisor' | 'household' | 'admin'
  name: string
  operation: string
  outcome: 'allowed' | 'denied' | 'failed'
  /** 1 when the actor had emergency access to this household at the time. */
  emergency: 0 | 1
}

/**
 * Audit events about this household by people (not the system), newest first, without the viewer's own, from
 * before the cursor. Uses the (household_id, id) index; whether an event fell in an emergency access of its
 * actor is one lookup per row on the (user_id, household_id) index of emergency_accesses.
 */
export function accessEvents(
  db: Db,
  householdId: number,
  viewerUserId: number,
  beforeId: number,
  limit: number,
) {
  return prepared<[number, number, number, number], AccessRow>(
    db.$client,
    `SELECT a.id, a.at, a.actor_id AS actorId, a.actor_role AS actorRole, u.name, a.operation, a.outcome,
       EXISTS (SELECT 1 FROM emergency_accesses e
         WHERE e.user_id = a.actor_id AND e.household_id = a.household_id
           AND e.started_at <= a.at AND a.at <= coalesce(e.ended_at, e.expires_at)) AS emergency
     FROM audit_events a JOIN users u ON u.id = a.actor_id
     WHERE a.household_id = ? AND a.actor_id IS NOT NULL AND a.actor_id != ? AND a.id < ?
       AND a.operation NOT IN ('emergency.current', 'emergency.end')
     ORDER BY a.id DESC LIMIT ?`,
  ).all(householdId, viewerUserId, beforeId, limit)
}

// The export gathers everything about one person from several modules' tables, read-only, in one place: a
// person's right to see their file is about the data, wherever it is kept.

export function personForExport(db: Db, personId: number) {
  return prepared<
    [number],
    {
      givenName: string
      familyName: string
      birthdate: string
      phone: string | null
      email: string | null
      preferredLanguage: string | null
    }
  >(
    db.$client,
    `SELECT given_name AS givenName, family_name AS familyName, birthdate, phone, email,
       preferred_language AS preferredLanguage FROM persons WHERE id = ?`,
  ).get(personId)!
}

export function householdForExport(db: Db, householdId: number) {
  return prepared<[number], { name: string; address: string }>(
    db.$client,
    `SELECT name, street || ' ' || house_number || coalesce(house_number_addition, '') || ', ' || postcode || ' ' || city
       AS address FROM households WHERE id = ?`,
  ).get(householdId)!
}

/** The household's conversations, except those marked as holding information about someone else; optionally
 * only those the person took part in. */
export function conversationsForExport(db: Db, householdId: number, onlyWithPersonId: number | null) {
  return prepared<
    [number, number | null, number | null],
    { occurredAt: string; kind: string; text: string; author: string }
  >(
    db.$client,
    `SELECT c.occurred_at AS occurredAt, c.kind, c.text, u.name AS author
     FROM conversations c JOIN users u ON u.id = c.author_id
     WHERE c.household_id = ? AND c.third_party_info = 0
       AND (? IS NULL OR EXISTS (SELECT 1 FROM conversation_participants p
            WHERE p.conversation_id = c.id AND p.kind = 'member' AND p.ref_id = ?))
     ORDER BY c.occurred_at DESC, c.id DESC`,
  ).all(householdId, onlyWithPersonId, onlyWithPersonId)
}

export function broadViewForExport(db: Db, householdId: number, personId: number, english: boolean) {
  return prepared<
    [number, number],
    {
      date: string
      nameNl: string
      nameEn: string
      score: number | null
      strengths: string | null
      ownView: string | null
    }
  >(
    db.$client,
    `SELECT a.created_at AS date, d.name_nl AS nameNl, d.name_en AS nameEn, c.score, c.strengths, c.own_view AS ownView
     FROM analysis_cells c JOIN analyses a ON a.id = c.analysis_id JOIN life_domains d ON d.id = c.domain_id
     WHERE a.household_id = ? AND c.person_id = ? ORDER BY a.created_at DESC, d.sort_order`,
  )
    .all(householdId, personId)
    .map(({ nameNl, nameEn, ...rest }) => ({ ...rest, domain: english ? nameEn : nameNl }))
}
