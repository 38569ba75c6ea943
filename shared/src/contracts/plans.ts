import { z } from 'zod'
import { Id, IdParam, IsoDate, type RouteSpec } from './common.ts'
import { HouseholdParams } from './households.ts'

/**
 * The plan made with and by the household (route steps 6–8). Every change that matters makes a new numbered
 * version of the whole plan; goals and actions keep their key across versions, so two versions can be compared.
 */

export const ActionStatus = z.enum(['planned', 'started', 'done', 'stopped'])
export type ActionStatus = z.infer<typeof ActionStatus>

/** Who does it: a member, someone from the network, a worker of the team, or a partner organisation. */
export const ActionOwnerKind = z.enum(['member', 'network', 'worker', 'organisation'])
export const ActionOwner = z.strictObject({ kind: ActionOwnerKind, refId: Id })
export type ActionOwner = z.infer<typeof ActionOwner>

/** Where the household stands: on one goal, or on the plan as a whole. */
export const Position = z.enum(['agrees', 'partly', 'disagrees'])
export type Position = z.infer<typeof Position>

export const DirectionHolder = z.enum(['household', 'worker', 'other'])
export type DirectionHolder = z.infer<typeof DirectionHolder>

const Key = z.string().regex(/^[ag][1-9][0-9]{0,5}$/, { error: 'errors.chooseOption' })
const Words = (max: number) => z.string().trim().max(max)

export const ActionInput = z.strictObject({
  /** Absent for a new action; the server gives it a key. */
  key: Key.optional(),
  text: Words(1000).min(1),
  owner: ActionOwner,
  dueOn: IsoDate.nullable().default(null),
  status: ActionStatus.default('planned'),
})
export type ActionInput = z.input<typeof ActionInput>

export const GoalInput = z.strictObject({
  key: Key.optional(),
  /** In the household's own words. */
  text: Words(1000).min(1),
  /** The member whose goal it is; null for the whole household. */
  ownerPersonId: Id.nullable().default(null),
  domainIds: z.array(Id).max(13).default([]),
  safety: z.boolean().default(false),
  /** The owner (16 or older) keeps this goal from the rest of the household. */
  private: z.boolean().default(false),
  /** Members who do not see this goal in their portal, e.g. someone the safety plan protects against. */
  hiddenFrom: z.array(Id).max(20).default([]),
  actions: z.array(ActionInput).max(30).default([]),
})
export type GoalInput = z.input<typeof GoalInput>

export const DirectionInput = z.strictObject({
  holder: DirectionHolder,
  /** Who, when someone other than the household or the worker holds it. */
  otherParty: Words(200).optional(),
  reason: Words(2000).min(1),
})

export const DecisionInput = z.strictObject({
  discussed: Words(4000).default(''),
  options: Words(4000).default(''),
  decided: Words(4000).default(''),
})

/** The worker's save: the whole plan, on top of the version it was read as (null for the first). */
export const SavePlanInput = z.strictObject({
  baseVersion: z.number().int().min(0).nullable(),
  goals: z.array(GoalInput).max(30),
  direction: DirectionInput.nullable().default(null),
  /** Domains scored 1 or 2 that get no goal, and why. */
  domainsWithoutGoal: z
    .array(z.strictObject({ domainId: Id, reason: Words(1000).min(1) }))
    .max(13)
    .default([]),
  decision: DecisionInput.default({ discussed: '', options: '', decided: '' }),
  /** Where members stand on the plan, as they said it in the conversation; members left out keep theirs. */
  positions: z
    .array(z.strictObject({ personId: Id, position: Position, words: Words(2000).default('') }))
    .max(20)
    .default([]),
  evaluationOn: IsoDate.nullable().default(null),
})
export type SavePlanInput = z.input<typeof SavePlanInput>

export const GoalView = z.object({
  personId: Id,
  name: z.string(),
  position: Position.nullable(),
  words: z.string(),
  at: z.string(),
})
export type GoalView = z.infer<typeof GoalView>

export const PlanAction = z.object({
  key: z.string(),
  text: z.string(),
  owner: ActionOwner.extend({ name: z.string() }),
  dueOn: z.string().nullable(),
  status: ActionStatus,
})
export type PlanAction = z.infer<typeof PlanAction>

export const PlanGoal = z.object({
  key: z.string(),
  text: z.string(),
  owner: z.object({ personId: Id, name: z.string() }).nullable(),
  domainIds: z.array(Id),
  safety: z.boolean(),
  private: z.boolean(),
  hiddenFrom: z.array(Id),
  actions: z.array(PlanAction),
  /** What members wrote about this goal themselves. */
  views: z.array(GoalView),
})
export type PlanGoal = z.infer<typeof PlanGoal>

export const PlanPosition = z.object({
  personId: Id,
  name: z.string(),
  position: Position,
  words: z.string(),
  at: z.string(),
  /** The version the member gave this position on: a later change may call for asking again. */
  onVersion: z.number().int(),
})
export type PlanPosition = z.infer<typeof PlanPosition>

export const ChangeArea = z.enum([
  'goal',
  'action',
  'direction',
  'decision',
  'evaluation',
  'position',
  'domainWithoutGoal',
])
export const ChangeKind = z.enum(['added', 'removed', 'changed'])
export const ChangeCount = z.object({ area: ChangeArea, change: ChangeKind, count: z.number().int() })

export const PlanVersion = z.object({
  householdId: Id,
  version: z.number().int(),
  createdAt: z.string(),
  createdBy: z.object({ id: Id, name: z.string(), role: z.string() }),
  /** How many goals, actions and parts changed against the version before. */
  summary: z.array(ChangeCount),
  goals: z.array(PlanGoal),
  direction: z
    .object({ holder: DirectionHolder, otherParty: z.string().nullable(), reason: z.string() })
    .nullable(),
  domainsWithoutGoal: z.array(z.object({ domainId: Id, reason: z.string() })),
  decision: z.object({ discussed: z.string(), options: z.string(), decided: z.string() }),
  positions: z.array(PlanPosition),
  evaluationOn: z.string().nullable(),
})
export type PlanVersion = z.infer<typeof PlanVersion>

export const GoalProgress = z.object({
  id: Id,
  goalKey: z.string(),
  by: z.enum(['household', 'worker']),
  authorName: z.string(),
  scale: z.number().int(),
  words: z.string(),
  recordedAt: z.string(),
})
export type GoalProgress = z.infer<typeof GoalProgress>

export const ProgressInput = z.strictObject({
  scale: z
    .number()
    .int()
    .min(1, { error: 'errors.progressRange' })
    .max(10, { error: 'errors.progressRange' }),
  words: Words(2000).default(''),
})
export type ProgressInput = z.input<typeof ProgressInput>

export const MinorPlanView = z.object({
  personId: Id,
  seesWholePlan: z.boolean(),
  agreedBy: z.string(),
  recordedAt: z.string(),
})
export type MinorPlanView = z.infer<typeof MinorPlanView>

export const PlanOverview = z.object({
  current: PlanVersion.nullable(),
  versions: z.array(
    z.object({
      version: z.number().int(),
      createdAt: z.string(),
      createdBy: z.string(),
      summary: z.array(ChangeCount),
    }),
  ),
  progress: z.array(GoalProgress),
  /** Domains scored 1 or 2 in the latest analysis with no goal and no reason why not: a reminder, not a block. */
  domainsNeedingAttention: z.array(
    z.object({ domainId: Id, name: z.string(), personNames: z.array(z.string()) }),
  ),
  /** The recorded choice per member under 16: their own goals only, or the whole plan. */
  minorViews: z.array(MinorPlanView),
})
export type PlanOverview = z.infer<typeof PlanOverview>

export const PlanChange = z.object({
  area: ChangeArea,
  change: ChangeKind,
  /** The goal or action key, or the person id of a position. */
  key: z.string().nullable(),
  field: z.string().nullable(),
  before: z.string().nullable(),
  after: z.string().nullable(),
})
export type PlanChange = z.infer<typeof PlanChange>

export const PlanComparison = z.object({
  from: PlanVersion,
  to: PlanVersion,
  changes: z.array(PlanChange),
})
export type PlanComparison = z.infer<typeof PlanComparison>

export const PlanVersionParams = z.strictObject({ householdId: IdParam, version: IdParam })
export const CompareQuery = z.strictObject({
  from: z.coerce.number().int().min(1),
  to: z.coerce.number().int().min(1),
})
export const GoalParams = z.strictObject({ householdId: IdParam, goalKey: Key })
export const ActionParams = z.strictObject({ householdId: IdParam, actionKey: Key })

/** The household's own view of a goal: where they stand, in their own words. */
export const GoalViewInput = z.strictObject({
  position: Position.nullable().default(null),
  words: Words(2000).min(1),
})
export type GoalViewInput = z.input<typeof GoalViewInput>

export const AgreementInput = z.strictObject({ position: Position, words: Words(2000).default('') })
export type AgreementInput = z.input<typeof AgreementInput>

/** What one household member sees of their plan: filtered on the server, per member. */
export const PortalPlan = z.object({
  plan: PlanVersion.omit({ domainsWithoutGoal: true }).nullable(),
  progress: z.array(GoalProgress),
  /** The member who is looking, so the page can offer "my actions" and "my view". */
  viewerPersonId: Id,
  /** A member under 16 sees only what concerns them, unless those with authority agreed otherwise. */
  limitedToOwn: z.boolean(),
})
export type PortalPlan = z.infer<typeof PortalPlan>

/** Whether a member under 16 sees the whole plan: only when those with parental authority agree. */
export const MinorPlanViewInput = z.strictObject({
  seesWholePlan: z.boolean(),
  /** Who agreed, in words (e.g. "moeder en vader, in het gesprek van 12 november"). */
  agreedBy: Words(500).min(1),
})
export type MinorPlanViewInput = z.input<typeof MinorPlanViewInput>
export const MemberParams = z.strictObject({ householdId: IdParam, personId: IdParam })

export const plansApi = {
  recordMinorView: {
    method: 'PUT',
    path: '/api/households/:householdId/members/:personId/plan-view',
    params: MemberParams,
    body: MinorPlanViewInput,
    response: MinorPlanView,
  },
  overview: {
    method: 'GET',
    path: '/api/households/:householdId/plan',
    params: HouseholdParams,
    response: PlanOverview,
  },
  save: {
    method: 'PUT',
    path: '/api/households/:householdId/plan',
    params: HouseholdParams,
    body: SavePlanInput,
    response: PlanVersion,
  },
  version: {
    method: 'GET',
    path: '/api/households/:householdId/plan/versions/:version',
    params: PlanVersionParams,
    response: PlanVersion,
  },
  compare: {
    method: 'GET',
    path: '/api/households/:householdId/plan-compare',
    params: HouseholdParams,
    query: CompareQuery,
    response: PlanComparison,
  },
  recordProgress: {
    method: 'POST',
    path: '/api/households/:householdId/plan/goals/:goalKey/progress',
    params: GoalParams,
    body: ProgressInput,
    response: GoalProgress,
    status: 201,
  },
  portalPlan: {
    method: 'GET',
    path: '/api/households/:householdId/portal/plan',
    params: HouseholdParams,
    response: PortalPlan,
  },
  portalGoalView: {
    method: 'PUT',
    path: '/api/households/:householdId/portal/plan/goals/:goalKey/view',
    params: GoalParams,
    body: GoalViewInput,
    response: PortalPlan,
  },
  portalActionDone: {
    method: 'POST',
    path: '/api/households/:householdId/portal/plan/actions/:actionKey/done',
    params: ActionParams,
    response: PortalPlan,
  },
  portalAgreement: {
    method: 'PUT',
    path: '/api/households/:householdId/portal/plan/agreement',
    params: HouseholdParams,
    body: AgreementInput,
    response: PortalPlan,
  },
  portalProgress: {
    method: 'POST',
    path: '/api/households/:householdId/portal/plan/goals/:goalKey/progress',
    params: GoalParams,
    body: ProgressInput,
    response: GoalProgress,
    status: 201,
  },
} as const satisfies Record<string, RouteSpec>
