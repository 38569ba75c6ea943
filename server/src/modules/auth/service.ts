import type { ChangePasswordInput, LoginInput, Me, UpdateMeInput } from '#shared/contracts/auth'
import { actorOf, type Actor, type RequestContext } from '../../plugins/context.ts'
import { recordAudit } from '../../plugins/audit.ts'
import { Invalid, TooManyRequests, Unauthenticated } from '../../plugins/errors.ts'
import type { LoginThrottle } from './login-throttle.ts'
import { getDecoyHash, hashPassword, verifyPassword } from './password.ts'
import { hashSessionId, newSessionId } from './session-token.ts'
import * as repo from './repo.ts'
import { actorFromSession } from './actor.ts'

/**
 * Checks the credentials and opens a fresh session (a session id from before the log-in is ended, so a planted
 * id cannot be taken over). Throws TooManyRequests (throttled) or Unauthenticated (the same answer for an unknown
 * account and a wrong password).
 */
export async function logIn(
  ctx: RequestContext,
  throttle: LoginThrottle,
  input: LoginInput,
  previousSessionId: string | undefined,
): Promise<{ sessionId: string; me: Me }> {
  const wait = throttle.retryAfterSeconds(input.email, ctx.clientAddress)
  if (wait > 0) {
    recordAudit(ctx, { operation: 'auth.login', outcome: 'denied' })
    throw TooManyRequests(wait)
  }
  const user = repo.findActiveUserByEmail(ctx.db, input.email)
  const valid = await verifyPassword(user?.passwordHash ?? (await getDecoyHash()), input.password)
  if (!user || !valid) {
    throttle.recordFailure(input.email, ctx.clientAddress)
    recordAudit(ctx, { operation: 'auth.login', outcome: 'failed' })
    throw Unauthenticated('errors.loginFailed')
  }
  throttle.recordSuccess(input.email)

  const sessionId = newSessionId()
  const idHash = hashSessionId(ctx.config.SESSION_SECRET, sessionId)
  const at = ctx.clock.now().toISOString()
  const session = ctx.db.transaction((tx) => {
    if (previousSessionId) repo.deleteSession(tx, hashSessionId(ctx.config.SESSION_SECRET, previousSessionId))
    repo.insertSession(tx, {
      idHash,
      userId: user.id,
      at,
      userAgent: ctx.userAgent,
      clientAddress: ctx.clientAddress,
    })
    repo.recordLogin(tx, user.id, at)
    const row = repo.findSessionWithUser(ctx.db, idHash)
    if (!row) throw new Error('A session just written could not be read back')
    const actor = actorFromSession(row)
    recordAudit({ ...ctx, actor }, { operation: 'auth.login', objectId: user.id })
    return actor
  })
  return { sessionId, me: toMe(ctx, session) }
}

/** Ends the session on the server; the cookie alone is worth nothing afterwards. */
export function logOut(ctx: RequestContext): void {
  const actor = actorOf(ctx)
  repo.deleteSession(ctx.db, actor.sessionIdHash)
}

export function getMe(ctx: RequestContext): Me {
  return toMe(ctx, actorOf(ctx))
}

export function updateMe(ctx: RequestContext, input: UpdateMeInput): Me {
  const actor = actorOf(ctx)
  repo.updateUserSelf(ctx.db, actor.userId, input)
  return toMe(ctx, { ...actor, ...input })
}

/** Throws Invalid (current password wrong). Ends every other session of the user. */
export async function changePassword(ctx: RequestContext, input: ChangePasswordInput): Promise<void> {
  const actor = actorOf(ctx)
  const currentHash = repo.findPasswordHash(ctx.db, actor.userId)
  if (!currentHash || !(await verifyPassword(currentHash, input.currentPassword))) {
    throw Invalid({ currentPassword: 'errors.wrongCurrentPassword' })
  }
  const newHash = await hashPassword(input.newPassword)
  ctx.db.transaction((tx) => {
    repo.updatePasswordHash(tx, actor.userId, newHash)
    repo.deleteOtherSessions(tx, actor.userId, actor.sessionIdHash)
    recordAudit(ctx, { operation: 'auth.password.change', objectId: actor.userId })
  })
}

function toMe(ctx: RequestContext, actor: Actor): Me {
  return {
    id: actor.userId,
    name: actor.name,
    email: actor.email,
    role: actor.role,
    language: actor.language,
    teamId: actor.teamId,
    teamName: actor.teamId === null ? null : repo.findTeamName(ctx.db, actor.teamId),
    householdId: actor.householdId,
    municipalityName: ctx.config.MUNICIPALITY_NAME,
  }
}
