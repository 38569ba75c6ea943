import { randomBytes } from 'node:crypto'
import type { CreatePortalLoginInput, IssuedPortalLogin, PortalLogin } from '#shared/contracts/portal-logins'
import { ageOn, dutchCalendarDate } from '#shared/domain/age'
import type { RequestContext } from '../../plugins/context.ts'
import { requireAccess } from '../../plugins/access.ts'
import { recordAudit } from '../../plugins/audit.ts'
import { Conflict, Invalid, NotFound } from '../../plugins/errors.ts'
import { issueActivationCode } from '../auth/service.ts'
import { hashPassword } from '../auth/password.ts'
import * as repo from './repo.ts'

/** From this age a member can have their own log-in: the age from which they are heard (DOMAIN.md). */
export const portalLoginFromAge = 12

function present(row: repo.LoginRow): PortalLogin {
  return {
    personId: row.personId,
    email: row.email,
    status: row.active ? 'active' : row.deactivatedAt ? 'ended' : 'waiting',
    codeExpiresAt: row.active ? null : row.codeExpiresAt,
  }
}

export function listPortalLogins(ctx: RequestContext, householdId: number): PortalLogin[] {
  requireAccess(ctx, 'household:read', householdId, 'portalLogin.list')
  const result = repo.loginsOfHousehold(ctx.db, householdId).map(present)
  recordAudit(ctx, { operation: 'portalLogin.list', householdId })
  return result
}

/**
 * Makes a log-in for a member of 12 or older, waiting until they activate it with the one-time code and choose
 * their own password; for a log-in still waiting, a new code replaces the old one. Throws Invalid (too young,
 * e-mail address in use by someone else), Conflict (already active), NotFound.
 */
export async function createPortalLogin(
  ctx: RequestContext,
  householdId: number,
  personId: number,
  input: CreatePortalLoginInput,
): Promise<IssuedPortalLogin> {
  requireAccess(ctx, 'household:write', householdId, 'portalLogin.create')
  const person = repo.member(ctx.db, householdId, personId)
  if (!person || person.leftOn !== null) throw NotFound()
  const age = person.birthdate ? ageOn(person.birthdate, dutchCalendarDate(ctx.clock.now())) : null
  if (age === null || age < portalLoginFromAge) throw Invalid({ personId: 'errors.portalLoginFrom12' })
  const existing = repo.loginsOfHousehold(ctx.db, householdId).find((l) => l.personId === personId)
  if (existing?.active) throw Conflict('errors.portalLoginActive')
  const taken = repo.userWithEmail(ctx.db, input.email)
  if (taken && taken.id !== existing?.userId) throw Invalid({ email: 'errors.emailTaken' })
  // Until activation nobody can log in with it: the password is random, never shown, and the account inactive.
  const placeholder = existing ? null : await hashPassword(randomBytes(32).toString('base64url'))
  const issued = ctx.db.transaction((tx) => {
    let userId = existing?.userId
    if (userId === undefined) {
      userId = repo.insertWaitingLogin(tx, {
        email: input.email,
        name: person.name,
        role: 'household',
        personId,
        passwordHash: placeholder!,
        active: false,
        createdAt: ctx.clock.now().toISOString(),
      }).id
    } else {
      repo.updateEmail(ctx.db, userId, input.email)
    }
    const code = issueActivationCode(ctx, tx, userId)
    recordAudit(ctx, { operation: 'portalLogin.create', householdId, personId, objectId: userId })
    return code
  })
  return {
    personId,
    email: input.email,
    status: 'waiting',
    codeExpiresAt: issued.expiresAt,
    code: issued.code,
  }
}
