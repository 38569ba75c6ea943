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
}

/**
 * Audit events about this household by people (not the system), newest first, without the viewer's own, from
 * before the cursor. Uses the (household_id, id) index.
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
    `SELECT a.id, a.at, a.actor_id AS actorId, a.actor_role AS actorRole, u.name, a.operation, a.outcome
     FROM audit_events a JOIN users u ON u.id = a.actor_id
     WHERE a.household_id = ? AND a.actor_id IS NOT NULL AND a.actor_id != ? AND a.id < ?
     ORDER BY a.id DESC LIMIT ?`,
  ).all(householdId, viewerUserId, beforeId, limit)
}
