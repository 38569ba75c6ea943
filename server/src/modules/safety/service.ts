import type {
  ConditionInput,
  ConsultationInput,
  ConversationStepInput,
  DangerSourcesInput,
  DecisionInput,
  MemberSafety,
  PortalSafetyPlan,
  RecordPictureInput,
  RecordSignalInput,
  SafetyAttention,
  SafetyOverview,
  SafetyPlan,
  ScoreInput,
  Signal,
  SignalSource,
  TeamSafety,
  Trajectory,
  WeighingInput,
} from '#shared/contracts/safety'
import {
  ConditionInput as ConditionSchema,
  DecisionInput as DecisionSchema,
  ConsultationInput as ConsultationSchema,
} from '#shared/contracts/safety'
import { ageOn, dutchCalendarDate } from '#shared/domain/age'
import { weighingOutcome, weighingQuestions, type WeighingAnswer } from '#shared/domain/afwegingskader'
import { isPictureCurrent } from '#shared/domain/checkpoints'
import { visibleGoals } from '#shared/domain/plan-visibility'
import type { RequestContext } from '../../plugins/context.ts'
import { requireAccess } from '../../plugins/access.ts'
import { recordAudit } from '../../plugins/audit.ts'
import { CheckpointsUnmet, Conflict, Invalid, NotFound } from '../../plugins/errors.ts'
import { currentSettings } from '../settings/service.ts'
import { currentSafetyGoals, portalViewer } from '../plans/service.ts'
import * as repo from './repo.ts'

const today = (ctx: RequestContext) => dutchCalendarDate(ctx.clock.now())

function requirePast(errors: Record<string, string>, field: string, date: string, todayDate: string) {
  if (date > todayDate) errors[field] = 'errors.dateInFuture'
}

function signalsOf(ctx: RequestContext, householdId: number): Signal[] {
  const persons = repo.signalPersons(ctx.db, householdId)
  return repo.listSignals(ctx.db, householdId).map((row) => ({
    id: row.id,
    householdId: row.householdId,
    persons: persons.filter((p) => p.signalId === row.id).map(({ personId, name }) => ({ personId, name })),
    observation: row.observation,
    observedBy: row.observedBy ?? row.raisedBy,
    observedOn: row.observedOn,
    source: row.source as SignalSource,
    raisedBy: row.raisedBy,
    raisedAt: row.raisedAt,
    trajectoryId: row.trajectoryId,
    followUp:
      row.followedUpAt === null
        ? null
        : { at: row.followedUpAt, by: row.followedUpBy ?? '', note: row.followUpNote ?? '' },
  }))
}

function membersOf(ctx: RequestContext, householdId: number, openSignals: boolean): MemberSafety[] {
  const maxAge = currentSettings(ctx.db).safetyPictureMaxAgeDays
  const day = today(ctx)
  const pictures = repo.listPictures(ctx.db, householdId)
  return repo.currentMembers(ctx.db, householdId).map((m) => {
    const own = pictures.filter((p) => p.personId === m.id).map(({ personId: _, ...p }) => p)
    const current = own[0] ?? null
    return {
      personId: m.id,
      name: m.name,
      age: m.birthdate ? ageOn(m.birthdate, day) : null,
      current,
      overdue: openSignals && !isPictureCurrent(current?.assessedOn ?? null, day, maxAge),
      earlier: own.slice(1),
    }
  })
}

const stepNumbers = { consultation: 2, conversation: 3, weighing: 4, decision: 5 } as const

function trajectoriesOf(ctx: RequestContext, householdId: number, signals: Signal[]): Trajectory[] {
  const steps = repo.latestSteps(ctx.db, householdId)
  return repo.listTrajectories(ctx.db, householdId).map((t) => {
    const own = new Map(
      steps
        .filter((s) => s.trajectoryId === t.id)
        .map((s) => [s.step, { ...(JSON.parse(s.data) as object), by: s.by, at: s.at }]),
    )
    const mapped = signals.filter((s) => s.trajectoryId === t.id)
    const consultation = (own.get('consultation') as Trajectory['consultation']) ?? null
    const conversation = (own.get('conversation') as Trajectory['conversation']) ?? null
    const weighingRow = own.get('weighing') as
      | { answers: Record<string, { answer: WeighingAnswer; reasoning: string }>; by: string; at: string }
      | undefined
    const weighing = weighingRow
      ? {
          ...weighingRow,
          ...weighingOutcome(
            Object.fromEntries(weighingQuestions.map((q) => [q, weighingRow.answers[q]!.answer])) as Record<
              (typeof weighingQuestions)[number],
              WeighingAnswer
            >,
          ),
        }
      : null
    const decision = (own.get('decision') as Trajectory['decision']) ?? null
    const done = [
      mapped.length > 0 ? 1 : 0,
      consultation ? 2 : 0,
      conversation ? 3 : 0,
      weighing ? 4 : 0,
      decision ? 5 : 0,
    ].filter((n) => n > 0)
    return {
      id: t.id,
      householdId: t.householdId,
      startedAt: t.startedAt,
      startedBy: t.startedBy,
      signals: mapped,
      consultation,
      conversation,
      weighing,
      decision,
      stepsDone: done,
      nextStep: decision ? null : ([1, 2, 3, 4, 5].find((n) => !done.includes(n)) ?? null),
    }
  })
}

function overviewOf(ctx: RequestContext, householdId: number): SafetyOverview {
  const signals = signalsOf(ctx, householdId)
  const open = signals.some((s) => s.followUp === null)
  return {
    householdId,
    signals,
    members: membersOf(ctx, householdId, open),
    trajectories: trajectoriesOf(ctx, householdId, signals),
    pictureMaxAgeDays: currentSettings(ctx.db).safetyPictureMaxAgeDays,
  }
}

export function getOverview(ctx: RequestContext, householdId: number): SafetyOverview {
  requireAccess(ctx, 'household:read', householdId, 'safety.read')
  const result = overviewOf(ctx, householdId)
  recordAudit(ctx, { operation: 'safety.read', householdId })
  return result
}

/** Field errors for person ids that are not current members of the household. */
function checkMembers(ctx: RequestContext, householdId: number, ids: number[], field: string) {
  const members = new Set(repo.currentMembers(ctx.db, householdId).map((m) => m.id))
  const errors: Record<string, string> = {}
  ids.forEach((id, i) => {
    if (!members.has(id)) errors[`${field}.${i}`] = 'errors.notInHousehold'
  })
  return errors
}

/** A signal about one or more members; it puts the safety mark on the household's lists. */
export function recordSignal(
  ctx: RequestContext,
  householdId: number,
  input: RecordSignalInput,
): SafetyOverview {
  const actor = requireAccess(ctx, 'household:write', householdId, 'safety.signal.record')
  const personIds = [...new Set(input.personIds)]
  const errors = checkMembers(ctx, householdId, personIds, 'personIds')
  requirePast(errors, 'observedOn', input.observedOn, today(ctx))
  if (Object.keys(errors).length > 0) throw Invalid(errors)
  const at = ctx.clock.now().toISOString()
  ctx.db.transaction((tx) => {
    const id = repo.insertSignal(
      tx,
      {
        householdId,
        observation: input.observation,
        observedBy: input.observedBy,
        observedOn: input.observedOn,
        source: input.source,
        raisedBy: actor.userId,
        raisedAt: at,
      },
      personIds,
    )
    repo.flagHousehold(tx, householdId, at)
    recordAudit(ctx, { operation: 'safety.signal.record', householdId, objectId: id })
  })
  return overviewOf(ctx, householdId)
}

function findSignal(ctx: RequestContext, householdId: number, signalId: number) {
  const signal = signalsOf(ctx, householdId).find((s) => s.id === signalId)
  if (!signal) throw NotFound()
  return signal
}

/** Closes a signal with what was done about it. One in a meldcode trajectory is followed up by its decision. */
export function followUpSignal(
  ctx: RequestContext,
  householdId: number,
  signalId: number,
  note: string,
): SafetyOverview {
  const actor = requireAccess(ctx, 'household:write', householdId, 'safety.signal.followUp')
  const signal = findSignal(ctx, householdId, signalId)
  if (signal.followUp) throw Conflict('errors.signalFollowedUp')
  if (signal.trajectoryId !== null) throw Conflict('errors.signalInMeldcode')
  ctx.db.transaction((tx) => {
    repo.followUpSignal(tx, signalId, actor.userId, ctx.clock.now().toISOString(), note)
    recordAudit(ctx, { operation: 'safety.signal.followUp', householdId, objectId: signalId })
  })
  return overviewOf(ctx, householdId)
}

export function recordPicture(
  ctx: RequestContext,
  householdId: number,
  input: RecordPictureInput,
): SafetyOverview {
  const actor = requireAccess(ctx, 'household:write', householdId, 'safety.picture.record')
  const errors = checkMembers(ctx, householdId, [input.personId], 'personId')
  if (errors['personId.0']) errors.personId = errors['personId.0']!
  delete errors['personId.0']
  requirePast(errors, 'assessedOn', input.assessedOn, today(ctx))
  if (Object.keys(errors).length > 0) throw Invalid(errors)
  ctx.db.transaction((tx) => {
    const id = repo.insertPicture(tx, {
      householdId,
      personId: input.personId,
      assessment: input.assessment,
      basis: input.basis,
      assessedOn: input.assessedOn,
      recordedBy: actor.userId,
      recordedAt: ctx.clock.now().toISOString(),
    })
    recordAudit(ctx, {
      operation: 'safety.picture.record',
      householdId,
      personId: input.personId,
      objectId: id,
    })
  })
  return overviewOf(ctx, householdId)
}

// The meldcode

/** Signals that may be mapped in a trajectory: this household's, open, and not in another open trajectory. */
function checkSignals(
  ctx: RequestContext,
  householdId: number,
  signalIds: number[],
  trajectoryId: number | null,
) {
  const signals = new Map(signalsOf(ctx, householdId).map((s) => [s.id, s]))
  const errors: Record<string, string> = {}
  signalIds.forEach((id, i) => {
    const signal = signals.get(id)
    if (!signal) errors[`signalIds.${i}`] = 'errors.notASignalOfHousehold'
    else if (signal.followUp) errors[`signalIds.${i}`] = 'errors.signalFollowedUp'
    else if (signal.trajectoryId !== null && signal.trajectoryId !== trajectoryId)
      errors[`signalIds.${i}`] = 'errors.signalInMeldcode'
  })
  if (Object.keys(errors).length > 0) throw Invalid(errors)
}

function trajectoryOf(ctx: RequestContext, householdId: number, trajectoryId: number): Trajectory {
  const trajectory = trajectoriesOf(ctx, householdId, signalsOf(ctx, householdId)).find(
    (t) => t.id === trajectoryId,
  )
  if (!trajectory) throw NotFound()
  return trajectory
}

/** Step 1 starts the trajectory: the signals it maps. */
export function startMeldcode(ctx: RequestContext, householdId: number, signalIds: number[]): Trajectory {
  const actor = requireAccess(ctx, 'household:write', householdId, 'meldcode.start')
  const ids = [...new Set(signalIds)]
  checkSignals(ctx, householdId, ids, null)
  const id = ctx.db.transaction((tx) => {
    const id = repo.insertTrajectory(tx, {
      householdId,
      startedBy: actor.userId,
      startedAt: ctx.clock.now().toISOString(),
    })
    repo.linkSignals(tx, id, ids)
    recordAudit(ctx, { operation: 'meldcode.start', householdId, objectId: id })
    return id
  })
  return trajectoryOf(ctx, householdId, id)
}

/** An open trajectory of this household, for a step to be recorded on. Throws NotFound, Conflict. */
function openTrajectory(ctx: RequestContext, householdId: number, trajectoryId: number, operation: string) {
  const actor = requireAccess(ctx, 'household:write', householdId, operation)
  const trajectory = trajectoryOf(ctx, householdId, trajectoryId)
  if (trajectory.decision) throw Conflict('errors.meldcodeDecided')
  return { actor, trajectory }
}

export function mapSignals(
  ctx: RequestContext,
  householdId: number,
  trajectoryId: number,
  signalIds: number[],
) {
  openTrajectory(ctx, householdId, trajectoryId, 'meldcode.signals')
  const ids = [...new Set(signalIds)]
  checkSignals(ctx, householdId, ids, trajectoryId)
  ctx.db.transaction((tx) => {
    repo.linkSignals(tx, trajectoryId, ids)
    recordAudit(ctx, { operation: 'meldcode.signals', householdId, objectId: trajectoryId })
  })
  return trajectoryOf(ctx, householdId, trajectoryId)
}

function recordStep(
  ctx: RequestContext,
  householdId: number,
  trajectoryId: number,
  step: keyof typeof stepNumbers,
  data: object,
  userId: number,
  after?: (tx: Parameters<Parameters<RequestContext['db']['transaction']>[0]>[0]) => void,
) {
  ctx.db.transaction((tx) => {
    repo.insertStep(tx, {
      trajectoryId,
      step,
      data: JSON.stringify(data),
      recordedBy: userId,
      recordedAt: ctx.clock.now().toISOString(),
    })
    after?.(tx)
    recordAudit(ctx, { operation: `meldcode.${step}`, householdId, objectId: trajectoryId })
  })
  return trajectoryOf(ctx, householdId, trajectoryId)
}

/** Step 2: the designated colleague or supervisor consulted, and optionally Veilig Thuis for advice. */
export function consult(
  ctx: RequestContext,
  householdId: number,
  trajectoryId: number,
  input: ConsultationInput,
) {
  const { actor } = openTrajectory(ctx, householdId, trajectoryId, 'meldcode.consultation')
  const parsed = ConsultationSchema.parse(input)
  const errors: Record<string, string> = {}
  requirePast(errors, 'on', parsed.on, today(ctx))
  if (parsed.veiligThuisAdvice)
    requirePast(errors, 'veiligThuisAdvice.on', parsed.veiligThuisAdvice.on, today(ctx))
  if (Object.keys(errors).length > 0) throw Invalid(errors)
  return recordStep(ctx, householdId, trajectoryId, 'consultation', parsed, actor.userId)
}

/** Step 3: the conversation with those involved, or why it did not happen. */
export function converse(
  ctx: RequestContext,
  householdId: number,
  trajectoryId: number,
  input: ConversationStepInput,
) {
  const { actor } = openTrajectory(ctx, householdId, trajectoryId, 'meldcode.conversation')
  if (input.held) {
    const errors: Record<string, string> = {}
    requirePast(errors, 'on', input.on, today(ctx))
    if (Object.keys(errors).length > 0) throw Invalid(errors)
  }
  return recordStep(ctx, householdId, trajectoryId, 'conversation', input, actor.userId)
}

/** Step 4: the afwegingskader's five questions, each with reasoning; the outcome is computed, never entered. */
export function weigh(ctx: RequestContext, householdId: number, trajectoryId: number, input: WeighingInput) {
  const { actor } = openTrajectory(ctx, householdId, trajectoryId, 'meldcode.weighing')
  return recordStep(ctx, householdId, trajectoryId, 'weighing', { answers: input }, actor.userId)
}

/**
 * Step 5: help organised and/or a report to Veilig Thuis. Needs step 4; a report when the afwegingskader says one
 * is needed; a report date not before the signals; the reason when the household was not told beforehand. The
 * mapped signals are followed up by the decision; the team stays on the case.
 */
export function decide(ctx: RequestContext, householdId: number, trajectoryId: number, input: DecisionInput) {
  const { actor, trajectory } = openTrajectory(ctx, householdId, trajectoryId, 'meldcode.decision')
  const parsed = DecisionSchema.parse(input)
  if (!trajectory.weighing) {
    recordAudit(ctx, {
      operation: 'meldcode.decision',
      householdId,
      objectId: trajectoryId,
      outcome: 'denied',
    })
    throw CheckpointsUnmet(
      'errors.decisionNeedsWeighing',
      [{ id: 'weighingBeforeDecision', met: false, detail: [] }],
      { weighing: 'errors.decisionNeedsWeighing' },
    )
  }
  const errors: Record<string, string> = {}
  if (!parsed.help && !parsed.report) errors.help = 'errors.decisionEmpty'
  if (trajectory.weighing.outcome === 'reportNeeded' && !parsed.report) errors.report = 'errors.reportNeeded'
  if (parsed.report) {
    const firstSignal = trajectory.signals.map((s) => s.observedOn).sort()[0]
    if (firstSignal && parsed.report.on < firstSignal) errors['report.on'] = 'errors.reportBeforeSignals'
    requirePast(errors, 'report.on', parsed.report.on, today(ctx))
    if (!parsed.report.toldBeforehand && !parsed.report.notToldReason)
      errors['report.notToldReason'] = 'errors.notToldReasonRequired'
  }
  if (Object.keys(errors).length > 0) throw Invalid(errors)
  const data = {
    help: parsed.help,
    report: parsed.report
      ? {
          ...parsed.report,
          notToldReason: parsed.report.toldBeforehand ? null : (parsed.report.notToldReason ?? null),
        }
      : null,
  }
  const at = ctx.clock.now().toISOString()
  return recordStep(ctx, householdId, trajectoryId, 'decision', data, actor.userId, (tx) => {
    repo.markDecided(tx, trajectoryId, at)
    for (const signal of trajectory.signals) repo.followUpSignal(tx, signal.id, actor.userId, at, null)
  })
}

/** The household's reports to Veilig Thuis: a legal basis for sharing with Veilig Thuis (meldrecht). */
export function reportsOf(ctx: RequestContext, householdId: number) {
  return trajectoriesOf(ctx, householdId, signalsOf(ctx, householdId)).flatMap((t) =>
    t.decision?.report ? [{ trajectoryId: t.id, ...t.decision.report }] : [],
  )
}

// The safety plan

/** The safety plan around the given safety goals (the current plan's, unless the caller already loaded them). */
function safetyPlanOf(
  ctx: RequestContext,
  householdId: number,
  safetyGoals = currentSafetyGoals(ctx, householdId),
): SafetyPlan {
  const worries = new Map(repo.listWorries(ctx.db, householdId).map((w) => [w.goalKey, w.worry]))
  const scores = repo.listScores(ctx.db, householdId)
  return {
    householdId,
    conditions: repo.listConditions(ctx.db, householdId),
    goals: safetyGoals.map((goal) => {
      const history = scores.filter((s) => s.goalKey === goal.key).map(({ goalKey: _, ...s }) => s)
      const latest = (by: 'household' | 'worker' | 'network') => history.find((s) => s.by === by) ?? null
      return {
        goalKey: goal.key,
        text: goal.text,
        worry: worries.get(goal.key) ?? null,
        latest: { household: latest('household'), worker: latest('worker'), network: latest('network') },
        history,
      }
    }),
    dangerSources: repo.listDangerSources(ctx.db, householdId),
  }
}

export function getSafetyPlan(ctx: RequestContext, householdId: number): SafetyPlan {
  requireAccess(ctx, 'household:read', householdId, 'safetyPlan.read')
  const result = safetyPlanOf(ctx, householdId)
  recordAudit(ctx, { operation: 'safetyPlan.read', householdId })
  return result
}

function checkGoalKey(ctx: RequestContext, householdId: number, goalKey: string | null): string | null {
  if (goalKey === null) return null
  return currentSafetyGoals(ctx, householdId).some((g) => g.key === goalKey) ? null : 'errors.notASafetyGoal'
}

function saveCondition(
  ctx: RequestContext,
  householdId: number,
  conditionId: number | null,
  input: ConditionInput,
): SafetyPlan {
  const operation = conditionId === null ? 'safetyPlan.condition.add' : 'safetyPlan.condition.update'
  const actor = requireAccess(ctx, 'household:write', householdId, operation)
  if (conditionId !== null && repo.conditionHousehold(ctx.db, conditionId) !== householdId) throw NotFound()
  const parsed = ConditionSchema.parse(input)
  const goalError = checkGoalKey(ctx, householdId, parsed.goalKey)
  if (goalError) throw Invalid({ goalKey: goalError })
  const values = {
    text: parsed.text,
    watcher: parsed.watcher,
    howChecked: parsed.howChecked,
    reviewOn: parsed.reviewOn,
    goalKey: parsed.goalKey,
    status: parsed.status,
    updatedBy: actor.userId,
    updatedAt: ctx.clock.now().toISOString(),
  }
  ctx.db.transaction((tx) => {
    const id =
      conditionId === null
        ? repo.insertCondition(tx, { householdId, ...values })
        : (repo.updateCondition(tx, conditionId, values), conditionId)
    recordAudit(ctx, { operation, householdId, objectId: id })
  })
  return safetyPlanOf(ctx, householdId)
}

export const addCondition = (ctx: RequestContext, householdId: number, input: ConditionInput) =>
  saveCondition(ctx, householdId, null, input)

export const updateCondition = (
  ctx: RequestContext,
  householdId: number,
  conditionId: number,
  input: ConditionInput,
) => saveCondition(ctx, householdId, conditionId, input)

function requireSafetyGoal(ctx: RequestContext, householdId: number, goalKey: string) {
  if (checkGoalKey(ctx, householdId, goalKey) !== null) throw NotFound()
}

export function setWorry(
  ctx: RequestContext,
  householdId: number,
  goalKey: string,
  worry: string,
): SafetyPlan {
  const actor = requireAccess(ctx, 'household:write', householdId, 'safetyPlan.worry')
  requireSafetyGoal(ctx, householdId, goalKey)
  ctx.db.transaction((tx) => {
    repo.upsertWorry(tx, {
      householdId,
      goalKey,
      worry,
      updatedBy: actor.userId,
      updatedAt: ctx.clock.now().toISOString(),
    })
    recordAudit(ctx, { operation: 'safetyPlan.worry', householdId, objectId: goalKey })
  })
  return safetyPlanOf(ctx, householdId)
}

/** A party's own score on the safety scale: kept beside the others, never averaged. */
export function addScore(
  ctx: RequestContext,
  householdId: number,
  goalKey: string,
  input: ScoreInput,
): SafetyPlan {
  const actor = requireAccess(ctx, 'household:write', householdId, 'safetyPlan.score')
  requireSafetyGoal(ctx, householdId, goalKey)
  const errors: Record<string, string> = {}
  requirePast(errors, 'on', input.on, today(ctx))
  if (Object.keys(errors).length > 0) throw Invalid(errors)
  ctx.db.transaction((tx) => {
    repo.insertScore(tx, {
      householdId,
      goalKey,
      byParty: input.by,
      who: input.who,
      score: input.score,
      note: input.note ?? '',
      scoredOn: input.on,
      recordedBy: actor.userId,
      recordedAt: ctx.clock.now().toISOString(),
    })
    recordAudit(ctx, { operation: 'safetyPlan.score', householdId, objectId: goalKey })
  })
  return safetyPlanOf(ctx, householdId)
}

export function setDangerSources(
  ctx: RequestContext,
  householdId: number,
  input: DangerSourcesInput,
): SafetyPlan {
  const actor = requireAccess(ctx, 'household:write', householdId, 'safetyPlan.dangerSources')
  const errors = checkMembers(
    ctx,
    householdId,
    input.sources.map((s) => s.personId),
    'sources',
  )
  if (Object.keys(errors).length > 0)
    throw Invalid(Object.fromEntries(Object.entries(errors).map(([k, v]) => [`${k}.personId`, v])))
  const unique = [...new Map(input.sources.map((s) => [s.personId, s])).values()]
  ctx.db.transaction((tx) => {
    repo.replaceDangerSources(tx, householdId, unique, actor.userId, ctx.clock.now().toISOString())
    recordAudit(ctx, { operation: 'safetyPlan.dangerSources', householdId })
  })
  return safetyPlanOf(ctx, householdId)
}

/**
 * The safety plan as a household member sees it: the agreements and each party's score on the goals they may see.
 * A member recorded as a possible source of danger never gets it: 404, as if there were none.
 */
export function getPortalSafetyPlan(ctx: RequestContext, householdId: number): PortalSafetyPlan {
  requireAccess(ctx, 'household:portal', householdId, 'safetyPlan.portal.read')
  const viewer = portalViewer(ctx, householdId)
  if (viewer.dangerSource) {
    recordAudit(ctx, {
      operation: 'safetyPlan.portal.read',
      householdId,
      personId: viewer.personId,
      outcome: 'denied',
    })
    throw NotFound()
  }
  const safetyGoals = currentSafetyGoals(ctx, householdId)
  const plan = safetyPlanOf(ctx, householdId, safetyGoals)
  const visible = new Set(visibleGoals(safetyGoals, viewer).map((g) => g.key))
  const result: PortalSafetyPlan = {
    conditions: plan.conditions
      .filter((c) => c.goalKey === null || visible.has(c.goalKey))
      .map(({ id, text, watcher, howChecked, reviewOn, status }) => ({
        id,
        text,
        watcher,
        howChecked,
        reviewOn,
        status,
      })),
    goals: plan.goals
      .filter((g) => visible.has(g.goalKey))
      .map(({ goalKey, text, worry, latest }) => ({ goalKey, text, worry, latest })),
  }
  recordAudit(ctx, { operation: 'safetyPlan.portal.read', householdId, personId: viewer.personId })
  return result
}

// The supervisor's list

const stepOf: Record<string, number> = stepNumbers

/** The team's open meldcode trajectories, oldest first, with the steps done and the one they wait at. */
export function openTrajectoriesOfTeam(ctx: RequestContext, teamId: number): TeamSafety['trajectories'] {
  const now = ctx.clock.now()
  const open = repo.teamOpenTrajectories(ctx.db, teamId)
  const ids = open.map((t) => t.id)
  const steps = repo.stepsOfTrajectories(ctx.db, ids)
  const mapped = new Set(repo.linkedSignalCounts(ctx.db, ids).map((c) => c.trajectoryId))
  return open.map((t) => {
    const done = [
      ...(mapped.has(t.id) ? [1] : []),
      ...steps.filter((s) => s.trajectoryId === t.id).map((s) => stepOf[s.step]!),
    ].sort()
    return {
      trajectoryId: t.id,
      householdId: t.householdId,
      householdName: t.householdName,
      startedAt: t.startedAt,
      stepsDone: done,
      nextStep: [1, 2, 3, 4, 5].find((n) => !done.includes(n)) ?? null,
      ageDays: Math.floor((now.getTime() - Date.parse(t.startedAt)) / 86_400_000),
    }
  })
}

/** Households of the team with open signals where a member's safety picture is overdue. */
export function overduePicturesOfTeam(ctx: RequestContext, teamId: number): TeamSafety['overduePictures'] {
  const day = today(ctx)
  const maxAge = currentSettings(ctx.db).safetyPictureMaxAgeDays
  const overdue = new Map<number, TeamSafety['overduePictures'][number]>()
  for (const row of repo.teamPicturesWhereSignalsOpen(ctx.db, teamId)) {
    if (isPictureCurrent(row.lastOn, day, maxAge)) continue
    const entry = overdue.get(row.householdId) ?? {
      householdId: row.householdId,
      householdName: row.householdName,
      members: [],
    }
    entry.members.push({ name: row.name, lastOn: row.lastOn })
    overdue.set(row.householdId, entry)
  }
  return [...overdue.values()]
}

export function teamSafety(ctx: RequestContext): TeamSafety {
  const actor = requireAccess(ctx, 'team:read', null, 'team.safety')
  const teamId = actor.teamId!
  const now = ctx.clock.now()
  const result: TeamSafety = {
    openSignals: repo.teamOpenSignals(ctx.db, teamId).map(({ trajectoryId, source, ...s }) => ({
      ...s,
      source: source as SignalSource,
      inTrajectory: trajectoryId !== null,
    })),
    trajectories: openTrajectoriesOfTeam(ctx, teamId),
    overduePictures: overduePicturesOfTeam(ctx, teamId),
    decidedRecently: repo
      .teamDecidedTrajectories(ctx.db, teamId, new Date(now.getTime() - 90 * 86_400_000).toISOString())
      .map(({ id, data, ...row }) => {
        const decision = JSON.parse(data) as {
          help: unknown
          report: { on: string; reference: string; toldBeforehand: boolean } | null
        }
        return {
          trajectoryId: id,
          ...row,
          report: decision.report
            ? {
                on: decision.report.on,
                reference: decision.report.reference,
                toldBeforehand: decision.report.toldBeforehand,
              }
            : null,
          help: decision.help !== null,
        }
      }),
  }
  recordAudit(ctx, { operation: 'team.safety' })
  return result
}

/** For the route's checkpoints: what is open, and when each member's safety was last pictured. */
export function getOverviewFacts(ctx: RequestContext, householdId: number) {
  const signals = signalsOf(ctx, householdId)
  const open = trajectoriesOf(ctx, householdId, signals).filter((t) => t.decision === null)
  const lastPictureOn = new Map<number, string>()
  for (const p of repo.listPictures(ctx.db, householdId))
    if (!lastPictureOn.has(p.personId)) lastPictureOn.set(p.personId, p.assessedOn)
  return {
    openSignals: signals.filter((s) => s.followUp === null).length,
    openTrajectories: open.length,
    trajectoriesWithoutWeighing: open.filter((t) => t.weighing === null).length,
    lastPictureOn,
    members: repo.currentMembers(ctx.db, householdId),
  }
}

/** What safety asks of the worker today, per household of their caseload: open signals, overdue pictures, a step. */
export function safetyAttention(ctx: RequestContext): SafetyAttention {
  const actor = requireAccess(ctx, 'caseload:read', null, 'safety.attention')
  const now = ctx.clock.now()
  const result = repo.caseloadNeedingSafety(ctx.db, actor.userId).map((row) => {
    const overview = overviewOf(ctx, row.householdId)
    const open = overview.trajectories.find((t) => t.decision === null)
    return {
      householdId: row.householdId,
      householdName: row.householdName,
      openSignals: row.openSignals,
      overdueMembers: overview.members.filter((m) => m.overdue).map((m) => m.name),
      openTrajectory: open
        ? {
            trajectoryId: open.id,
            nextStep: open.nextStep,
            ageDays: Math.floor((now.getTime() - Date.parse(open.startedAt)) / 86_400_000),
          }
        : null,
    }
  })
  recordAudit(ctx, { operation: 'safety.attention' })
  return result
}
