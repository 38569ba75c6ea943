import { z } from 'zod'
import { Id, IdParam, IsoDate, type RouteSpec } from './common.ts'
import { HouseholdParams } from './households.ts'

/**
 * Case reflections (intervisie, tegenspraak; route step 10): asked for from any case with a question; held with
 * colleagues, recording who took part, the considerations, the counter-arguments heard, the advice and the
 * follow-up decisions. Visible on the case to those working it; listed per team for the supervisor.
 */
const Required = (max: number) => z.string().trim().min(1).max(max)

export const HeldInput = z.strictObject({
  heldOn: IsoDate,
  participants: Required(500),
  considerations: Required(4000),
  /** Tegenspraak: the counter-arguments heard. */
  counterArguments: z.string().trim().max(4000).default(''),
  advice: Required(4000),
  followUp: Required(4000),
})
export type HeldInput = z.input<typeof HeldInput>

export const RequestReflectionInput = z.strictObject({
  question: Required(2000),
  /** When it was held at once (a supervisor recording a reflection that took place). */
  held: HeldInput.nullable().default(null),
})
export type RequestReflectionInput = z.input<typeof RequestReflectionInput>

export const Reflection = z.object({
  id: Id,
  householdId: Id,
  householdName: z.string(),
  question: z.string(),
  requestedBy: z.string(),
  requestedAt: z.string(),
  held: z
    .object({
      heldOn: z.string(),
      participants: z.string(),
      considerations: z.string(),
      counterArguments: z.string(),
      advice: z.string(),
      followUp: z.string(),
      recordedBy: z.string(),
    })
    .nullable(),
})
export type Reflection = z.infer<typeof Reflection>

export const ReflectionParams = HouseholdParams.extend({ reflectionId: IdParam })

export const reflectionsApi = {
  list: {
    method: 'GET',
    path: '/api/households/:householdId/reflections',
    params: HouseholdParams,
    response: z.array(Reflection),
  },
  request: {
    method: 'POST',
    path: '/api/households/:householdId/reflections',
    params: HouseholdParams,
    body: RequestReflectionInput,
    response: Reflection,
    status: 201,
  },
  record: {
    method: 'PUT',
    path: '/api/households/:householdId/reflections/:reflectionId',
    params: ReflectionParams,
    body: HeldInput,
    response: Reflection,
  },
  team: { method: 'GET', path: '/api/team/reflections', response: z.array(Reflection) },
} as const satisfies Record<string, RouteSpec>
