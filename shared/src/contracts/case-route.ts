import { z } from 'zod'
import { IsoDate, type RouteSpec } from './common.ts'
import { HouseholdParams } from './households.ts'
import { checkpointIds, type CheckpointId } from '../domain/checkpoints.ts'

/**
 * The route as a map of steps with their checkpoints (shared/src/domain/checkpoints.ts), and closing a case.
 * The client groups the checkpoints by step from the same table; texts come from i18n `checkpoints.<id>`.
 */
export const CheckpointState = z.object({
  id: z.enum(checkpointIds as [CheckpointId, ...CheckpointId[]]),
  met: z.boolean(),
  detail: z.array(z.string()),
})
export type CheckpointState = z.infer<typeof CheckpointState>

export const Closure = z.object({
  closedOn: z.string(),
  reason: z.string(),
  evaluation: z.object({ on: z.string(), summary: z.string() }),
  by: z.string(),
})
export type Closure = z.infer<typeof Closure>

export const CaseRoute = z.object({
  checkpoints: z.array(CheckpointState),
  closure: Closure.nullable(),
})
export type CaseRoute = z.infer<typeof CaseRoute>

export const CloseCaseInput = z.strictObject({
  reason: z.string().trim().min(1).max(2000),
  /** The evaluation held with the household: when, and what they said. Null when it did not take place. */
  evaluation: z
    .strictObject({ on: IsoDate, summary: z.string().trim().min(1).max(4000) })
    .nullable()
    .default(null),
})
export type CloseCaseInput = z.input<typeof CloseCaseInput>

export const caseRouteApi = {
  route: {
    method: 'GET',
    path: '/api/households/:householdId/route',
    params: HouseholdParams,
    response: CaseRoute,
  },
  close: {
    method: 'POST',
    path: '/api/households/:householdId/close',
    params: HouseholdParams,
    body: CloseCaseInput,
    response: CaseRoute,
  },
} as const satisfies Record<string, RouteSpec>
