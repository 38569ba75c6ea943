import { permissions, roleHasPermission, type Permission } from '#shared/domain/permissions'
import { actorOf, type Actor, type RequestContext } from './context.ts'
import { recordAudit } from './audit.ts'
import { Forbidden, NotFound } from './errors.ts'
import { prepared } from '../lib/prepared.ts'

const assignedSql =
  'SELECT 1 FROM case_assignments WHERE worker_id = ? AND household_id = ? AND ended_at IS NULL LIMIT 1'
const householdTeamSql = 'SELECT team_id FROM households WHERE id = ?'
// On the (user_id, household_id) index; expires_at is an ISO string like every stored time, so it compares.
const emergencySql = `SELECT 1 FROM emergency_accesses
  WHERE user_id = ? AND household_id = ? AND ended_at IS NULL AND expires_at > ? LIMIT 1`

function householdTeam(ctx: RequestContext, householdId: number) {
  return prepared<[number], { team_id: number }>(ctx.db.$client, householdTeamSql).get(householdId)
}

/** The normal 'case' relationship: the worker assigned to the household, or the supervisor of its team. */
export function standsInCase(ctx: RequestContext, actor: Actor, householdId: number): boolean {
  if (actor.role === 'worker') {
    return prepared(ctx.db.$client, assignedSql).get(actor.userId, householdId) !== undefined
  }
  if (actor.role === 'supervisor') {
    const household = householdTeam(ctx, householdId)
    return household !== undefined && actor.teamId !== null && household.team_id === actor.teamId
  }
  return false
}

/** A running emergency access ("break the glass") of this user to this household. */
function hasEmergencyAccess(ctx: RequestContext, actor: Actor, householdId: number): boolean {
  return (
    prepared(ctx.db.$client, emergencySql).get(actor.userId, householdId, ctx.clock.now().toISOString()) !==
    undefined
  )
}

/** The relationship a permission needs, checked against the database. Unknown kinds deny. */
function hasRelationship(
  ctx: RequestContext,
  actor: Actor,
  permission: Permission,
  householdId: number | null,
) {
  const relationship = permissions[permission].relationship
  switch (relationship) {
    case 'none':
      return true
    case 'team': {
      if (householdId === null || actor.teamId === null) return false
      const household = householdTeam(ctx, householdId)
      return household !== undefined && household.team_id === actor.teamId
    }
    case 'own':
      return householdId !== null && actor.householdId === householdId
    case 'case': {
      if (householdId === null) return false
      if (standsInCase(ctx, actor, householdId)) return true
      // Emergency access grants reading only: whoever must act in the case (a stand-in) is assigned to it, so
      // every change keeps its normal accountability. Looked up only when the normal check failed.
      return permission === 'household:read' && hasEmergencyAccess(ctx, actor, householdId)
    }
    default:
      return false
  }
}

/**
 * The one access check: the actor's role must hold the permission AND the actor must stand in the permission's
 * relationship to the household. Deny by default. A denial about a household answers 404 (ids cannot be
 * probed) and is audited; a role-only denial answers 403.
 */
export function requireAccess(
  ctx: RequestContext,
  permission: Permission,
  householdId: number | null = null,
  operation: string = permission,
): Actor {
  const actor = actorOf(ctx)
  const allowed =
    roleHasPermission(actor.role, permission) && hasRelationship(ctx, actor, permission, householdId)
  if (allowed) {
    // Unusual reading: every household a professional is let into counts (a map write; never blocks).
    if (householdId !== null && (actor.role === 'worker' || actor.role === 'supervisor'))
      ctx.readingWatch?.opened(actor.userId, householdId)
    return actor
  }
  if (householdId !== null) {
    recordAudit(ctx, { operation, outcome: 'denied', householdId })
    throw NotFound()
  }
  recordAudit(ctx, { operation, outcome: 'denied' })
  throw Forbidden()
}
