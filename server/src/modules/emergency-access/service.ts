import type {
  EmergencyAccess,
  EmergencyCandidate,
  EmergencyFindQuery,
  StartEmergencyAccessInput,
} from '#shared/contracts/oversight'
import type { RequestContext } from '../../plugins/context.ts'
import { requireAccess, standsInCase } from '../../plugins/access.ts'
import { recordAudit } from '../../plugins/audit.ts'
import { Conflict, NotFound } from '../../plugins/errors.ts'
import * as repo from './repo.ts'

/** Emergency access lasts at most this long; after it the file closes again by itself. */
export const emergencyAccessMs = 24 * 60 * 60 * 1000
/** The oversight list shows the newest accesses; older ones stay in the database and the audit trail. */
const listLimit = 500

function toAccess(row: repo.AccessRow, now: Date): EmergencyAccess {
  const active = row.endedAt === null && row.expiresAt > now.toISOString()
  return { ...row, active }
}

/**
 * The households at one exact address, in any team, with whether the asker can open them already. Searching by
 * address only keeps names from being browsed; the search is audited without the address. Throws Forbidden.
 */
export function findHouseholds(ctx: RequestContext, query: EmergencyFindQuery): EmergencyCandidate[] {
  const actor = requireAccess(ctx, 'emergency:open', null, 'emergency.find')
  const result = repo.householdsAtAddress(ctx.db, query.postcode, query.houseNumber).map((h) => ({
    householdId: h.id,
    name: h.name,
    address: h.address,
    teamName: h.teamName,
    alreadyAccessible: standsInCase(ctx, actor, h.id),
  }))
  recordAudit(ctx, { operation: 'emergency.find' })
  return result
}

/**
 * Opens a household outside one's own cases for reading, for 24 hours from now, with a reason. Starting again
 * ends the running one and starts a new 24 hours. Throws NotFound (no such household), Conflict (the asker has
 * access already).
 */
export function startEmergencyAccess(
  ctx: RequestContext,
  householdId: number,
  input: StartEmergencyAccessInput,
): EmergencyAccess {
  const actor = requireAccess(ctx, 'emergency:open', householdId, 'emergency.start')
  if (!repo.findHousehold(ctx.db, householdId)) throw NotFound()
  if (standsInCase(ctx, actor, householdId)) throw Conflict('errors.emergencyNotNeeded')
  const now = ctx.clock.now()
  const id = ctx.db.transaction((tx) => {
    repo.endActive(tx, actor.userId, householdId, now.toISOString())
    const accessId = repo.insertAccess(tx, {
      userId: actor.userId,
      householdId,
      reason: input.reason,
      startedAt: now.toISOString(),
      expiresAt: new Date(now.getTime() + emergencyAccessMs).toISOString(),
    })
    recordAudit(ctx, { operation: 'emergency.start', householdId, objectId: accessId })
    return accessId
  })
  return toAccess(repo.findAccess(ctx.db, id)!, now)
}

/**
 * The asker's running emergency access to this household, or null (for the banner on the household page). Only
 * audited when there is one: it names the household, and the asker can read the household then anyway.
 */
export function currentEmergencyAccess(ctx: RequestContext, householdId: number): EmergencyAccess | null {
  const actor = requireAccess(ctx, 'emergency:open', householdId, 'emergency.current')
  const now = ctx.clock.now()
  const row = repo.findActive(ctx.db, actor.userId, householdId, now.toISOString())
  // Audited like every request about a household; the household's own access log leaves these checks out
  // (they open nothing), while the start and every view during the access show there.
  recordAudit(ctx, { operation: 'emergency.current', householdId, objectId: row?.id ?? null })
  return row ? toAccess(row, now) : null
}

/**
 * Ends the asker's running emergency access now. Ending when none is running changes nothing and says so with
 * the same answer (a double click, or the 24 hours ran out meanwhile).
 */
export function endEmergencyAccess(ctx: RequestContext, householdId: number): void {
  const actor = requireAccess(ctx, 'emergency:open', householdId, 'emergency.end')
  const now = ctx.clock.now().toISOString()
  ctx.db.transaction((tx) => {
    const row = repo.findActive(tx, actor.userId, householdId, now)
    if (row) repo.endActive(tx, actor.userId, householdId, now)
    recordAudit(ctx, { operation: 'emergency.end', householdId, objectId: row?.id ?? null })
  })
}

/**
 * Emergency accesses for oversight, newest first: a supervisor sees those by their team's people or to their
 * team's households, the administrator all. Throws Forbidden (workers).
 */
export function listEmergencyAccesses(ctx: RequestContext): EmergencyAccess[] {
  const actor = requireAccess(ctx, 'oversight:emergency', null, 'emergency.list')
  const now = ctx.clock.now()
  const rows =
    actor.role === 'admin'
      ? repo.listAccesses(ctx.db, 'all', listLimit)
      : actor.teamId === null
        ? []
        : repo.listAccesses(ctx.db, { teamId: actor.teamId }, listLimit)
  recordAudit(ctx, { operation: 'emergency.list' })
  return rows.map((row) => toAccess(row, now))
}
