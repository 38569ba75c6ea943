import type { Actor } from '../../plugins/context.ts'
import type { SessionRow } from './repo.ts'

export function actorFromSession(row: SessionRow): Actor {
  return {
    userId: row.user_id,
    role: row.role,
    name: row.name,
    email: row.email,
    teamId: row.team_id,
    personId: row.person_id,
    householdId: row.role === 'household' ? row.household_id : null,
    language: row.language,
    sessionIdHash: row.id_hash,
  }
}
