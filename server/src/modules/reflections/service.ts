import type { HeldInput, Reflection, RequestReflectionInput } from '#shared/contracts/reflections'
import {
  HeldInput as HeldSchema,
  RequestReflectionInput as RequestSchema,
} from '#shared/contracts/reflections'
import { dutchCalendarDate } from '#shared/domain/age'
import type { RequestContext } from '../../plugins/context.ts'
import { requireAccess } from '../../plugins/access.ts'
import { recordAudit } from '../../plugins/audit.ts'
import { Conflict, Invalid, NotFound } from '../../plugins/errors.ts'
import * as repo from './repo.ts'

function present(row: repo.ReflectionRow): Reflection {
  return {
    id: row.id,
    householdId: row.householdId,
    householdName: row.householdName,
    question: row.question,
    requestedBy: row.requestedBy,
    requestedAt: row.requestedAt,
    held:
      row.heldOn === null
        ? null
        : {
            heldOn: row.heldOn,
            participants: row.participants ?? '',
            considerations: row.considerations ?? '',
            counterArguments: row.counterArguments ?? '',
            advice: row.advice ?? '',
            followUp: row.followUp ?? '',
            recordedBy: row.recordedBy ?? '',
          },
  }
}

export function listReflections(ctx: RequestContext, householdId: number): Reflection[] {
  requireAccess(ctx, 'household:read', householdId, 'reflection.list')
  const result = repo.listForHousehold(ctx.db, householdId).map(present)
  recordAudit(ctx, { operation: 'reflection.list', householdId })
  return result
}

/** The held reflection's columns; `field` names the date in a field error (it sits under `held` on a request). */
function heldValues(
  ctx: RequestContext,
  held: ReturnType<typeof HeldSchema.parse>,
  userId: number,
  field: 'heldOn' | 'held.heldOn',
) {
  if (held.heldOn > dutchCalendarDate(ctx.clock.now())) throw Invalid({ [field]: 'errors.dateInFuture' })
  return {
    heldOn: held.heldOn,
    participants: held.participants,
    considerations: held.considerations,
    counterArguments: held.counterArguments,
    advice: held.advice,
    followUp: held.followUp,
    recordedBy: userId,
    recordedAt: ctx.clock.now().toISOString(),
  }
}

/** Asks for a reflection on a case with a question, or records one that was held at once. */
export function requestReflection(
  ctx: RequestContext,
  householdId: number,
  input: RequestReflectionInput,
): Reflection {
  const actor = requireAccess(ctx, 'household:write', householdId, 'reflection.request')
  const parsed = RequestSchema.parse(input)
  const held = parsed.held ? heldValues(ctx, parsed.held, actor.userId, 'held.heldOn') : null
  const id = ctx.db.transaction((tx) => {
    const id = repo.insertReflection(tx, {
      householdId,
      teamId: repo.householdTeam(tx, householdId),
      question: parsed.question,
      requestedBy: actor.userId,
      requestedAt: ctx.clock.now().toISOString(),
      ...(held ?? {}),
    })
    recordAudit(ctx, { operation: 'reflection.request', householdId, objectId: id })
    return id
  })
  return repo
    .listForHousehold(ctx.db, householdId)
    .map(present)
    .find((r) => r.id === id)!
}

/** Records the reflection as held: who took part, considerations, counter-arguments, advice, follow-up. */
export function recordReflection(
  ctx: RequestContext,
  householdId: number,
  reflectionId: number,
  input: HeldInput,
): Reflection {
  const actor = requireAccess(ctx, 'household:write', householdId, 'reflection.record')
  const existing = repo.listForHousehold(ctx.db, householdId).find((r) => r.id === reflectionId)
  if (!existing) throw NotFound()
  if (existing.heldOn !== null) throw Conflict('errors.reflectionAlreadyHeld')
  const values = heldValues(ctx, HeldSchema.parse(input), actor.userId, 'heldOn')
  ctx.db.transaction((tx) => {
    repo.recordHeld(tx, reflectionId, values)
    recordAudit(ctx, { operation: 'reflection.record', householdId, objectId: reflectionId })
  })
  return repo
    .listForHousehold(ctx.db, householdId)
    .map(present)
    .find((r) => r.id === reflectionId)!
}

/** The supervisor's list of the team's reflections. */
export function teamReflections(ctx: RequestContext): Reflection[] {
  const actor = requireAccess(ctx, 'team:read', null, 'team.reflections')
  const result = repo.listForTeam(ctx.db, actor.teamId ?? -1).map(present)
  recordAudit(ctx, { operation: 'team.reflections' })
  return result
}
