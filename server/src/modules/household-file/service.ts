import type { Consent } from '#shared/contracts/consents'
import type { Share } from '#shared/contracts/sharing'
import type { AccessLogEntry, AccessLogPage, HouseholdFileExport } from '#shared/contracts/household-file'
import type { RequestContext } from '../../plugins/context.ts'
import { requireAccess } from '../../plugins/access.ts'
import { recordAudit } from '../../plugins/audit.ts'
import { NotFound } from '../../plugins/errors.ts'
import { consentsOfMember, withdrawAsMember } from '../consents/service.ts'
import { sharesAboutMember } from '../sharing/service.ts'
import { portalPlanFor } from '../plans/service.ts'
import * as repo from './repo.ts'

/** The member looking, who must still belong to the household. Throws NotFound. */
function viewer(ctx: RequestContext, householdId: number, operation: string) {
  const actor = requireAccess(ctx, 'household:portal', householdId, operation)
  if (actor.personId === null || !repo.currentMember(ctx.db, householdId, actor.personId)) throw NotFound()
  return { personId: actor.personId, userId: actor.userId }
}

export function myConsents(ctx: RequestContext, householdId: number): Consent[] {
  const me = viewer(ctx, householdId, 'portal.consents')
  const result = consentsOfMember(ctx, householdId, me.personId)
  recordAudit(ctx, { operation: 'portal.consents', householdId, personId: me.personId })
  return result
}

/** One action, effective at once. Answers the member's consents as they now are. */
export function withdrawMyConsent(ctx: RequestContext, householdId: number, consentId: number): Consent[] {
  const me = viewer(ctx, householdId, 'portal.consent.withdraw')
  ctx.db.transaction(() => {
    const subject = withdrawAsMember(ctx, householdId, me.personId, consentId)
    recordAudit(ctx, {
      operation: 'portal.consent.withdraw',
      householdId,
      personId: subject,
      objectId: consentId,
    })
  })
  return consentsOfMember(ctx, householdId, me.personId)
}

export function myShares(ctx: RequestContext, householdId: number): Share[] {
  const me = viewer(ctx, householdId, 'portal.shares')
  const result = sharesAboutMember(ctx, householdId, me.personId)
  recordAudit(ctx, { operation: 'portal.shares', householdId, personId: me.personId })
  return result
}

const readSuffixes = [
  '.read',
  '.list',
  '.compare',
  '.versions',
  '.check',
  '.preview',
  '.duplicates',
  '.expiring',
]
// The portal's own pages read the file without a read suffix in their names.
const readOperations = new Set([
  'portal.consents',
  'portal.shares',
  'portal.accessLog',
  'portal.export',
  'search',
])

const safetyParts = new Set(['safety', 'meldcode', 'safetyPlan'])

/**
 * What kind of action an audit operation was, and which part of the file it touched ("plan.save" → plan). What
 * someone did with emergency access (opening the file, and every view in its window) shows as `emergency`: the
 * household sees that someone outside their team looked, and when.
 */
export function describeOperation(
  operation: string,
  outcome: string,
  duringEmergency = false,
): Pick<AccessLogEntry, 'kind' | 'about'> {
  const first = operation.split('.')[0] ?? operation
  // Safety work is shown as "the file": the log must not tell a possible source of danger that a signal or a
  // report to Veilig Thuis was recorded.
  const about = safetyParts.has(first) || first === 'emergency' ? 'file' : first
  if (outcome !== 'allowed') return { kind: 'refused', about }
  if (first === 'emergency') return { kind: 'emergency', about }
  const read = readOperations.has(operation) || readSuffixes.some((s) => operation.endsWith(s))
  // Emergency access only lets one read; should a change ever fall in its window, it still says "changed".
  if (read && duringEmergency) return { kind: 'emergency', about }
  return { kind: read ? 'viewed' : 'changed', about }
}

function toEntry(row: repo.AccessRow): AccessLogEntry {
  return {
    id: row.id,
    at: row.at,
    who: row.name,
    role: row.actorRole,
    ...describeOperation(row.operation, row.outcome, row.emergency === 1),
  }
}

/**
 * Who looked at or changed the household's file, newest first: built from the audit trail, without events of
 * the system itself and without the member's own. The member's reading of it is audited as well.
 */
export function accessLog(
  ctx: RequestContext,
  householdId: number,
  query: { cursor?: string; limit: number },
) {
  const me = viewer(ctx, householdId, 'portal.accessLog')
  const beforeId = query.cursor
    ? Number.parseInt(query.cursor, 10) || Number.MAX_SAFE_INTEGER
    : Number.MAX_SAFE_INTEGER
  const rows = repo.accessEvents(ctx.db, householdId, me.userId, beforeId, query.limit + 1)
  const page = rows.slice(0, query.limit)
  const result: AccessLogPage = {
    items: page.map(toEntry),
    nextCursor: rows.length > query.limit ? String(page[page.length - 1]!.id) : null,
  }
  recordAudit(ctx, { operation: 'portal.accessLog', householdId, personId: me.personId })
  return result
}

/**
 * Everything about the member, as they may see it (a member under 16 who sees only their own part of the plan
 * also gets only the conversations they took part in). The export itself is audited.
 */
export function exportMyFile(ctx: RequestContext, householdId: number): HouseholdFileExport {
  const me = viewer(ctx, householdId, 'portal.export')
  const plan = portalPlanFor(ctx, householdId)
  const log: AccessLogEntry[] = repo
    .accessEvents(ctx.db, householdId, me.userId, Number.MAX_SAFE_INTEGER, 100_000)
    .map(toEntry)
  const result: HouseholdFileExport = {
    exportedAt: ctx.clock.now().toISOString(),
    person: repo.personForExport(ctx.db, me.personId),
    household: repo.householdForExport(ctx.db, householdId),
    plan,
    conversations: repo.conversationsForExport(ctx.db, householdId, plan.limitedToOwn ? me.personId : null),
    broadView: repo.broadViewForExport(ctx.db, householdId, me.personId, ctx.actor?.language === 'en'),
    consents: consentsOfMember(ctx, householdId, me.personId),
    shares: sharesAboutMember(ctx, householdId, me.personId),
    accessLog: log,
  }
  recordAudit(ctx, { operation: 'portal.export', householdId, personId: me.personId })
  return result
}
