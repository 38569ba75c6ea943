import type { AccountSession, DisableTwoFactorInput, TwoFactorStatus } from '#shared/contracts/account'
import type { SecondFactorInput, TotpSetup } from '#shared/contracts/auth'
import { describeUserAgent, secondFactorRequired } from '#shared/domain/accounts'
import { actorOf, type RequestContext } from '../../plugins/context.ts'
import { recordAudit } from '../../plugins/audit.ts'
import { Conflict, Invalid, NotFound } from '../../plugins/errors.ts'
import type { LoginThrottle } from '../auth/login-throttle.ts'
import * as auth from '../auth/service.ts'

/**
 * The user's own security (issue 11): switching two-factor on or off, recovery codes, and the sessions open in
 * their name. Every user may do this for themselves only; nothing here touches case data.
 */

export function twoFactor(ctx: RequestContext): TwoFactorStatus {
  const actor = actorOf(ctx)
  return auth.twoFactorStatusOf(ctx, actor.userId)
}

export function setUp(ctx: RequestContext): Promise<TotpSetup> {
  const actor = actorOf(ctx)
  recordAudit(ctx, { operation: 'account.twoFactor.setup', objectId: actor.userId })
  return auth.newPendingSetup(ctx, actor.userId)
}

export function confirm(ctx: RequestContext, throttle: LoginThrottle, input: SecondFactorInput) {
  const actor = actorOf(ctx)
  return { recoveryCodes: auth.confirmPendingSecondFactor(ctx, throttle, actor.userId, input.code) }
}

/** Needs a current code from the app (not a recovery code): the old codes stop working. */
export function newRecoveryCodes(ctx: RequestContext, throttle: LoginThrottle, input: SecondFactorInput) {
  const actor = actorOf(ctx)
  return { recoveryCodes: auth.renewRecoveryCodesWithCode(ctx, throttle, actor.userId, input.code) }
}

/** Throws Conflict (required for the role, or not on), Invalid (wrong password). */
export async function disable(ctx: RequestContext, input: DisableTwoFactorInput): Promise<void> {
  const actor = actorOf(ctx)
  if (secondFactorRequired(actor.role)) throw Conflict('errors.twoFactorRequiredForRole')
  if (!(await auth.passwordMatches(ctx, actor.userId, input.password)))
    throw Invalid({ password: 'errors.wrongCurrentPassword' })
  auth.switchOffSecondFactor(ctx, actor.userId, 'account.twoFactor.disable')
}

export function sessions(ctx: RequestContext): AccountSession[] {
  const actor = actorOf(ctx)
  const rows = auth.sessionsOf(ctx, actor.userId)
  recordAudit(ctx, { operation: 'account.sessions.list', objectId: actor.userId })
  return rows.map((row) => ({
    id: row.idHash.slice(0, 16),
    ...describeUserAgent(row.userAgent),
    startedAt: row.createdAt,
    lastActiveAt: row.lastSeenAt,
    current: row.idHash === actor.sessionIdHash,
  }))
}

/** Ends one of the user's own sessions (the current one too: that is logging out). Throws NotFound. */
export function endSession(ctx: RequestContext, sessionId: string): void {
  const actor = actorOf(ctx)
  ctx.db.transaction(() => {
    if (!auth.endSessionOf(ctx, actor.userId, sessionId)) throw NotFound()
    recordAudit(ctx, { operation: 'account.session.end', objectId: actor.userId })
  })
}
