import type { TotpSetup } from '#shared/contracts/auth'
import type { TwoFactorStatus } from '#shared/contracts/account'
import { secondFactorRequired } from '#shared/domain/accounts'
import type { Tx } from '../../db/client.ts'
import type { RequestContext } from '../../plugins/context.ts'
import { recordAudit } from '../../plugins/audit.ts'
import { Conflict, Invalid, TooManyRequests } from '../../plugins/errors.ts'
import type { LoginThrottle } from './login-throttle.ts'
import {
  decryptSecret,
  encryptSecret,
  hashRecoveryCode,
  matchingStep,
  newRecoveryCodes,
  newSecret,
  setupFor,
} from './two-factor.ts'
import * as repo from './repo.ts'

type SecondFactorUser = NonNullable<ReturnType<typeof repo.findSecondFactor>>

export function secondFactorUser(ctx: RequestContext, userId: number): SecondFactorUser {
  const user = repo.findSecondFactor(ctx.db, userId)
  if (!user) throw new Error(`User ${userId} disappeared during a log-in`)
  return user
}

/** Refuses at once while the account or address has too many recent failures (codes count like passwords). */
export function checkThrottle(
  ctx: RequestContext,
  throttle: LoginThrottle,
  email: string,
  operation: string,
) {
  const wait = throttle.retryAfterSeconds(email, ctx.clientAddress)
  if (wait > 0) {
    recordAudit(ctx, { operation, outcome: 'denied' })
    throw TooManyRequests(wait)
  }
}

function refuse(
  ctx: RequestContext,
  throttle: LoginThrottle,
  user: SecondFactorUser,
  operation: string,
  key: string,
): never {
  throttle.recordFailure(user.email, ctx.clientAddress)
  recordAudit(ctx, { operation, outcome: 'failed', objectId: user.id })
  throw Invalid({ code: key })
}

/**
 * Checks a code from the authenticator app (each 30-second code works once) or an unused recovery code. Throws
 * Invalid (wrong, or already used) after counting the failure toward the log-in throttle.
 */
export function verifySecondFactor(
  ctx: RequestContext,
  throttle: LoginThrottle,
  user: SecondFactorUser,
  code: string,
  operation: string,
  options: { allowRecoveryCode: boolean } = { allowRecoveryCode: true },
): void {
  checkThrottle(ctx, throttle, user.email, operation)
  if (!user.totpSecret) throw Conflict('errors.twoFactorNotEnabled')
  const now = ctx.clock.now()
  const digits = code.replace(/\s+/g, '')
  if (/^\d{6}$/.test(digits)) {
    const step = matchingStep(decryptSecret(ctx.config.SESSION_SECRET, user.totpSecret), digits, now)
    if (step === null) refuse(ctx, throttle, user, operation, 'errors.wrongSecondFactorCode')
    if (!repo.claimStep(ctx.db, user.id, step))
      refuse(ctx, throttle, user, operation, 'errors.secondFactorCodeUsed')
  } else {
    const used =
      options.allowRecoveryCode &&
      repo.useRecoveryCode(
        ctx.db,
        user.id,
        hashRecoveryCode(ctx.config.SESSION_SECRET, code),
        now.toISOString(),
      )
    if (!used) refuse(ctx, throttle, user, operation, 'errors.wrongSecondFactorCode')
    recordAudit(ctx, { operation: 'auth.recoveryCode.use', objectId: user.id })
  }
  throttle.recordSuccess(user.email)
}

/** A new secret to scan, kept as pending until a code from it confirms it; asking again gives the same one. */
export async function pendingSetup(
  ctx: RequestContext,
  user: SecondFactorUser,
  options: { fresh: boolean },
): Promise<TotpSetup> {
  let pending = options.fresh ? null : user.totpPendingSecret
  if (!pending) {
    pending = encryptSecret(ctx.config.SESSION_SECRET, newSecret())
    repo.setPendingSecret(ctx.db, user.id, pending)
  }
  return setupFor(decryptSecret(ctx.config.SESSION_SECRET, pending), user.email)
}

/**
 * Switches two-factor on with the pending secret once a code from it matches; returns the ten recovery codes to
 * show once. `during` runs in the same transaction (the log-in opens its session there). Throws Conflict (nothing
 * pending), Invalid (wrong code), TooManyRequests.
 */
export function confirmPending(
  ctx: RequestContext,
  throttle: LoginThrottle,
  user: SecondFactorUser,
  code: string,
  operation: string,
  during?: (tx: Tx) => void,
): string[] {
  checkThrottle(ctx, throttle, user.email, operation)
  if (!user.totpPendingSecret) throw Conflict('errors.twoFactorNotPending')
  const base32 = decryptSecret(ctx.config.SESSION_SECRET, user.totpPendingSecret)
  const step = matchingStep(base32, code.replace(/\s+/g, ''), ctx.clock.now())
  if (step === null) refuse(ctx, throttle, user, operation, 'errors.wrongSecondFactorCode')
  throttle.recordSuccess(user.email)
  const codes = newRecoveryCodes()
  const at = ctx.clock.now().toISOString()
  ctx.db.transaction((tx) => {
    repo.enableSecondFactor(tx, user.id, user.totpPendingSecret!, at, step)
    repo.replaceRecoveryCodes(
      tx,
      user.id,
      codes.map((c) => hashRecoveryCode(ctx.config.SESSION_SECRET, c)),
      at,
    )
    recordAudit(ctx, { operation: 'auth.twoFactor.enable', objectId: user.id })
    during?.(tx)
  })
  return codes
}

export function renewRecoveryCodes(ctx: RequestContext, userId: number): string[] {
  const codes = newRecoveryCodes()
  ctx.db.transaction((tx) => {
    repo.replaceRecoveryCodes(
      tx,
      userId,
      codes.map((c) => hashRecoveryCode(ctx.config.SESSION_SECRET, c)),
      ctx.clock.now().toISOString(),
    )
    recordAudit(ctx, { operation: 'auth.recoveryCodes.renew', objectId: userId })
  })
  return codes
}

export function twoFactorStatus(ctx: RequestContext, user: SecondFactorUser): TwoFactorStatus {
  return {
    enabled: user.totpEnabledAt !== null,
    enabledAt: user.totpEnabledAt,
    required: secondFactorRequired(user.role),
    recoveryCodesLeft: user.totpEnabledAt ? repo.countRecoveryCodesLeft(ctx.db, user.id) : 0,
  }
}

/** Off, with its recovery codes. The caller checks whether the role allows that. */
export function switchOff(ctx: RequestContext, userId: number, operation: string, tx: Tx) {
  repo.disableSecondFactor(tx, userId)
  recordAudit(ctx, { operation, objectId: userId })
}
