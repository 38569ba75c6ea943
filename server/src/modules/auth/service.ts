import { randomBytes } from 'node:crypto'
import type {
  ActivateInput,
  ChangePasswordInput,
  EnrolledLogin,
  LoginInput,
  LoginResult,
  Me,
  SecondFactorInput,
  TotpSetup,
  UpdateMeInput,
} from '#shared/contracts/auth'
import { secondFactorRequired } from '#shared/domain/accounts'
import type { Tx } from '../../db/client.ts'
import { actorOf, type Actor, type RequestContext } from '../../plugins/context.ts'
import { recordAudit } from '../../plugins/audit.ts'
import { Invalid, TooManyRequests, Unauthenticated } from '../../plugins/errors.ts'
import type { LoginThrottle } from './login-throttle.ts'
import { getDecoyHash, hashPassword, verifyPassword } from './password.ts'
import { hashSessionId, newSessionId } from './session-token.ts'
import * as repo from './repo.ts'
import { actorFromSession } from './actor.ts'
import {
  confirmPending,
  pendingSetup,
  renewRecoveryCodes,
  secondFactorUser,
  switchOff,
  twoFactorStatus,
  verifySecondFactor,
} from './second-factor.ts'

/** A log-in halfway (password checked, second factor due) lasts this long. */
const challengeMs = 10 * 60 * 1000

export type LogInOutcome =
  | { result: Extract<LoginResult, { status: 'signedIn' }>; sessionId: string }
  | { result: Exclude<LoginResult, { status: 'signedIn' }>; challengeId: string }

/**
 * Checks the credentials. Without two-factor it opens a fresh session (a session id from before the log-in is
 * ended, so a planted id cannot be taken over); with two-factor, or when the role requires it and it is not set up
 * yet, it starts a short log-in challenge instead and no session exists until that is done. Throws
 * TooManyRequests (throttled) or Unauthenticated (the same answer for an unknown account and a wrong password).
 */
export async function logIn(
  ctx: RequestContext,
  throttle: LoginThrottle,
  input: LoginInput,
  previousSessionId: string | undefined,
): Promise<LogInOutcome> {
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
  const purpose = user.totpEnabledAt ? 'verify' : secondFactorRequired(user.role) ? 'enrol' : null
  if (purpose === null) {
    throttle.recordSuccess(input.email)
    const { sessionId, me } = openSession(ctx, user.id, previousSessionId, 'auth.login')
    return { result: { status: 'signedIn', me }, sessionId }
  }
  // The failure count is not reset yet: a known password must not buy unlimited guesses at the second factor.
  const challengeId = newSessionId()
  const now = ctx.clock.now()
  ctx.db.transaction((tx) => {
    repo.insertChallenge(tx, {
      idHash: hashSessionId(ctx.config.SESSION_SECRET, challengeId),
      userId: user.id,
      purpose,
      createdAt: now.toISOString(),
      expiresAt: new Date(now.getTime() + challengeMs).toISOString(),
    })
    recordAudit(ctx, { operation: 'auth.login.password', objectId: user.id })
  })
  return { result: { status: purpose === 'verify' ? 'secondFactor' : 'enrol' }, challengeId }
}

/** The user of a log-in halfway, for this step. Throws Unauthenticated when it expired or is for another step. */
function challengeUser(ctx: RequestContext, challengeId: string | undefined, purpose: 'verify' | 'enrol') {
  const idHash = challengeId ? hashSessionId(ctx.config.SESSION_SECRET, challengeId) : null
  const challenge = idHash ? repo.findChallenge(ctx.db, idHash, ctx.clock.now().toISOString()) : undefined
  if (!idHash || !challenge || challenge.purpose !== purpose) throw Unauthenticated('errors.loginStepExpired')
  return { idHash, user: secondFactorUser(ctx, challenge.userId) }
}

/** The second step: a code from the app or a recovery code. Opens the session. */
export function logInSecondFactor(
  ctx: RequestContext,
  throttle: LoginThrottle,
  input: SecondFactorInput,
  challengeId: string | undefined,
  previousSessionId: string | undefined,
): { sessionId: string; me: Me } {
  const { idHash, user } = challengeUser(ctx, challengeId, 'verify')
  verifySecondFactor(ctx, throttle, user, input.code, 'auth.login.secondFactor')
  return openSession(ctx, user.id, previousSessionId, 'auth.login', (tx) => repo.deleteChallenge(tx, idHash))
}

/** For a role that must have two-factor: the secret to scan during the log-in. */
export function loginEnrolment(ctx: RequestContext, challengeId: string | undefined): Promise<TotpSetup> {
  const { user } = challengeUser(ctx, challengeId, 'enrol')
  return pendingSetup(ctx, user, { fresh: false })
}

/** Confirms the scanned secret with a code, switches two-factor on and opens the session. */
export function logInWithEnrolment(
  ctx: RequestContext,
  throttle: LoginThrottle,
  input: SecondFactorInput,
  challengeId: string | undefined,
  previousSessionId: string | undefined,
): { sessionId: string; result: EnrolledLogin } {
  const { idHash, user } = challengeUser(ctx, challengeId, 'enrol')
  const recoveryCodes = confirmPending(ctx, throttle, user, input.code, 'auth.login.enrol', (tx) =>
    repo.deleteChallenge(tx, idHash),
  )
  const { sessionId, me } = openSession(ctx, user.id, previousSessionId, 'auth.login')
  return { sessionId, result: { me, recoveryCodes } }
}

/** A fresh session for a user whose credentials were just checked; an id from before is ended. */
function openSession(
  ctx: RequestContext,
  userId: number,
  previousSessionId: string | undefined,
  operation: string,
  before?: (tx: Tx) => void,
): { sessionId: string; me: Me } {
  const sessionId = newSessionId()
  const idHash = hashSessionId(ctx.config.SESSION_SECRET, sessionId)
  const at = ctx.clock.now().toISOString()
  const session = ctx.db.transaction((tx) => {
    before?.(tx)
    if (previousSessionId) repo.deleteSession(tx, hashSessionId(ctx.config.SESSION_SECRET, previousSessionId))
    repo.insertSession(tx, {
      idHash,
      userId,
      at,
      userAgent: ctx.userAgent,
      clientAddress: ctx.clientAddress,
    })
    repo.recordLogin(tx, userId, at)
    const row = repo.findSessionWithUser(ctx.db, idHash)
    if (!row) throw new Error('A session just written could not be read back')
    const actor = actorFromSession(row)
    recordAudit({ ...ctx, actor }, { operation, objectId: userId })
    return actor
  })
  return { sessionId, me: toMe(ctx, session) }
}

// Letters and digits that cannot be mistaken for each other when read aloud or copied from paper (no 0/O, 1/I/L).
const codeAlphabet = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789'
const codeValidDays = 14

function normaliseCode(code: string) {
  return code.toUpperCase().replace(/[^A-Z0-9]/g, '')
}

/**
 * A new one-time activation code for a (not yet activated) log-in, replacing any earlier code. Returns the code
 * as "ABCD-EFGH" to show once; only its keyed hash is stored. Runs in the caller's transaction.
 */
export function issueActivationCode(ctx: RequestContext, tx: Tx, userId: number) {
  const bytes = randomBytes(8)
  const raw = [...bytes].map((b) => codeAlphabet[b % codeAlphabet.length]).join('')
  const now = ctx.clock.now()
  const expiresAt = new Date(now.getTime() + codeValidDays * 24 * 60 * 60 * 1000).toISOString()
  repo.replaceActivationCode(tx, {
    userId,
    codeHash: hashSessionId(ctx.config.SESSION_SECRET, raw),
    createdBy: actorOf(ctx).userId,
    createdAt: now.toISOString(),
    expiresAt,
  })
  return { code: `${raw.slice(0, 4)}-${raw.slice(4)}`, expiresAt }
}

/**
 * The member activates their log-in: the e-mail address and the one-time code must match a waiting log-in whose
 * code has not expired or been used. Sets their own password and logs them in. Wrong codes count toward the same
 * throttle as wrong passwords. Throws TooManyRequests, Unauthenticated (one answer for every kind of mismatch).
 */
export async function activate(
  ctx: RequestContext,
  throttle: LoginThrottle,
  input: ActivateInput,
  previousSessionId: string | undefined,
): Promise<{ sessionId: string; me: Me }> {
  const wait = throttle.retryAfterSeconds(input.email, ctx.clientAddress)
  if (wait > 0) {
    recordAudit(ctx, { operation: 'auth.activate', outcome: 'denied' })
    throw TooManyRequests(wait)
  }
  const waiting = repo.findWaitingActivation(
    ctx.db,
    input.email,
    hashSessionId(ctx.config.SESSION_SECRET, normaliseCode(input.code)),
    ctx.clock.now().toISOString(),
  )
  if (!waiting) {
    throttle.recordFailure(input.email, ctx.clientAddress)
    recordAudit(ctx, { operation: 'auth.activate', outcome: 'failed' })
    throw Unauthenticated('errors.activationFailed')
  }
  throttle.recordSuccess(input.email)
  const passwordHash = await hashPassword(input.password)
  return openSession(ctx, waiting.userId, previousSessionId, 'auth.activate', (tx) =>
    repo.completeActivation(tx, waiting.userId, waiting.codeId, passwordHash, ctx.clock.now().toISOString()),
  )
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

// ── For the account page and the administrator (other modules reach the auth tables only through these) ──────

export function twoFactorStatusOf(ctx: RequestContext, userId: number) {
  return twoFactorStatus(ctx, secondFactorUser(ctx, userId))
}

export function newPendingSetup(ctx: RequestContext, userId: number): Promise<TotpSetup> {
  return pendingSetup(ctx, secondFactorUser(ctx, userId), { fresh: true })
}

export function confirmPendingSecondFactor(
  ctx: RequestContext,
  throttle: LoginThrottle,
  userId: number,
  code: string,
): string[] {
  return confirmPending(ctx, throttle, secondFactorUser(ctx, userId), code, 'account.twoFactor.enable')
}

export function renewRecoveryCodesWithCode(
  ctx: RequestContext,
  throttle: LoginThrottle,
  userId: number,
  code: string,
): string[] {
  const user = secondFactorUser(ctx, userId)
  verifySecondFactor(ctx, throttle, user, code, 'account.recoveryCodes', { allowRecoveryCode: false })
  return renewRecoveryCodes(ctx, userId)
}

export async function passwordMatches(ctx: RequestContext, userId: number, password: string) {
  const hash = repo.findPasswordHash(ctx.db, userId)
  return hash !== undefined && (await verifyPassword(hash, password))
}

export function switchOffSecondFactor(ctx: RequestContext, userId: number, operation: string) {
  ctx.db.transaction((tx) => switchOff(ctx, userId, operation, tx))
}

/** The administrator's reset: off, recovery codes gone, every session ended; set up again at the next log-in. */
export function resetSecondFactor(ctx: RequestContext, userId: number) {
  ctx.db.transaction((tx) => {
    switchOff(ctx, userId, 'user.twoFactor.reset', tx)
    repo.deleteAllSessions(tx, userId)
  })
}

export function sessionsOf(ctx: RequestContext, userId: number) {
  return repo.listSessions(ctx.db, userId)
}

export function endSessionOf(ctx: RequestContext, userId: number, publicId: string): boolean {
  return repo.deleteSessionByPublicId(ctx.db, userId, publicId)
}

export function twoFactorEnabledOf(ctx: RequestContext, userId: number): boolean {
  return secondFactorUser(ctx, userId).totpEnabledAt !== null
}
