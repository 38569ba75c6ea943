import type { AdminUser, AssignTeamInput, CreateUserInput, UserListQuery } from '#shared/contracts/admin'
import type { RequestContext } from '../../plugins/context.ts'
import { requireAccess } from '../../plugins/access.ts'
import { recordAudit } from '../../plugins/audit.ts'
import { Conflict, Invalid, NotFound } from '../../plugins/errors.ts'
import { decodeCursor, encodeCursor, likeContains } from '../../lib/cursor.ts'
import { hashPassword } from '../auth/password.ts'
import { resetSecondFactor } from '../auth/service.ts'
import { isSharedMailbox, reviewAfterDays, reviewDue } from '#shared/domain/accounts'
import { teamExists } from '../teams/service.ts'
import * as repo from './repo.ts'

type UserRow = NonNullable<ReturnType<typeof repo.findUser>>
function toAdminUser(ctx: RequestContext, { totpEnabledAt, ...row }: UserRow): AdminUser {
  const active = Boolean(row.active)
  return {
    ...row,
    active,
    twoFactorEnabled: totpEnabledAt !== null,
    reviewDue: reviewDue({ ...row, active }, ctx.clock.now()),
  }
}

export function listUsers(ctx: RequestContext, query: UserListQuery) {
  requireAccess(ctx, 'config:manage', null, 'user.list')
  const rows = repo.listUsers(ctx.db, {
    pattern: query.q ? likeContains(query.q) : undefined,
    after: decodeCursor(query.cursor),
    limit: query.limit + 1,
    unusedSince:
      query.show === 'review'
        ? new Date(ctx.clock.now().getTime() - reviewAfterDays * 24 * 60 * 60 * 1000).toISOString()
        : undefined,
  })
  const items = rows.slice(0, query.limit)
  const last = items[items.length - 1]
  return {
    items: items.map((row) => toAdminUser(ctx, row)),
    nextCursor: rows.length > query.limit && last ? encodeCursor(last.name, last.id) : null,
  }
}

/** Workers and supervisors belong to a team; administrators to none. Throws Invalid. */
function checkTeamForRole(ctx: RequestContext, role: AdminUser['role'], teamId: number | null) {
  if (role === 'admin' && teamId !== null) throw Invalid({ teamId: 'errors.adminHasNoTeam' })
  if ((role === 'worker' || role === 'supervisor') && teamId === null)
    throw Invalid({ teamId: 'errors.teamRequired' })
  if (teamId !== null && !teamExists(ctx, teamId)) throw Invalid({ teamId: 'errors.unknownTeam' })
}

/** Throws Invalid (team rules), Conflict (e-mail already has an account: one account per person). */
export async function createUser(ctx: RequestContext, input: CreateUserInput): Promise<AdminUser> {
  requireAccess(ctx, 'config:manage', null, 'user.create')
  checkTeamForRole(ctx, input.role, input.teamId)
  if (isSharedMailbox(input.email)) throw Invalid({ email: 'errors.sharedMailbox' })
  if (repo.findUserIdByEmail(ctx.db, input.email)) throw Conflict('errors.emailTaken')
  const passwordHash = await hashPassword(input.initialPassword)
  const id = ctx.db.transaction((tx) => {
    const { id } = repo.insertUser(tx, {
      name: input.name,
      email: input.email,
      phone: input.phone || null,
      role: input.role,
      teamId: input.teamId,
      passwordHash,
      createdAt: ctx.clock.now().toISOString(),
    })
    recordAudit(ctx, { operation: 'user.create', objectId: id })
    return id
  })
  return getUser(ctx, id)
}

/** Throws NotFound, Conflict (deactivated), Invalid (team rules). */
export function assignTeam(ctx: RequestContext, userId: number, input: AssignTeamInput): AdminUser {
  requireAccess(ctx, 'config:manage', null, 'user.team.assign')
  const user = getUser(ctx, userId)
  if (!user.active) throw Conflict('errors.cannotChangeInactive')
  checkTeamForRole(ctx, user.role, input.teamId)
  ctx.db.transaction((tx) => {
    repo.setTeam(tx, userId, input.teamId)
    recordAudit(ctx, { operation: 'user.team.assign', objectId: userId })
  })
  return getUser(ctx, userId)
}

/** Ends the user's sessions at once. Throws NotFound, Conflict (own account, or already inactive). */
export function deactivateUser(ctx: RequestContext, userId: number): AdminUser {
  const actor = requireAccess(ctx, 'config:manage', null, 'user.deactivate')
  const user = getUser(ctx, userId)
  if (user.id === actor.userId) throw Conflict('errors.cannotDeactivateSelf')
  if (!user.active) throw Conflict('errors.alreadyInactive')
  ctx.db.transaction((tx) => {
    repo.deactivate(tx, userId, ctx.clock.now().toISOString())
    recordAudit(ctx, { operation: 'user.deactivate', objectId: userId })
  })
  return getUser(ctx, userId)
}

/**
 * The user sets up two-factor again at their next log-in (a lost phone); their sessions end now. Throws NotFound,
 * Conflict (two-factor is not on).
 */
export function resetTwoFactor(ctx: RequestContext, userId: number): AdminUser {
  requireAccess(ctx, 'config:manage', null, 'user.twoFactor.reset')
  const user = getUser(ctx, userId)
  if (!user.twoFactorEnabled) throw Conflict('errors.twoFactorNotEnabled')
  resetSecondFactor(ctx, userId)
  return getUser(ctx, userId)
}

function getUser(ctx: RequestContext, userId: number): AdminUser {
  const row = repo.findUser(ctx.db, userId)
  if (!row) throw NotFound()
  return toAdminUser(ctx, row)
}
