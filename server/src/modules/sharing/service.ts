import type { DataCategory } from '#shared/contracts/consents'
import type { RecordShareInput, Share, SharePreview } from '#shared/contracts/sharing'
import { RecordShareInput as RecordShareSchema } from '#shared/contracts/sharing'
import { dutchCalendarDate } from '#shared/domain/age'
import { translate } from '#shared/i18n/index'
import type { RequestContext } from '../../plugins/context.ts'
import { requireAccess } from '../../plugins/access.ts'
import { recordAudit } from '../../plugins/audit.ts'
import { CheckpointMissing, CheckpointsUnmet, Invalid } from '../../plugins/errors.ts'
import { isVeiligThuis } from '#shared/domain/afwegingskader'
import { consentCoverage } from '../consents/service.ts'
import { reportsOf } from '../safety/service.ts'
import * as repo from './repo.ts'

/**
 * What would be recorded, with each person's consent check at the moment of sharing (in Dutch time: a consent
 * valid "until 30 November" holds all of that day). Throws Invalid.
 */
function evaluate(ctx: RequestContext, householdId: number, input: RecordShareInput) {
  const parsed = RecordShareSchema.parse(input)
  const sharedAt = parsed.sharedAt ? new Date(parsed.sharedAt).toISOString() : ctx.clock.now().toISOString()
  const errors: Record<string, string> = {}
  if (new Date(sharedAt).getTime() > ctx.clock.now().getTime() + 60_000)
    errors.sharedAt = 'errors.dateInFuture'
  const day = dutchCalendarDate(new Date(sharedAt))
  const personIds = [...new Set(parsed.personIds)]
  const checks = personIds.map((personId, i) => {
    const check = consentCoverage(
      ctx,
      householdId,
      personId,
      parsed.recipient,
      parsed.purpose,
      parsed.categories as DataCategory[],
      day,
    )
    if (!check) errors[`personIds.${i}`] = 'errors.notInHousehold'
    return check
  })
  const report = parsed.basis === 'meldcode' ? meldcodeReport(ctx, householdId, parsed, day, errors) : null
  if (Object.keys(errors).length > 0) throw Invalid(errors)
  const names = new Map(checks.map((c) => [c!.personId, c!.needed.find((n) => n.kind === 'self')?.who ?? '']))
  return { parsed, sharedAt, checks: checks.map((c) => c!), names, report }
}

/**
 * The report to Veilig Thuis a meldrecht share rests on: this household's (the one named, else the newest), made
 * on or before the day of sharing, and only for sharing with Veilig Thuis. Null when there is none.
 */
function meldcodeReport(
  ctx: RequestContext,
  householdId: number,
  parsed: ReturnType<typeof RecordShareSchema.parse>,
  day: string,
  errors: Record<string, string>,
) {
  if (!isVeiligThuis(parsed.recipient)) errors.recipient = 'errors.meldrechtOnlyVeiligThuis'
  const reports = reportsOf(ctx, householdId)
  const report =
    parsed.meldcodeTrajectoryId === undefined
      ? reports[0]
      : reports.find((r) => r.trajectoryId === parsed.meldcodeTrajectoryId)
  if (parsed.meldcodeTrajectoryId !== undefined && !report)
    errors.meldcodeTrajectoryId = 'errors.noSuchReport'
  if (report && day < report.on) errors.sharedAt = 'errors.shareBeforeReport'
  return report ? { trajectoryId: report.trajectoryId, on: report.on, reference: report.reference } : null
}

/** A share is allowed with consent of everyone concerned, or on a recorded report to Veilig Thuis. */
function allowed(evaluated: ReturnType<typeof evaluate>) {
  return evaluated.parsed.basis === 'meldcode'
    ? evaluated.report !== null
    : evaluated.checks.every((c) => c.complete)
}

/** One line per missing consent, in the user's language: whose data, and whose consent is missing. */
function missingLines(ctx: RequestContext, evaluated: ReturnType<typeof evaluate>): string[] {
  const language = ctx.actor?.language ?? 'nl'
  return evaluated.checks.flatMap((check) =>
    check.needed
      .filter((n) => n.consentId === null)
      .map((n) =>
        translate(language, `errors.shareMissing.${n.kind}`, {
          person: check.name,
          giver: n.who,
        }),
      ),
  )
}

export function previewShare(
  ctx: RequestContext,
  householdId: number,
  input: RecordShareInput,
): SharePreview {
  requireAccess(ctx, 'household:write', householdId, 'share.preview')
  const evaluated = evaluate(ctx, householdId, input)
  const { parsed } = evaluated
  const result: SharePreview = {
    share: {
      householdId,
      persons: evaluated.checks.map((c) => ({
        personId: c.personId,
        name: evaluated.names.get(c.personId) ?? '',
        consentIds: c.needed.flatMap((n) => (n.consentId ? [n.consentId] : [])),
      })),
      recipient: parsed.recipient,
      organisationId: parsed.organisationId,
      purpose: parsed.purpose,
      categories: parsed.categories,
      summary: parsed.summary,
      how: parsed.how,
      sharedAt: evaluated.sharedAt,
      basis: parsed.basis,
      report: evaluated.report,
      recordedBy: ctx.actor!.name,
    },
    checks: evaluated.checks,
    allowed: allowed(evaluated),
  }
  recordAudit(ctx, { operation: 'share.preview', householdId })
  return result
}

/**
 * Records a share, only when at that moment a valid consent covers recipient, purpose and categories for every
 * person whose data it holds, or it goes to Veilig Thuis on a recorded meldcode report. Otherwise 409: one line
 * per missing consent, or the missing report. Throws CheckpointMissing, CheckpointsUnmet, Invalid.
 */
export function recordShare(ctx: RequestContext, householdId: number, input: RecordShareInput): Share {
  requireAccess(ctx, 'household:write', householdId, 'share.record')
  const evaluated = evaluate(ctx, householdId, input)
  if (!allowed(evaluated)) {
    recordAudit(ctx, { operation: 'share.record', householdId, outcome: 'denied' })
    if (evaluated.parsed.basis === 'meldcode')
      throw CheckpointsUnmet('errors.shareWithoutReport', [{ id: 'shareBasis', met: false, detail: [] }])
    throw CheckpointMissing('errors.shareWithoutConsent', missingLines(ctx, evaluated))
  }
  const { parsed } = evaluated
  const id = ctx.db.transaction((tx) => {
    const id = repo.insertShare(
      tx,
      {
        householdId,
        recipient: parsed.recipient,
        organisationId: parsed.organisationId,
        purpose: parsed.purpose,
        categories: JSON.stringify([...new Set(parsed.categories)]),
        summary: parsed.summary,
        how: parsed.how,
        sharedAt: evaluated.sharedAt,
        basis: parsed.basis,
        meldcodeTrajectoryId: evaluated.report?.trajectoryId ?? null,
        recordedBy: ctx.actor!.userId,
        recordedAt: ctx.clock.now().toISOString(),
      },
      // On meldrecht a person's consents are noted when they exist; none are needed.
      evaluated.checks.map((c) => ({
        personId: c.personId,
        consentIds: c.needed.flatMap((n) => (n.consentId ? [n.consentId] : [])),
      })),
    )
    recordAudit(ctx, { operation: 'share.record', householdId, objectId: id })
    return id
  })
  return sharesOf(ctx, householdId).find((s) => s.id === id)!
}

function sharesOf(ctx: RequestContext, householdId: number): Share[] {
  const persons = repo.personsOfShares(ctx.db, householdId)
  const reports = new Map(reportsOf(ctx, householdId).map((r) => [r.trajectoryId, r]))
  return repo.listShares(ctx.db, householdId).map(({ meldcodeTrajectoryId, ...row }) => ({
    ...row,
    report: (() => {
      const report = meldcodeTrajectoryId === null ? undefined : reports.get(meldcodeTrajectoryId)
      return report ? { trajectoryId: report.trajectoryId, on: report.on, reference: report.reference } : null
    })(),
    categories: JSON.parse(row.categories) as DataCategory[],
    persons: persons
      .filter((p) => p.sharingEventId === row.id)
      .map((p) => ({ personId: p.personId, name: p.name, consentIds: JSON.parse(p.consentIds) as number[] })),
  }))
}

export function listShares(ctx: RequestContext, householdId: number): Share[] {
  requireAccess(ctx, 'household:read', householdId, 'share.list')
  const result = sharesOf(ctx, householdId)
  recordAudit(ctx, { operation: 'share.list', householdId })
  return result
}

/** For the portal: what was shared that held this member's data. The caller checked access. */
export function sharesAboutMember(ctx: RequestContext, householdId: number, personId: number): Share[] {
  return sharesOf(ctx, householdId).filter((s) => s.persons.some((p) => p.personId === personId))
}
