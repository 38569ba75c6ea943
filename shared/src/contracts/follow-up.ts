import { z } from 'zod'
import { Id, IsoDate, type RouteSpec } from './common.ts'
import { HouseholdParams } from './households.ts'
import { Closure } from './case-route.ts'

/**
 * After active support (route steps 8–9): scaled down to "finger on the pulse" (check-ins at an agreed interval, and
 * the household's own moment of contact) or to long-term background support (stut- en steunfunctie); brief
 * check-ins; re-opening a closed case in one action with its history intact.
 */
export const CasePhase = z.enum(['active', 'pulse', 'background'])
export type CasePhase = z.infer<typeof CasePhase>

const Words = (max: number) => z.string().trim().max(max)
const Required = (max: number) => z.string().trim().min(1).max(max)

export const SetPhaseInput = z.strictObject({
  phase: CasePhase,
  /** Days between check-ins: needed when scaling down, at least one. */
  intervalDays: z
    .number({ error: 'errors.intervalRequired' })
    .int()
    .min(1, { error: 'errors.intervalAtLeastOne' })
    .max(365, { error: 'errors.intervalAtMostYear' })
    .nullable()
    .default(null),
  /** The household's own moment of contact, in their words ("Kim belt zelf na de zomervakantie"). */
  ownContactMoment: Words(500).default(''),
  reason: Required(2000),
})
export type SetPhaseInput = z.input<typeof SetPhaseInput>

export const CheckInHow = z.enum(['visit', 'phone', 'message', 'household'])
export type CheckInHow = z.infer<typeof CheckInHow>

export const CheckInInput = z.strictObject({
  on: IsoDate,
  how: CheckInHow,
  note: Required(2000),
})
export type CheckInInput = z.input<typeof CheckInInput>

export const ReopenInput = z.strictObject({ reason: Required(2000) })

export const CheckIn = z.object({ id: Id, on: z.string(), how: CheckInHow, note: z.string(), by: z.string() })
export type CheckIn = z.infer<typeof CheckIn>

export const PhaseRecord = z.object({
  phase: CasePhase,
  since: z.string(),
  intervalDays: z.number().int().nullable(),
  ownContactMoment: z.string(),
  reason: z.string(),
  by: z.string(),
})
export type PhaseRecord = z.infer<typeof PhaseRecord>

export const FollowUp = z.object({
  householdId: Id,
  /** The current phase; "active" when none was ever set. */
  current: PhaseRecord.nullable(),
  phase: CasePhase,
  /** The day the next check-in is due (scaled-down, open cases only). */
  nextCheckInOn: z.string().nullable(),
  overdue: z.boolean(),
  checkIns: z.array(CheckIn),
  /** Set while the case is closed. */
  closure: Closure.nullable(),
  /** Every phase change, newest first. */
  phases: z.array(PhaseRecord),
  /** Every closing, newest first, with its re-opening. */
  closures: z.array(
    z.object({
      closedOn: z.string(),
      reason: z.string(),
      by: z.string(),
      reopenedAt: z.string().nullable(),
      reopenedBy: z.string().nullable(),
      reopenReason: z.string().nullable(),
    }),
  ),
})
export type FollowUp = z.infer<typeof FollowUp>

/** For the worker's "Vandaag": households whose check-in is due within a week or overdue. */
export const DueCheckIns = z.array(
  z.object({
    householdId: Id,
    householdName: z.string(),
    phase: CasePhase,
    nextCheckInOn: z.string(),
    overdue: z.boolean(),
  }),
)
export type DueCheckIns = z.infer<typeof DueCheckIns>

export const followUpApi = {
  get: {
    method: 'GET',
    path: '/api/households/:householdId/follow-up',
    params: HouseholdParams,
    response: FollowUp,
  },
  setPhase: {
    method: 'PUT',
    path: '/api/households/:householdId/phase',
    params: HouseholdParams,
    body: SetPhaseInput,
    response: FollowUp,
  },
  checkIn: {
    method: 'POST',
    path: '/api/households/:householdId/check-ins',
    params: HouseholdParams,
    body: CheckInInput,
    response: FollowUp,
    status: 201,
  },
  reopen: {
    method: 'POST',
    path: '/api/households/:householdId/reopen',
    params: HouseholdParams,
    body: ReopenInput,
    response: FollowUp,
  },
  due: { method: 'GET', path: '/api/check-ins/due', response: DueCheckIns },
} as const satisfies Record<string, RouteSpec>
