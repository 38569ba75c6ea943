import type { Inbox } from '#shared/contracts/requests'
import type { z } from 'zod'
import type { Transfer } from '#shared/contracts/requests'
import { actorOf, type RequestContext } from '../../plugins/context.ts'
import { requireAccess } from '../../plugins/access.ts'
import { recordAudit } from '../../plugins/audit.ts'
import { Conflict, Invalid, NotFound } from '../../plugins/errors.ts'
import type { Tx } from '../../db/client.ts'
import * as repo from './repo.ts'

/**
 * Puts a worker on a case unless they already are, inside the caller's transaction. An assignment someone made
 * for themselves is picked up at once; one made for them waits in their inbox.
 */
export function ensureAssigned(
  tx: Tx,
  values: { householdId: number; workerId: number; assignedBy: number; at: string },
) {
  if (repo.isAssigned(tx, values.householdId, values.workerId)) return
  repo.startAssignment(tx, {
    householdId: values.householdId,
    workerId: values.workerId,
    startedAt: values.at,
    acknowledgedAt: values.assignedBy === values.workerId ? values.at : null,
    assignedBy: values.assignedBy,
  })
}

/** The worker's own part of the inbox: new cases and transfers offered to them. */
export function casesWaitingFor(
  ctx: RequestContext,
  workerId: number,
): Pick<Inbox, 'newCases' | 'transfers'> {
  return {
    newCases: repo.listUnacknowledged(ctx.db, workerId).map((a) => ({
      householdId: a.household_id,
      householdName: a.household_name,
      safetyMark: a.safety_flagged_at !== null,
      assignedAt: a.started_at,
    })),
    transfers: repo.listPendingTransfersTo(ctx.db, workerId).map((t) => ({
      transferId: t.id,
      householdId: t.household_id,
      householdName: t.household_name,
      safetyMark: t.safety_flagged_at !== null,
      from: { id: t.from_worker_id, name: t.from_name },
      note: t.note,
      createdAt: t.created_at,
    })),
  }
}

/** Picking up a case is one action. Throws NotFound (not on the case), Conflict (already picked up). */
export function pickUp(ctx: RequestContext, householdId: number): void {
  const actor = requireAccess(ctx, 'case:transfer', householdId, 'case.pick-up')
  ctx.db.transaction((tx) => {
    if (repo.acknowledge(tx, householdId, actor.userId, ctx.clock.now().toISOString()) === 0) {
      throw Conflict('errors.alreadyPickedUp')
    }
    recordAudit(ctx, { operation: 'case.pick-up', householdId })
  })
}

/**
 * Offers the case to a colleague of the same team; it stays with the sender until the colleague accepts.
 * Throws Invalid (not a worker of the team, or oneself), Conflict (a transfer is already waiting), NotFound.
 */
export function transferCase(
  ctx: RequestContext,
  householdId: number,
  input: { toWorkerId: number; note?: string },
) {
  const actor = requireAccess(ctx, 'case:transfer', householdId, 'case.transfer')
  const to = repo.findWorker(ctx.db, input.toWorkerId)
  const teamId = repo.findHouseholdTeamId(ctx.db, householdId)
  if (!to || to.role !== 'worker' || !to.active || to.team_id !== teamId || to.id === actor.userId) {
    throw Invalid({ toWorkerId: 'errors.unknownWorker' })
  }
  if (repo.isAssigned(ctx.db, householdId, to.id)) throw Invalid({ toWorkerId: 'errors.alreadyOnCase' })
  if (repo.findPendingTransfer(ctx.db, householdId, actor.userId)) throw Conflict('errors.transferPending')
  const id = ctx.db.transaction((tx) => {
    const { id } = repo.insertTransfer(tx, {
      householdId,
      fromWorkerId: actor.userId,
      toWorkerId: to.id,
      note: input.note || null,
      createdAt: ctx.clock.now().toISOString(),
    })
    recordAudit(ctx, { operation: 'case.transfer', householdId, objectId: id })
    return id
  })
  return toTransfer(repo.findTransfer(ctx.db, id)!)
}

/** Only the colleague it was offered to decides. Throws NotFound, Conflict (already decided). */
export function decideOnTransfer(ctx: RequestContext, transferId: number, decision: 'accepted' | 'declined') {
  const actor = actorOf(ctx)
  const operation = decision === 'accepted' ? 'case.transfer.accept' : 'case.transfer.decline'
  const transfer = repo.findTransfer(ctx.db, transferId)
  if (!transfer || transfer.to_worker_id !== actor.userId || actor.role !== 'worker') {
    recordAudit(ctx, {
      operation,
      outcome: 'denied',
      householdId: transfer?.household_id ?? null,
      objectId: transferId,
    })
    throw NotFound()
  }
  if (transfer.status !== 'pending') throw Conflict('errors.transferDecided')
  const at = ctx.clock.now().toISOString()
  ctx.db.transaction((tx) => {
    repo.decideTransfer(tx, transferId, decision, at)
    if (decision === 'accepted') {
      repo.endAssignment(tx, transfer.household_id, transfer.from_worker_id, at)
      repo.startAssignment(tx, {
        householdId: transfer.household_id,
        workerId: actor.userId,
        startedAt: at,
        acknowledgedAt: at,
        assignedBy: transfer.from_worker_id,
      })
    }
    recordAudit(ctx, { operation, householdId: transfer.household_id, objectId: transferId })
  })
  return toTransfer(repo.findTransfer(ctx.db, transferId)!)
}

function toTransfer(t: repo.TransferRow): z.infer<typeof Transfer> {
  return {
    id: t.id,
    householdId: t.household_id,
    from: { id: t.from_worker_id, name: t.from_name },
    to: { id: t.to_worker_id, name: t.to_name },
    status: t.status,
    note: t.note,
    createdAt: t.created_at,
    decidedAt: t.decided_at,
  }
}

/** The transfer of this household still waiting for an answer, if any (for the household page). */
export function pendingTransferOf(ctx: RequestContext, householdId: number) {
  const t = repo.findPendingTransferForHousehold(ctx.db, householdId)
  return t
    ? {
        id: t.id,
        from: { id: t.from_worker_id, name: t.from_name },
        to: { id: t.to_worker_id, name: t.to_name },
      }
    : null
}
