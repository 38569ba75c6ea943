import type { Inbox } from '#shared/contracts/requests'
import type { RequestContext } from '../../plugins/context.ts'
import { requireAccess } from '../../plugins/access.ts'
import { recordAudit } from '../../plugins/audit.ts'
import { casesWaitingFor, pickUp } from '../assignments/service.ts'
import { requestsForWorker } from '../requests/service.ts'

/** The worker's first screen: new cases to pick up, transfers offered, requests to triage, overdue appointments. */
export function getInbox(ctx: RequestContext): Inbox {
  const actor = requireAccess(ctx, 'inbox:read', null, 'inbox.read')
  const inbox = { ...casesWaitingFor(ctx, actor.userId), ...requestsForWorker(ctx, actor.userId) }
  recordAudit(ctx, { operation: 'inbox.read' })
  return inbox
}

/** Picks a case up and answers with the inbox as it is now (one audit event: the pick-up). */
export function pickUpAndShowInbox(ctx: RequestContext, householdId: number): Inbox {
  pickUp(ctx, householdId)
  const workerId = ctx.actor!.userId
  return { ...casesWaitingFor(ctx, workerId), ...requestsForWorker(ctx, workerId) }
}
