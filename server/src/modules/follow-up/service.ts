import type { CheckInInput, DueCheckIns, FollowUp, SetPhaseInput } from '#shared/contracts/follow-up'
import { SetPhaseInput as SetPhaseSchema } from '#shared/contracts/follow-up'
import { dutchCalendarDate } from '#shared/domain/age'
import { addDays } from '#shared/domain/dates'
import { isCheckInOverdue, nextCheckInOn } from '#shared/domain/check-ins'
import type { RequestContext } from '../../plugins/context.ts'
import { requireAccess } from '../../plugins/access.ts'
import { recordAudit } from '../../plugins/audit.ts'
import { Conflict, Invalid } from '../../plugins/errors.ts'
import * as repo from './repo.ts'

const today = (ctx: RequestContext) => dutchCalendarDate(ctx.clock.now())
const dayOf = (instant: string) => dutchCalendarDate(new Date(instant))

function followUpOf(ctx: RequestContext, householdId: number): FollowUp {
  const phases = repo.listPhases(ctx.db, householdId)
  const checkIns = repo.listCheckIns(ctx.db, householdId)
  const closures = repo.listClosures(ctx.db, householdId)
  const open = closures.find((c) => c.reopenedAt === null)
  const current = phases[0] ?? null
  const scaledDown = current !== null && current.phase !== 'active' && current.intervalDays !== null && !open
  const due = scaledDown
    ? nextCheckInOn(dayOf(current.since), checkIns[0]?.on ?? null, current.intervalDays!)
    : null
  return {
    householdId,
    current,
    phase: current?.phase ?? 'active',
    nextCheckInOn: due,
    overdue: due !== null && isCheckInOverdue(due, today(ctx)),
    checkIns,
    closure: open
      ? {
          closedOn: open.closedOn,
          reason: open.reason,
          evaluation: { on: open.evaluatedOn, summary: open.evaluation },
          by: open.by,
        }
      : null,
    phases,
    closures: closures.map(({ closedOn, reason, by, reopenedAt, reopenedBy, reopenReason }) => ({
      closedOn,
      reason,
      by,
      reopenedAt,
      reopenedBy,
      reopenReason,
    })),
  }
}

export function getFollowUp(ctx: RequestContext, householdId: number): FollowUp {
  requireAccess(ctx, 'household:read', householdId, 'followUp.read')
  const result = followUpOf(ctx, householdId)
  recordAudit(ctx, { operation: 'followUp.read', householdId })
  return result
}

/**
 * Scales a case down (check-ins every so many days, and the household's own moment of contact) or back up to
 * active support. A closed case is re-opened first. Throws Invalid, Conflict.
 */
export function setPhase(ctx: RequestContext, householdId: number, input: SetPhaseInput): FollowUp {
  const actor = requireAccess(ctx, 'household:write', householdId, 'followUp.phase')
  const parsed = SetPhaseSchema.parse(input)
  if (parsed.phase !== 'active' && parsed.intervalDays === null)
    throw Invalid({ intervalDays: 'errors.intervalRequired' })
  if (followUpOf(ctx, householdId).closure) throw Conflict('errors.caseClosedReopenFirst')
  ctx.db.transaction((tx) => {
    repo.insertPhase(tx, {
      householdId,
      phase: parsed.phase,
      intervalDays: parsed.phase === 'active' ? null : parsed.intervalDays,
      ownContactMoment: parsed.ownContactMoment,
      reason: parsed.reason,
      setBy: actor.userId,
      setAt: ctx.clock.now().toISOString(),
    })
    recordAudit(ctx, { operation: 'followUp.phase', householdId })
  })
  return followUpOf(ctx, householdId)
}

/** A brief check-in: when, how and a line about how it goes. */
export function recordCheckIn(ctx: RequestContext, householdId: number, input: CheckInInput): FollowUp {
  const actor = requireAccess(ctx, 'household:write', householdId, 'followUp.checkIn')
  if (input.on > today(ctx)) throw Invalid({ on: 'errors.dateInFuture' })
  ctx.db.transaction((tx) => {
    const id = repo.insertCheckIn(tx, {
      householdId,
      checkedOn: input.on,
      how: input.how,
      note: input.note,
      recordedBy: actor.userId,
      recordedAt: ctx.clock.now().toISOString(),
    })
    recordAudit(ctx, { operation: 'followUp.checkIn', householdId, objectId: id })
  })
  return followUpOf(ctx, householdId)
}

/** Re-opens a closed case in one action: its history stays, and it is active support again. Throws Conflict. */
export function reopen(ctx: RequestContext, householdId: number, reason: string): FollowUp {
  const actor = requireAccess(ctx, 'household:write', householdId, 'case.reopen')
  const open = repo.listClosures(ctx.db, householdId).find((c) => c.reopenedAt === null)
  if (!open) throw Conflict('errors.caseNotClosed')
  const at = ctx.clock.now().toISOString()
  ctx.db.transaction((tx) => {
    repo.markReopened(tx, open.id, actor.userId, at, reason)
    repo.insertPhase(tx, {
      householdId,
      phase: 'active',
      intervalDays: null,
      ownContactMoment: '',
      reason,
      setBy: actor.userId,
      setAt: at,
    })
    recordAudit(ctx, { operation: 'case.reopen', householdId })
  })
  return followUpOf(ctx, householdId)
}

/** Check-ins due within a week or overdue, for the worker's own scaled-down cases or a whole team. */
export function dueCheckIns(ctx: RequestContext, filter: { workerId: number } | { teamId: number }) {
  const day = today(ctx)
  const horizon = addDays(day, 7)
  return repo
    .scaledDownCases(ctx.db, filter)
    .map((row) => {
      const due = nextCheckInOn(dayOf(row.phaseSince), row.lastCheckIn, row.intervalDays)
      return {
        householdId: row.householdId,
        householdName: row.householdName,
        phase: row.phase,
        nextCheckInOn: due,
        overdue: isCheckInOverdue(due, day),
      }
    })
    .filter((row) => row.nextCheckInOn <= horizon)
    .sort((a, b) => a.nextCheckInOn.localeCompare(b.nextCheckInOn))
}

export function myDueCheckIns(ctx: RequestContext): DueCheckIns {
  const actor = requireAccess(ctx, 'caseload:read', null, 'followUp.due')
  const result = dueCheckIns(ctx, { workerId: actor.userId })
  recordAudit(ctx, { operation: 'followUp.due' })
  return result
}
