import type {
  Consent,
  ConsentCheck,
  ConsentWithHousehold,
  DataCategory,
  RecordConsentInput,
  TeamConsentOverview,
} from '#shared/contracts/consents'
import { RecordConsentInput as RecordConsentSchema } from '#shared/contracts/consents'
import { dutchCalendarDate } from '#shared/domain/age'
import {
  consentRule,
  mayGiveConsent,
  requiredConsents,
  sameGiver,
  type ConsentSubject,
  type Giver,
} from '#shared/domain/consent'
import { addDays } from '#shared/domain/dates'
import type { RequestContext } from '../../plugins/context.ts'
import { requireAccess } from '../../plugins/access.ts'
import { recordAudit } from '../../plugins/audit.ts'
import { Conflict, Invalid, NotFound } from '../../plugins/errors.ts'
import * as repo from './repo.ts'

function today(ctx: RequestContext) {
  return dutchCalendarDate(ctx.clock.now())
}

function statusOn(row: repo.ConsentRow, day: string): Consent['status'] {
  if (row.withdrawnAt && row.withdrawnAt.slice(0, 10) <= day) return 'withdrawn'
  if (row.givenOn > day) return 'notYetValid'
  if (row.validUntil !== null && row.validUntil < day) return 'expired'
  return 'valid'
}

function present(row: repo.ConsentRow, day: string): Consent {
  return {
    id: row.id,
    householdId: row.householdId,
    subject: { personId: row.subjectPersonId, name: row.subjectName },
    giver: { kind: row.giverKind, personId: row.giverPersonId, name: row.giverName },
    recipient: row.recipient,
    organisationId: row.organisationId,
    purpose: row.purpose,
    categories: JSON.parse(row.categories) as DataCategory[],
    how: row.how,
    givenOn: row.givenOn,
    validUntil: row.validUntil,
    recordedBy: row.recordedByName,
    recordedAt: row.recordedAt,
    withdrawn: row.withdrawnAt ? { at: row.withdrawnAt, by: row.withdrawnByName ?? '' } : null,
    status: statusOn(row, day),
  }
}

function subjectOf(ctx: RequestContext, householdId: number, personId: number) {
  const found = repo.subject(ctx.db, householdId, personId)
  if (!found || found.leftOn !== null) return undefined
  const subject: ConsentSubject = {
    personId: found.id,
    birthdate: found.birthdate,
    authorityHolders: found.holders,
    representative: found.representativeName ? { name: found.representativeName } : null,
  }
  return { subject, name: found.name, representativeName: found.representativeName }
}

const giverOf = (row: repo.ConsentRow): Giver =>
  row.giverKind === 'person'
    ? { kind: 'person', personId: row.giverPersonId! }
    : row.giverKind === 'authorityHolder'
      ? { kind: 'authorityHolder', name: row.giverName }
      : { kind: 'representative' }

export function listConsents(ctx: RequestContext, householdId: number): Consent[] {
  requireAccess(ctx, 'household:read', householdId, 'consent.list')
  const day = today(ctx)
  const result = repo.listConsents(ctx.db, householdId).map((row) => present(row, day))
  recordAudit(ctx, { operation: 'consent.list', householdId })
  return result
}

/**
 * Records one giver's consent about one member. The giver must be someone whose consent counts for that member on
 * the day it was given (the age rule in shared/src/domain/consent.ts). Throws Invalid, NotFound.
 */
export function recordConsent(ctx: RequestContext, householdId: number, input: RecordConsentInput): Consent {
  requireAccess(ctx, 'household:write', householdId, 'consent.record')
  const parsed = RecordConsentSchema.parse(input)
  const errors: Record<string, string> = {}
  const found = subjectOf(ctx, householdId, parsed.subjectPersonId)
  if (!found) errors.subjectPersonId = 'errors.notInHousehold'
  if (parsed.givenOn > today(ctx)) errors.givenOn = 'errors.dateInFuture'
  if (parsed.validUntil !== null && parsed.validUntil < parsed.givenOn)
    errors.validUntil = 'errors.endBeforeStart'
  let giverName = ''
  if (found) {
    const giver = parsed.giver
    if (giver.kind === 'person') {
      const member = repo.memberOfHousehold(ctx.db, householdId, giver.personId)
      if (!member) errors.giver = 'errors.notInHousehold'
      giverName = member?.name ?? ''
    } else {
      giverName = giver.kind === 'authorityHolder' ? giver.name : (found.representativeName ?? '')
    }
    if (!errors.giver && !mayGiveConsent(giver, found.subject, parsed.givenOn)) {
      errors.giver = `errors.consentGiver.${consentRule(found.subject, parsed.givenOn)}`
    }
  }
  if (Object.keys(errors).length > 0) throw Invalid(errors)
  const id = ctx.db.transaction((tx) => {
    const { id } = repo.insertConsent(tx, {
      householdId,
      subjectPersonId: parsed.subjectPersonId,
      giverKind: parsed.giver.kind,
      giverPersonId: parsed.giver.kind === 'person' ? parsed.giver.personId : null,
      giverName,
      recipient: parsed.recipient,
      organisationId: parsed.organisationId,
      purpose: parsed.purpose,
      categories: JSON.stringify([...new Set(parsed.categories)]),
      how: parsed.how,
      givenOn: parsed.givenOn,
      validUntil: parsed.validUntil,
      recordedBy: ctx.actor!.userId,
      recordedAt: ctx.clock.now().toISOString(),
    })
    recordAudit(ctx, {
      operation: 'consent.record',
      householdId,
      personId: parsed.subjectPersonId,
      objectId: id,
    })
    return id
  })
  return present(repo.findConsent(ctx.db, householdId, id)!, today(ctx))
}

/** Withdrawal takes effect at once; the consent stays on record with who withdrew it and when. */
export function withdrawConsent(ctx: RequestContext, householdId: number, consentId: number): Consent {
  requireAccess(ctx, 'household:write', householdId, 'consent.withdraw')
  const row = repo.findConsent(ctx.db, householdId, consentId)
  if (!row) throw NotFound()
  if (row.withdrawnAt) throw Conflict('errors.consentAlreadyWithdrawn')
  ctx.db.transaction(() => {
    repo.withdrawConsent(ctx.db, consentId, ctx.clock.now().toISOString(), ctx.actor!.userId)
    recordAudit(ctx, {
      operation: 'consent.withdraw',
      householdId,
      personId: row.subjectPersonId,
      objectId: consentId,
    })
  })
  return present(repo.findConsent(ctx.db, householdId, consentId)!, today(ctx))
}

/**
 * For one member: each consent needed to share these categories with this recipient for this purpose on `day`,
 * and the valid consent that gives it, if any. The sharing module asks the same question before it records a share.
 */
export function consentCoverage(
  ctx: RequestContext,
  householdId: number,
  personId: number,
  recipient: string,
  purpose: string,
  categories: DataCategory[],
  day: string,
): ConsentCheck | undefined {
  const found = subjectOf(ctx, householdId, personId)
  if (!found) return undefined
  const covering = repo
    .consentsFor(ctx.db, personId, recipient, purpose)
    .filter((row) => statusOn(row, day) === 'valid')
    .filter((row) => {
      const allowed = new Set(JSON.parse(row.categories) as DataCategory[])
      return categories.every((c) => allowed.has(c))
    })
  const needed = requiredConsents(found.subject, day).map((requirement) => {
    const consent = covering.find((row) => requirement.anyOf.some((g) => sameGiver(g, giverOf(row))))
    const kind =
      requirement.label === 'self'
        ? ('self' as const)
        : requirement.label === 'authorityUnknown'
          ? ('authorityUnknown' as const)
          : ('authorityHolder' as const)
    return {
      kind,
      who: kind === 'self' ? found.name : kind === 'authorityHolder' ? requirement.label : '',
      consentId: consent?.id ?? null,
    }
  })
  return {
    personId,
    name: found.name,
    rule: consentRule(found.subject, day),
    needed,
    complete: needed.every((n) => n.consentId !== null),
  }
}

export function checkConsent(
  ctx: RequestContext,
  householdId: number,
  query: { personId: number; recipient: string; purpose: string; categories: DataCategory[] },
): ConsentCheck {
  requireAccess(ctx, 'household:read', householdId, 'consent.check')
  const result = consentCoverage(
    ctx,
    householdId,
    query.personId,
    query.recipient,
    query.purpose,
    query.categories,
    today(ctx),
  )
  if (!result) throw NotFound()
  recordAudit(ctx, { operation: 'consent.check', householdId, personId: query.personId })
  return result
}

/** The worker's own households' consents that end within 30 days: time to ask again, or to stop sharing. */
export function expiringConsents(ctx: RequestContext): ConsentWithHousehold[] {
  const actor = requireAccess(ctx, 'caseload:read', null, 'consent.expiring')
  const day = today(ctx)
  const result = repo
    .expiringForWorker(ctx.db, actor.userId, day, addDays(day, 30))
    .map((row) => ({ ...present(row, day), householdName: row.householdName }))
  recordAudit(ctx, { operation: 'consent.expiring' })
  return result
}

/** For the supervisor: consents withdrawn since the first of this month, and shares under meldrecht. */
export function teamConsentOverview(ctx: RequestContext): TeamConsentOverview {
  const actor = requireAccess(ctx, 'team:read', null, 'consent.teamOverview')
  const day = today(ctx)
  const teamId = actor.teamId ?? 0
  const result = {
    withdrawnThisMonth: repo
      .withdrawnInTeamSince(ctx.db, teamId, `${day.slice(0, 8)}01`)
      .map((row) => ({ ...present(row, day), householdName: row.householdName })),
    sharedUnderMeldrecht: repo.meldrechtSharesInTeam(ctx.db, teamId),
  }
  recordAudit(ctx, { operation: 'consent.teamOverview' })
  return result
}

/** For the portal: the consents a member gave or that are about them. The caller checked access. */
export function consentsOfMember(ctx: RequestContext, householdId: number, personId: number): Consent[] {
  const day = today(ctx)
  return repo
    .listConsents(ctx.db, householdId)
    .filter((row) => row.subjectPersonId === personId || row.giverPersonId === personId)
    .map((row) => present(row, day))
}

/**
 * A member withdraws a consent they gave or that is about them; it takes effect at once. Throws NotFound (not
 * theirs), Conflict (already withdrawn). The caller checked access and audits.
 */
export function withdrawAsMember(
  ctx: RequestContext,
  householdId: number,
  personId: number,
  consentId: number,
) {
  const row = repo.findConsent(ctx.db, householdId, consentId)
  if (!row || (row.subjectPersonId !== personId && row.giverPersonId !== personId)) throw NotFound()
  if (row.withdrawnAt) throw Conflict('errors.consentAlreadyWithdrawn')
  repo.withdrawConsent(ctx.db, consentId, ctx.clock.now().toISOString(), ctx.actor!.userId)
  return row.subjectPersonId
}
