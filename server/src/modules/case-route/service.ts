import type { CaseRoute, CloseCaseInput } from '#shared/contracts/case-route'
import { CloseCaseInput as CloseCaseSchema } from '#shared/contracts/case-route'
import { ageOn, dutchCalendarDate } from '#shared/domain/age'
import {
  blockingFor,
  evaluateCheckpoints,
  isPictureCurrent,
  type CaseFacts,
} from '#shared/domain/checkpoints'
import type { RequestContext } from '../../plugins/context.ts'
import { requireAccess } from '../../plugins/access.ts'
import { recordAudit } from '../../plugins/audit.ts'
import { CheckpointsUnmet, Conflict, Invalid } from '../../plugins/errors.ts'
import { firstContactFacts } from '../households/service.ts'
import { currentSettings } from '../settings/service.ts'
import { getOverviewFacts } from '../safety/service.ts'
import { currentPlanFacts } from '../plans/service.ts'
import * as repo from './repo.ts'

/** Everything the route's checkpoints look at, gathered from the file. */
function caseFacts(ctx: RequestContext, householdId: number, evaluated: boolean | null): CaseFacts {
  const day = dutchCalendarDate(ctx.clock.now())
  const maxAge = currentSettings(ctx.db).safetyPictureMaxAgeDays
  const firstContact = firstContactFacts(ctx, householdId)
  const safety = getOverviewFacts(ctx, householdId)
  const members = safety.members
  // An unknown birthdate counts as 12 or older: better asked once too often than never.
  const twelvePlus = members.filter((m) => !m.birthdate || ageOn(m.birthdate, day) >= 12)
  const heard = repo.latestAnalysisHeard(ctx.db, householdId)
  const plan = currentPlanFacts(ctx, householdId)
  return {
    voluntaryExplained: Boolean(firstContact?.voluntary_explained_on),
    clientSupportOffered: Boolean(firstContact?.client_support_offer),
    latestSafetyAnswer: repo.latestSafetyAnswer(ctx.db, householdId),
    membersNotHeard:
      heard === null ? null : twelvePlus.filter((m) => !heard.includes(m.id)).map((m) => m.name),
    membersWithoutPosition:
      plan === null
        ? null
        : twelvePlus.filter((m) => !plan.positionPersonIds.includes(m.id)).map((m) => m.name),
    openSignals: safety.openSignals,
    safetyGoals: plan?.safetyGoals ?? 0,
    membersWithoutCurrentPicture: members
      .filter((m) => !isPictureCurrent(safety.lastPictureOn.get(m.id) ?? null, day, maxAge))
      .map((m) => m.name),
    openTrajectories: safety.openTrajectories,
    trajectoriesWithoutWeighing: safety.trajectoriesWithoutWeighing,
    objectionExplained: Boolean(firstContact?.objection_explained_on),
    evaluatedWithHousehold: evaluated,
  }
}

function routeOf(ctx: RequestContext, householdId: number): CaseRoute {
  const closure = repo.openClosure(ctx.db, householdId)
  return {
    checkpoints: evaluateCheckpoints(caseFacts(ctx, householdId, closure ? true : null)),
    closure: closure
      ? {
          closedOn: closure.closedOn,
          reason: closure.reason,
          evaluation: { on: closure.evaluatedOn, summary: closure.evaluation },
          by: closure.by,
        }
      : null,
  }
}

export function getRoute(ctx: RequestContext, householdId: number): CaseRoute {
  requireAccess(ctx, 'household:read', householdId, 'route.read')
  const result = routeOf(ctx, householdId)
  recordAudit(ctx, { operation: 'route.read', householdId })
  return result
}

/**
 * Closes the case, only when the household's evaluation is recorded, every member's safety picture is current, no
 * meldcode trajectory is open, and the household was told how to object or complain. Otherwise 409 naming each.
 */
export function closeCase(ctx: RequestContext, householdId: number, input: CloseCaseInput): CaseRoute {
  const actor = requireAccess(ctx, 'household:write', householdId, 'case.close')
  const parsed = CloseCaseSchema.parse(input)
  if (repo.openClosure(ctx.db, householdId)) throw Conflict('errors.caseAlreadyClosed')
  const day = dutchCalendarDate(ctx.clock.now())
  if (parsed.evaluation && parsed.evaluation.on > day)
    throw Invalid({ 'evaluation.on': 'errors.dateInFuture' })
  const unmet = blockingFor(
    'case.close',
    evaluateCheckpoints(caseFacts(ctx, householdId, parsed.evaluation !== null)),
  )
  if (unmet.length > 0) {
    recordAudit(ctx, { operation: 'case.close', householdId, outcome: 'denied' })
    throw CheckpointsUnmet('errors.closeBlocked', unmet)
  }
  ctx.db.transaction((tx) => {
    repo.insertClosure(tx, {
      householdId,
      closedOn: day,
      reason: parsed.reason,
      evaluatedOn: parsed.evaluation!.on,
      evaluation: parsed.evaluation!.summary,
      closedBy: actor.userId,
      closedAt: ctx.clock.now().toISOString(),
    })
    recordAudit(ctx, { operation: 'case.close', householdId })
  })
  return routeOf(ctx, householdId)
}
