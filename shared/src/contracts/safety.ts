import { z } from 'zod'
import { Id, IdParam, IsoDate, type RouteSpec } from './common.ts'
import { HouseholdParams } from './households.ts'
import { weighingQuestions } from '../domain/afwegingskader.ts'

/**
 * Safety (route step 0): signals, a current picture of each member's safety, the meldcode's five steps, and the
 * safety plan. Reachable from every page of a case; the route map (case-route.ts) shows where the case stands.
 */

const Words = (max: number) => z.string().trim().max(max)
const Required = (max: number) => z.string().trim().min(1).max(max)

/** Where the signal came from. `triage` signals come from a "yes" to the triage's safety question. */
export const SignalSource = z.enum([
  'home_visit',
  'office_visit',
  'phone',
  'household',
  'network',
  'school',
  'childcare',
  'gp',
  'police',
  'other',
  'triage',
])
export type SignalSource = z.infer<typeof SignalSource>

/** A concrete observation, not a conclusion: what was seen or heard, about whom, by whom, when. */
export const RecordSignalInput = z.strictObject({
  personIds: z.array(Id).min(1, { error: 'errors.choosePerson' }).max(20),
  observation: Required(4000),
  /** Who saw or heard it: the worker themselves, a teacher, a neighbour … */
  observedBy: Required(200),
  observedOn: IsoDate,
  source: SignalSource.exclude(['triage']),
})
export type RecordSignalInput = z.input<typeof RecordSignalInput>

export const FollowUpSignalInput = z.strictObject({ note: Required(2000) })

export const Signal = z.object({
  id: Id,
  householdId: Id,
  persons: z.array(z.object({ personId: Id, name: z.string() })),
  observation: z.string(),
  observedBy: z.string(),
  observedOn: z.string(),
  source: SignalSource,
  raisedBy: z.string(),
  raisedAt: z.string(),
  /** The meldcode trajectory this signal is mapped in, if any. */
  trajectoryId: Id.nullable(),
  followUp: z.object({ at: z.string(), by: z.string(), note: z.string() }).nullable(),
})
export type Signal = z.infer<typeof Signal>

export const SafetyAssessment = z.enum(['safe', 'concerns', 'unsafe'])
export type SafetyAssessment = z.infer<typeof SafetyAssessment>

/** "Zicht op veiligheid": one member's safety as seen on a day, and what that is based on. */
export const RecordPictureInput = z.strictObject({
  personId: Id,
  assessment: SafetyAssessment,
  basis: Required(2000),
  assessedOn: IsoDate,
})
export type RecordPictureInput = z.input<typeof RecordPictureInput>

export const SafetyPicture = z.object({
  id: Id,
  assessment: SafetyAssessment,
  basis: z.string(),
  assessedOn: z.string(),
  by: z.string(),
})
export type SafetyPicture = z.infer<typeof SafetyPicture>

export const MemberSafety = z.object({
  personId: Id,
  name: z.string(),
  age: z.number().int().nullable(),
  current: SafetyPicture.nullable(),
  /** Open signals and no picture within the configured number of days. */
  overdue: z.boolean(),
  earlier: z.array(SafetyPicture),
})
export type MemberSafety = z.infer<typeof MemberSafety>

export const WeighingAnswer = z.enum(['yes', 'no'])
export const WeighingItem = z.strictObject({ answer: WeighingAnswer, reasoning: Required(2000) })
export const WeighingInput = z.strictObject(
  Object.fromEntries(weighingQuestions.map((q) => [q, WeighingItem])) as Record<
    (typeof weighingQuestions)[number],
    typeof WeighingItem
  >,
)
export type WeighingInput = z.input<typeof WeighingInput>

export const ConsultationInput = z.strictObject({
  /** The designated colleague (aandachtsfunctionaris) or supervisor consulted. */
  consulted: Required(200),
  on: IsoDate,
  advice: Required(4000),
  /** Veilig Thuis asked for advice too (optional in step 2). */
  veiligThuisAdvice: z
    .strictObject({ on: IsoDate, advice: Required(4000) })
    .nullable()
    .default(null),
})
export type ConsultationInput = z.input<typeof ConsultationInput>

export const ConversationStepInput = z.discriminatedUnion('held', [
  z.strictObject({ held: z.literal(true), on: IsoDate, withWhom: Required(300), summary: Required(4000) }),
  z.strictObject({ held: z.literal(false), reason: Required(2000) }),
])
export type ConversationStepInput = z.input<typeof ConversationStepInput>

export const DecisionInput = z.strictObject({
  /** Help organised (or continued) by the team or partners; null when none. */
  help: z
    .strictObject({ description: Required(4000) })
    .nullable()
    .default(null),
  report: z
    .strictObject({
      on: IsoDate,
      reference: Required(100),
      toldBeforehand: z.boolean(),
      /** Required when the household was not told beforehand: why telling them would endanger someone. */
      notToldReason: Words(2000).optional(),
    })
    .nullable()
    .default(null),
})
export type DecisionInput = z.input<typeof DecisionInput>

export const SignalIdsInput = z.strictObject({
  signalIds: z.array(Id).min(1, { error: 'errors.chooseSignal' }).max(50),
})

const Recorded = z.object({ by: z.string(), at: z.string() })

export const Trajectory = z.object({
  id: Id,
  householdId: Id,
  startedAt: z.string(),
  startedBy: z.string(),
  /** Step 1: the signals mapped. */
  signals: z.array(Signal),
  consultation: ConsultationInput.extend({
    veiligThuisAdvice: z.object({ on: z.string(), advice: z.string() }).nullable(),
  })
    .merge(Recorded)
    .nullable(),
  conversation: z
    .union([
      z.object({ held: z.literal(true), on: z.string(), withWhom: z.string(), summary: z.string() }),
      z.object({ held: z.literal(false), reason: z.string() }),
    ])
    .and(Recorded)
    .nullable(),
  weighing: z
    .object({
      answers: z.record(z.string(), z.object({ answer: WeighingAnswer, reasoning: z.string() })),
      outcome: z.enum(['noSuspicion', 'reportNeeded', 'helpWithoutReport']),
      reasons: z.array(z.string()),
    })
    .merge(Recorded)
    .nullable(),
  decision: z
    .object({
      help: z.object({ description: z.string() }).nullable(),
      report: z
        .object({
          on: z.string(),
          reference: z.string(),
          toldBeforehand: z.boolean(),
          notToldReason: z.string().nullable(),
        })
        .nullable(),
    })
    .merge(Recorded)
    .nullable(),
  /** Steps 1–5 done so far; steps 1–3 in any order, 5 only after 4. */
  stepsDone: z.array(z.number().int().min(1).max(5)),
  /** The first step not yet done, or null once decided. */
  nextStep: z.number().int().min(1).max(5).nullable(),
})
export type Trajectory = z.infer<typeof Trajectory>

export const SafetyOverview = z.object({
  householdId: Id,
  signals: z.array(Signal),
  members: z.array(MemberSafety),
  trajectories: z.array(Trajectory),
  /** Days after which a picture is overdue while signals are open (configurable, default 14). */
  pictureMaxAgeDays: z.number().int(),
})
export type SafetyOverview = z.infer<typeof SafetyOverview>

// The safety plan

export const ConditionStatus = z.enum(['agreed', 'kept', 'not_kept', 'ended'])
export type ConditionStatus = z.infer<typeof ConditionStatus>

/** A safety condition (veiligheidsvoorwaarde) agreed with the household and its network. */
export const ConditionInput = z.strictObject({
  text: Required(1000),
  /** Who watches over it: a member, someone from the network, the worker … Required. */
  watcher: z
    .string({ error: 'errors.watcherRequired' })
    .trim()
    .min(1, { error: 'errors.watcherRequired' })
    .max(200),
  howChecked: Required(1000),
  reviewOn: IsoDate,
  /** The plan's safety goal it belongs to. */
  goalKey: z.string().max(10).nullable().default(null),
  status: ConditionStatus.default('agreed'),
})
export type ConditionInput = z.input<typeof ConditionInput>

export const Condition = z.object({
  id: Id,
  text: z.string(),
  watcher: z.string(),
  howChecked: z.string(),
  reviewOn: z.string(),
  goalKey: z.string().nullable(),
  status: ConditionStatus,
  updatedBy: z.string(),
  updatedAt: z.string(),
})
export type Condition = z.infer<typeof Condition>

export const ScaleBy = z.enum(['household', 'worker', 'network'])
export type ScaleBy = z.infer<typeof ScaleBy>

/** 0 = so unsafe that … ; 10 = safe enough to close. Each party scores on its own; never averaged. */
export const ScoreInput = z.strictObject({
  by: ScaleBy,
  /** Who gave the score, in their own name ("Kim", "oma Ria", "Sanne"). */
  who: Required(200),
  score: z.number().int().min(0).max(10),
  note: Words(1000).default(''),
  on: IsoDate,
})
export type ScoreInput = z.input<typeof ScoreInput>

export const Score = z.object({
  id: Id,
  by: ScaleBy,
  who: z.string(),
  score: z.number().int(),
  note: z.string(),
  on: z.string(),
})
export type Score = z.infer<typeof Score>

export const WorryInput = z.strictObject({ worry: Required(2000) })

export const SafetyGoal = z.object({
  goalKey: z.string(),
  text: z.string(),
  /** The danger statement in plain words: what could happen, to whom, if nothing changes. */
  worry: z.string().nullable(),
  /** The newest score of each party, side by side. */
  latest: z.object({ household: Score.nullable(), worker: Score.nullable(), network: Score.nullable() }),
  history: z.array(Score),
})
export type SafetyGoal = z.infer<typeof SafetyGoal>

export const DangerSourcesInput = z.strictObject({
  sources: z.array(z.strictObject({ personId: Id, reason: Required(1000) })).max(20),
})
export type DangerSourcesInput = z.input<typeof DangerSourcesInput>

export const SafetyPlan = z.object({
  householdId: Id,
  conditions: z.array(Condition),
  goals: z.array(SafetyGoal),
  /** Members recorded as a possible source of danger: they never see the safety plan in the portal. */
  dangerSources: z.array(z.object({ personId: Id, name: z.string(), reason: z.string() })),
})
export type SafetyPlan = z.infer<typeof SafetyPlan>

/** What a household member sees: the agreements and the scores, without who is named as a danger. */
export const PortalSafetyPlan = z.object({
  conditions: z.array(
    Condition.pick({ id: true, text: true, watcher: true, howChecked: true, reviewOn: true, status: true }),
  ),
  goals: z.array(SafetyGoal.pick({ goalKey: true, text: true, worry: true, latest: true })),
})
export type PortalSafetyPlan = z.infer<typeof PortalSafetyPlan>

/** The supervisor's safety list: what is open in the team, oldest first. */
export const TeamSafety = z.object({
  openSignals: z.array(
    z.object({
      signalId: Id,
      householdId: Id,
      householdName: z.string(),
      source: SignalSource,
      observedOn: z.string(),
      raisedBy: z.string(),
      inTrajectory: z.boolean(),
    }),
  ),
  trajectories: z.array(
    z.object({
      trajectoryId: Id,
      householdId: Id,
      householdName: z.string(),
      startedAt: z.string(),
      stepsDone: z.array(z.number().int()),
      nextStep: z.number().int().nullable(),
      ageDays: z.number().int(),
    }),
  ),
  overduePictures: z.array(
    z.object({
      householdId: Id,
      householdName: z.string(),
      members: z.array(z.object({ name: z.string(), lastOn: z.string().nullable() })),
    }),
  ),
  /** Trajectories decided in the last 90 days, newest first: whether a report was made, and the help. */
  decidedRecently: z.array(
    z.object({
      trajectoryId: Id,
      householdId: Id,
      householdName: z.string(),
      startedAt: z.string(),
      decidedAt: z.string(),
      report: z.object({ on: z.string(), reference: z.string(), toldBeforehand: z.boolean() }).nullable(),
      help: z.boolean(),
    }),
  ),
})
export type TeamSafety = z.infer<typeof TeamSafety>

/** For the worker's "Vandaag": households on their caseload where safety asks for something. */
export const SafetyAttention = z.array(
  z.object({
    householdId: Id,
    householdName: z.string(),
    openSignals: z.number().int(),
    /** Members whose safety picture is overdue (open signals, no picture within the configured days). */
    overdueMembers: z.array(z.string()),
    openTrajectory: z
      .object({ trajectoryId: Id, nextStep: z.number().int().nullable(), ageDays: z.number().int() })
      .nullable(),
  }),
)
export type SafetyAttention = z.infer<typeof SafetyAttention>

export const SignalParams = HouseholdParams.extend({ signalId: IdParam })
export const TrajectoryParams = HouseholdParams.extend({ trajectoryId: IdParam })
export const ConditionParams = HouseholdParams.extend({ conditionId: IdParam })
export const GoalParams = HouseholdParams.extend({ goalKey: z.string().max(10) })

export const safetyApi = {
  overview: {
    method: 'GET',
    path: '/api/households/:householdId/safety',
    params: HouseholdParams,
    response: SafetyOverview,
  },
  recordSignal: {
    method: 'POST',
    path: '/api/households/:householdId/safety/signals',
    params: HouseholdParams,
    body: RecordSignalInput,
    response: SafetyOverview,
    status: 201,
  },
  followUpSignal: {
    method: 'POST',
    path: '/api/households/:householdId/safety/signals/:signalId/follow-up',
    params: SignalParams,
    body: FollowUpSignalInput,
    response: SafetyOverview,
  },
  recordPicture: {
    method: 'POST',
    path: '/api/households/:householdId/safety/pictures',
    params: HouseholdParams,
    body: RecordPictureInput,
    response: SafetyOverview,
    status: 201,
  },
  startMeldcode: {
    method: 'POST',
    path: '/api/households/:householdId/meldcode',
    params: HouseholdParams,
    body: SignalIdsInput,
    response: Trajectory,
    status: 201,
  },
  mapSignals: {
    method: 'PUT',
    path: '/api/households/:householdId/meldcode/:trajectoryId/signals',
    params: TrajectoryParams,
    body: SignalIdsInput,
    response: Trajectory,
  },
  consult: {
    method: 'PUT',
    path: '/api/households/:householdId/meldcode/:trajectoryId/consultation',
    params: TrajectoryParams,
    body: ConsultationInput,
    response: Trajectory,
  },
  converse: {
    method: 'PUT',
    path: '/api/households/:householdId/meldcode/:trajectoryId/conversation',
    params: TrajectoryParams,
    body: ConversationStepInput,
    response: Trajectory,
  },
  weigh: {
    method: 'PUT',
    path: '/api/households/:householdId/meldcode/:trajectoryId/weighing',
    params: TrajectoryParams,
    body: WeighingInput,
    response: Trajectory,
  },
  decide: {
    method: 'PUT',
    path: '/api/households/:householdId/meldcode/:trajectoryId/decision',
    params: TrajectoryParams,
    body: DecisionInput,
    response: Trajectory,
  },
  safetyPlan: {
    method: 'GET',
    path: '/api/households/:householdId/safety-plan',
    params: HouseholdParams,
    response: SafetyPlan,
  },
  addCondition: {
    method: 'POST',
    path: '/api/households/:householdId/safety-plan/conditions',
    params: HouseholdParams,
    body: ConditionInput,
    response: SafetyPlan,
    status: 201,
  },
  updateCondition: {
    method: 'PUT',
    path: '/api/households/:householdId/safety-plan/conditions/:conditionId',
    params: ConditionParams,
    body: ConditionInput,
    response: SafetyPlan,
  },
  setWorry: {
    method: 'PUT',
    path: '/api/households/:householdId/safety-plan/goals/:goalKey/worry',
    params: GoalParams,
    body: WorryInput,
    response: SafetyPlan,
  },
  addScore: {
    method: 'POST',
    path: '/api/households/:householdId/safety-plan/goals/:goalKey/scores',
    params: GoalParams,
    body: ScoreInput,
    response: SafetyPlan,
    status: 201,
  },
  setDangerSources: {
    method: 'PUT',
    path: '/api/households/:householdId/safety-plan/danger-sources',
    params: HouseholdParams,
    body: DangerSourcesInput,
    response: SafetyPlan,
  },
  portalSafetyPlan: {
    method: 'GET',
    path: '/api/households/:householdId/portal/safety-plan',
    params: HouseholdParams,
    response: PortalSafetyPlan,
  },
} as const satisfies Record<string, RouteSpec>

export const teamSafetyApi = {
  teamSafety: { method: 'GET', path: '/api/team/safety', response: TeamSafety },
  attention: { method: 'GET', path: '/api/safety/attention', response: SafetyAttention },
} as const satisfies Record<string, RouteSpec>
