import type {
  AgreementInput,
  GoalProgress,
  GoalViewInput,
  PlanComparison,
  PlanOverview,
  PlanVersion,
  PortalPlan,
  ProgressInput,
  SavePlanInput,
} from '#shared/contracts/plans'
import {
  SavePlanInput as SavePlanSchema,
  ProgressInput as ProgressSchema,
  GoalViewInput as GoalViewSchema,
  AgreementInput as AgreementSchema,
  MinorPlanViewInput as MinorPlanViewSchema,
  type MinorPlanView,
  type MinorPlanViewInput,
} from '#shared/contracts/plans'
import { ageOn, dutchCalendarDate } from '#shared/domain/age'
import { diffPlans, summarise } from '#shared/domain/plan-diff'
import {
  ageOfOwnPrivacy,
  isLimitedToOwn,
  mayBePrivate,
  visibleGoals,
  type PlanViewer,
} from '#shared/domain/plan-visibility'
import type { RequestContext } from '../../plugins/context.ts'
import { requireAccess } from '../../plugins/access.ts'
import { recordAudit } from '../../plugins/audit.ts'
import { Conflict, Forbidden, Invalid, NotFound } from '../../plugins/errors.ts'
import * as repo from './repo.ts'
import type { StoredAction, StoredGoal, StoredPlan } from './stored-plan.ts'

const emptyPlan: StoredPlan = {
  nextKey: 1,
  goals: [],
  direction: null,
  domainsWithoutGoal: [],
  decision: { discussed: '', options: '', decided: '' },
  evaluationOn: null,
  positions: [],
}

type Parties = ReturnType<typeof repo.householdParties>

function today(ctx: RequestContext) {
  return dutchCalendarDate(ctx.clock.now())
}

/** The plan with names, as the API shows it. */
function present(
  ctx: RequestContext,
  householdId: number,
  row: Omit<repo.VersionRow, 'content'>,
  plan: StoredPlan,
  parties: Parties,
): PlanVersion {
  const personName = (id: number) => parties.members.find((m) => m.id === id)?.name ?? '?'
  const ownerName = (owner: StoredAction['owner']) => {
    const list =
      owner.kind === 'member'
        ? parties.members
        : owner.kind === 'network'
          ? parties.network
          : owner.kind === 'worker'
            ? parties.workers
            : parties.organisations
    return list.find((p) => p.id === owner.refId)?.name ?? '?'
  }
  return {
    householdId,
    version: row.version,
    createdAt: row.createdAt,
    createdBy: { id: row.createdById, name: row.createdByName, role: row.createdByRole },
    summary: JSON.parse(row.summary) as PlanVersion['summary'],
    goals: plan.goals.map((g) => ({
      key: g.key,
      text: g.text,
      owner:
        g.ownerPersonId === null ? null : { personId: g.ownerPersonId, name: personName(g.ownerPersonId) },
      domainIds: g.domainIds,
      safety: g.safety,
      private: g.private,
      hiddenFrom: g.hiddenFrom,
      actions: g.actions.map((a) => ({ ...a, owner: { ...a.owner, name: ownerName(a.owner) } })),
      views: g.views.map((v) => ({ ...v, name: personName(v.personId) })),
    })),
    direction: plan.direction,
    domainsWithoutGoal: plan.domainsWithoutGoal,
    decision: plan.decision,
    positions: plan.positions.map((p) => ({ ...p, name: personName(p.personId) })),
    evaluationOn: plan.evaluationOn,
  }
}

function load(ctx: RequestContext, householdId: number) {
  const row = repo.latestVersion(ctx.db, householdId)
  return { row, plan: row ? (JSON.parse(row.content) as StoredPlan) : emptyPlan }
}

/** Writes the next version with its change counts, against the version it replaces. Inside a transaction. */
function writeVersion(
  ctx: RequestContext,
  householdId: number,
  before: { row: repo.VersionRow | undefined; plan: StoredPlan },
  next: StoredPlan,
  parties: Parties,
): number {
  const version = (before.row?.version ?? 0) + 1
  const draftRow = {
    version,
    createdAt: ctx.clock.now().toISOString(),
    createdById: ctx.actor!.userId,
    createdByName: ctx.actor!.name,
    createdByRole: ctx.actor!.role,
    summary: '[]',
  }
  const previous = present(ctx, householdId, before.row ?? { ...draftRow, version: 0 }, before.plan, parties)
  const changes = diffPlans(previous, present(ctx, householdId, draftRow, next, parties))
  repo.insertVersion(ctx.db, {
    householdId,
    version,
    createdBy: ctx.actor!.userId,
    createdAt: draftRow.createdAt,
    summary: JSON.stringify(summarise(changes)),
    content: JSON.stringify(next),
  })
  return version
}

/** The plan, its versions, progress, and the domains that still call for a goal. Throws NotFound (no access). */
export function getPlan(ctx: RequestContext, householdId: number): PlanOverview {
  requireAccess(ctx, 'household:read', householdId, 'plan.read')
  const { row, plan } = load(ctx, householdId)
  const parties = repo.householdParties(ctx.db, householdId)
  const english = ctx.actor?.language === 'en'
  const domains = repo.lifeDomainNames(ctx.db)
  const covered = new Set([
    ...plan.goals.flatMap((g) => g.domainIds),
    ...plan.domainsWithoutGoal.map((d) => d.domainId),
  ])
  const attention = new Map<number, string[]>()
  for (const low of repo.lowScoresInLatestAnalysis(ctx.db, householdId)) {
    if (covered.has(low.domainId)) continue
    attention.set(low.domainId, [...(attention.get(low.domainId) ?? []), low.personName])
  }
  const result: PlanOverview = {
    current: row ? present(ctx, householdId, row, plan, parties) : null,
    versions: repo.listVersions(ctx.db, householdId).map((v) => ({
      version: v.version,
      createdAt: v.createdAt,
      createdBy: v.createdByName,
      summary: JSON.parse(v.summary) as PlanVersion['summary'],
    })),
    progress: repo.listProgress(ctx.db, householdId),
    domainsNeedingAttention: domains
      .filter((d) => attention.has(d.id))
      .map((d) => ({
        domainId: d.id,
        name: english ? d.nameEn : d.nameNl,
        personNames: attention.get(d.id)!,
      })),
    minorViews: repo
      .minorPlanViewsOfHousehold(ctx.db, householdId)
      .map((v) => ({ ...v, seesWholePlan: v.seesWholePlan === 1 })),
  }
  recordAudit(ctx, { operation: 'plan.read', householdId })
  return result
}

/**
 * Checks every id in a save against the household and turns the input into the next stored plan: keys kept,
 * new goals and actions numbered, members' own views and positions carried over. Throws Invalid.
 */
function nextPlan(
  ctx: RequestContext,
  input: SavePlanInput,
  base: StoredPlan,
  parties: Parties,
  nextVersion: number,
): StoredPlan {
  const parsed = SavePlanSchema.parse(input)
  const errors: Record<string, string> = {}
  const on = today(ctx)
  const current = parties.members.filter((m) => m.leftOn === null)
  const member = (id: number) => current.find((m) => m.id === id)
  const activeDomains = new Set(
    repo
      .lifeDomainNames(ctx.db)
      .filter((d) => d.active)
      .map((d) => d.id),
  )
  const ownerExists: Record<StoredAction['owner']['kind'], (id: number) => boolean> = {
    member: (id) => member(id) !== undefined,
    network: (id) => parties.network.some((n) => n.id === id && n.endedOn === null),
    worker: (id) => parties.workers.some((w) => w.id === id && w.inTeam === 1),
    organisation: (id) => parties.organisations.some((o) => o.id === id && o.active === 1),
  }
  const baseGoals = new Map(base.goals.map((g) => [g.key, g]))
  const baseActions = new Set(base.goals.flatMap((g) => g.actions.map((a) => a.key)))
  let nextKey = base.nextKey
  const goals: StoredGoal[] = parsed.goals.map((goal, i) => {
    const at = `goals.${i}`
    if (goal.key && !baseGoals.has(goal.key)) errors[`${at}.key`] = 'errors.planItemUnknown'
    if (goal.ownerPersonId !== null && !member(goal.ownerPersonId))
      errors[`${at}.ownerPersonId`] = 'errors.notInHousehold'
    goal.domainIds.forEach((id, j) => {
      if (!activeDomains.has(id)) errors[`${at}.domainIds.${j}`] = 'errors.chooseOption'
    })
    goal.hiddenFrom.forEach((id, j) => {
      if (!member(id)) errors[`${at}.hiddenFrom.${j}`] = 'errors.notInHousehold'
    })
    if (goal.private) {
      const owner = goal.ownerPersonId === null ? undefined : member(goal.ownerPersonId)
      const age = owner?.birthdate ? ageOn(owner.birthdate, on) : null
      if (!mayBePrivate(age)) errors[`${at}.private`] = 'errors.privateFrom16'
    }
    const actions = goal.actions.map((action, j) => {
      const actionAt = `${at}.actions.${j}`
      if (action.key && !baseActions.has(action.key)) errors[`${actionAt}.key`] = 'errors.planItemUnknown'
      if (!ownerExists[action.owner.kind](action.owner.refId))
        errors[`${actionAt}.owner`] = 'errors.notInHouseholdOrNetwork'
      return {
        key: action.key ?? `a${nextKey++}`,
        text: action.text,
        owner: action.owner,
        dueOn: action.dueOn,
        status: action.status,
      }
    })
    return {
      key: goal.key ?? `g${nextKey++}`,
      text: goal.text,
      ownerPersonId: goal.ownerPersonId,
      domainIds: [...new Set(goal.domainIds)],
      safety: goal.safety,
      private: goal.private,
      hiddenFrom: [...new Set(goal.hiddenFrom)],
      actions,
      views: (goal.key && baseGoals.get(goal.key)?.views) || [],
    }
  })
  parsed.domainsWithoutGoal.forEach((d, i) => {
    if (!activeDomains.has(d.domainId)) errors[`domainsWithoutGoal.${i}.domainId`] = 'errors.chooseOption'
  })
  if (parsed.direction?.holder === 'other' && !parsed.direction.otherParty) {
    errors['direction.otherParty'] = 'errors.required'
  }
  parsed.positions.forEach((p, i) => {
    if (!member(p.personId)) errors[`positions.${i}.personId`] = 'errors.notInHousehold'
  })
  if (Object.keys(errors).length > 0) throw Invalid(errors)
  const at = ctx.clock.now().toISOString()
  const said = parsed.positions.map((p) => ({ ...p, at, onVersion: nextVersion }))
  return {
    nextKey,
    goals,
    direction: parsed.direction
      ? {
          holder: parsed.direction.holder,
          otherParty: parsed.direction.holder === 'other' ? (parsed.direction.otherParty ?? null) : null,
          reason: parsed.direction.reason,
        }
      : null,
    domainsWithoutGoal: parsed.domainsWithoutGoal,
    decision: parsed.decision,
    evaluationOn: parsed.evaluationOn,
    positions: [...base.positions.filter((p) => !said.some((s) => s.personId === p.personId)), ...said],
  }
}

/**
 * The worker saves the whole plan on top of the version they read. A save on an older version is refused (409,
 * naming the current one), so nobody overwrites what someone else just wrote. Saving without a change writes no
 * version. Throws Conflict, Invalid, NotFound.
 */
export function savePlan(ctx: RequestContext, householdId: number, input: SavePlanInput): PlanVersion {
  requireAccess(ctx, 'household:write', householdId, 'plan.save')
  const before = load(ctx, householdId)
  const currentVersion = before.row?.version ?? 0
  if ((input.baseVersion ?? 0) !== currentVersion) {
    throw Conflict('errors.planVersionConflict', { current: currentVersion })
  }
  const parties = repo.householdParties(ctx.db, householdId)
  const next = nextPlan(ctx, input, before.plan, parties, currentVersion + 1)
  const version = ctx.db.transaction(() => {
    const unchanged =
      before.row &&
      diffPlans(
        present(ctx, householdId, before.row, before.plan, parties),
        present(ctx, householdId, before.row, next, parties),
      ).length === 0
    const written = unchanged ? currentVersion : writeVersion(ctx, householdId, before, next, parties)
    recordAudit(ctx, { operation: 'plan.save', householdId, objectId: written })
    return written
  })
  return presentVersion(ctx, householdId, version, parties)
}

function presentVersion(ctx: RequestContext, householdId: number, version: number, parties?: Parties) {
  const row = repo.findVersion(ctx.db, householdId, version)
  if (!row) throw NotFound()
  return present(
    ctx,
    householdId,
    row,
    JSON.parse(row.content) as StoredPlan,
    parties ?? repo.householdParties(ctx.db, householdId),
  )
}

export function getVersion(ctx: RequestContext, householdId: number, version: number): PlanVersion {
  requireAccess(ctx, 'household:read', householdId, 'plan.read')
  const result = presentVersion(ctx, householdId, version)
  recordAudit(ctx, { operation: 'plan.read', householdId, objectId: version })
  return result
}

/** The differences between two versions, either order. Throws NotFound. */
export function compareVersions(
  ctx: RequestContext,
  householdId: number,
  from: number,
  to: number,
): PlanComparison {
  requireAccess(ctx, 'household:read', householdId, 'plan.compare')
  const parties = repo.householdParties(ctx.db, householdId)
  const a = presentVersion(ctx, householdId, from, parties)
  const b = presentVersion(ctx, householdId, to, parties)
  recordAudit(ctx, { operation: 'plan.compare', householdId })
  return { from: a, to: b, changes: diffPlans(a, b) }
}

function goalIn(plan: StoredPlan, goalKey: string) {
  return plan.goals.find((g) => g.key === goalKey)
}

function insertProgress(
  ctx: RequestContext,
  householdId: number,
  goalKey: string,
  by: 'household' | 'worker',
  input: ProgressInput,
  operation: string,
): GoalProgress {
  const parsed = ProgressSchema.parse(input)
  const recordedAt = ctx.clock.now().toISOString()
  const { id } = ctx.db.transaction((tx) => {
    const inserted = repo.insertProgress(tx, {
      householdId,
      goalKey,
      by,
      authorId: ctx.actor!.userId,
      scale: parsed.scale,
      words: parsed.words,
      recordedAt,
    })
    recordAudit(ctx, { operation, householdId, objectId: goalKey })
    return inserted
  })
  return {
    id,
    goalKey,
    by,
    authorName: ctx.actor!.name,
    scale: parsed.scale,
    words: parsed.words,
    recordedAt,
  }
}

/** The worker records progress on a goal (1–10 and words). Throws NotFound (no access, no such goal). */
export function recordProgress(
  ctx: RequestContext,
  householdId: number,
  goalKey: string,
  input: ProgressInput,
): GoalProgress {
  requireAccess(ctx, 'household:write', householdId, 'plan.progress')
  if (!goalIn(load(ctx, householdId).plan, goalKey)) throw NotFound()
  return insertProgress(ctx, householdId, goalKey, 'worker', input, 'plan.progress')
}

// ---------------------------------------------------------------------------------------------------------------
// The household's own view, in the portal. Every route filters per member on the server.

function viewerOf(ctx: RequestContext, householdId: number, parties: Parties): PlanViewer {
  const personId = ctx.actor!.personId
  const person = parties.members.find((m) => m.id === personId && m.leftOn === null)
  if (!person || personId === null) throw NotFound()
  const choice = repo.minorPlanView(ctx.db, personId)
  return {
    personId,
    age: person.birthdate ? ageOn(person.birthdate, today(ctx)) : null,
    seesWholePlan: choice?.seesWholePlan === 1,
    dangerSource: repo.isDangerSource(ctx.db, householdId, personId),
  }
}

/** The logged-in member as a viewer of the plan. Throws NotFound when they no longer belong to the household. */
export function portalViewer(ctx: RequestContext, householdId: number): PlanViewer {
  return viewerOf(ctx, householdId, repo.householdParties(ctx.db, householdId))
}

/** For the route's checkpoints: null without a plan; else who recorded a position, and how many safety goals. */
export function currentPlanFacts(ctx: RequestContext, householdId: number) {
  const { row, plan } = load(ctx, householdId)
  if (!row) return null
  return {
    positionPersonIds: plan.positions.map((p) => p.personId),
    safetyGoals: plan.goals.filter((g) => g.safety).length,
  }
}

/** The current plan's safety goals (the safety plan stands beside them). */
export function currentSafetyGoals(ctx: RequestContext, householdId: number) {
  return load(ctx, householdId).plan.goals.filter((g) => g.safety)
}

function portalView(
  ctx: RequestContext,
  householdId: number,
  viewer: PlanViewer,
  parties: Parties,
): PortalPlan {
  const { row, plan } = load(ctx, householdId)
  const limited = isLimitedToOwn(viewer)
  const goals = visibleGoals(plan.goals, viewer)
  const keys = new Set(goals.map((g) => g.key))
  const visible: StoredPlan = {
    ...plan,
    goals,
    positions: limited ? plan.positions.filter((p) => p.personId === viewer.personId) : plan.positions,
    decision: limited ? { discussed: '', options: '', decided: '' } : plan.decision,
  }
  let shown: PortalPlan['plan'] = null
  if (row) {
    const { domainsWithoutGoal: _left, ...rest } = present(ctx, householdId, row, visible, parties)
    shown = rest
  }
  return {
    plan: shown,
    progress: repo.listProgress(ctx.db, householdId).filter((p) => keys.has(p.goalKey)),
    viewerPersonId: viewer.personId,
    limitedToOwn: limited,
  }
}

export function getPortalPlan(ctx: RequestContext, householdId: number): PortalPlan {
  requireAccess(ctx, 'household:portal', householdId, 'plan.portal.read')
  const result = portalPlanFor(ctx, householdId)
  recordAudit(ctx, { operation: 'plan.portal.read', householdId })
  return result
}

/** The plan as the logged-in member may see it, for their export. The caller checked access and audits. */
export function portalPlanFor(ctx: RequestContext, householdId: number): PortalPlan {
  const parties = repo.householdParties(ctx.db, householdId)
  return portalView(ctx, householdId, viewerOf(ctx, householdId, parties), parties)
}

/**
 * A change from the household: applied to the current version and written as the next one, in the member's name.
 * `change` returns the new plan, or throws NotFound when the item is not one this member can see.
 */
function householdChange(
  ctx: RequestContext,
  householdId: number,
  operation: string,
  change: (plan: StoredPlan, viewer: PlanViewer, nextVersion: number) => StoredPlan,
): PortalPlan {
  requireAccess(ctx, 'household:portal', householdId, operation)
  const parties = repo.householdParties(ctx.db, householdId)
  const viewer = viewerOf(ctx, householdId, parties)
  const before = load(ctx, householdId)
  if (!before.row) throw NotFound()
  const next = change(structuredClone(before.plan), viewer, before.row.version + 1)
  ctx.db.transaction(() => {
    const version = writeVersion(ctx, householdId, before, next, parties)
    recordAudit(ctx, { operation, householdId, personId: viewer.personId, objectId: version })
  })
  return portalView(ctx, householdId, viewer, parties)
}

function visibleGoal(plan: StoredPlan, viewer: PlanViewer, goalKey: string) {
  const goal = visibleGoals(plan.goals, viewer).find((g) => g.key === goalKey)
  if (!goal) throw NotFound()
  return plan.goals.find((g) => g.key === goalKey)!
}

/** A member writes where they stand on a goal, in their own words. */
export function writeGoalView(
  ctx: RequestContext,
  householdId: number,
  goalKey: string,
  input: GoalViewInput,
) {
  const parsed = GoalViewSchema.parse(input)
  return householdChange(ctx, householdId, 'plan.portal.view', (plan, viewer) => {
    const goal = visibleGoal(plan, viewer, goalKey)
    const view = {
      personId: viewer.personId,
      position: parsed.position,
      words: parsed.words,
      at: ctx.clock.now().toISOString(),
    }
    goal.views = [...goal.views.filter((v) => v.personId !== viewer.personId), view]
    return plan
  })
}

/** A member marks one of their own actions done. Throws Forbidden for someone else's action. */
export function markActionDone(ctx: RequestContext, householdId: number, actionKey: string) {
  return householdChange(ctx, householdId, 'plan.portal.actionDone', (plan, viewer) => {
    const visible = visibleGoals(plan.goals, viewer).flatMap((g) => g.actions)
    if (!visible.some((a) => a.key === actionKey)) throw NotFound()
    const action = plan.goals.flatMap((g) => g.actions).find((a) => a.key === actionKey)!
    if (action.owner.kind !== 'member' || action.owner.refId !== viewer.personId) throw Forbidden()
    action.status = 'done'
    return plan
  })
}

/** A member records whether they agree with the plan as it now is, in their own words. */
export function recordAgreement(ctx: RequestContext, householdId: number, input: AgreementInput) {
  const parsed = AgreementSchema.parse(input)
  return householdChange(ctx, householdId, 'plan.portal.agreement', (plan, viewer, nextVersion) => {
    const position = {
      personId: viewer.personId,
      position: parsed.position,
      words: parsed.words,
      at: ctx.clock.now().toISOString(),
      onVersion: nextVersion,
    }
    plan.positions = [...plan.positions.filter((p) => p.personId !== viewer.personId), position]
    return plan
  })
}

/** A member records how it goes with a goal they can see. */
export function recordPortalProgress(
  ctx: RequestContext,
  householdId: number,
  goalKey: string,
  input: ProgressInput,
): GoalProgress {
  requireAccess(ctx, 'household:portal', householdId, 'plan.portal.progress')
  const parties = repo.householdParties(ctx.db, householdId)
  visibleGoal(load(ctx, householdId).plan, viewerOf(ctx, householdId, parties), goalKey)
  return insertProgress(ctx, householdId, goalKey, 'household', input, 'plan.portal.progress')
}

/**
 * Records whether a member under 16 sees the whole plan in the portal, with who (holding authority) agreed.
 * Throws Invalid for a member of 16 or older (they decide for themselves), NotFound.
 */
export function recordMinorView(
  ctx: RequestContext,
  householdId: number,
  personId: number,
  input: MinorPlanViewInput,
): MinorPlanView {
  requireAccess(ctx, 'household:write', householdId, 'plan.minorView')
  const parsed = MinorPlanViewSchema.parse(input)
  const person = repo
    .householdParties(ctx.db, householdId)
    .members.find((m) => m.id === personId && m.leftOn === null)
  if (!person) throw NotFound()
  const age = person.birthdate ? ageOn(person.birthdate, today(ctx)) : null
  if (age === null || age >= ageOfOwnPrivacy) throw Invalid({ seesWholePlan: 'errors.onlyUnder16' })
  const recordedAt = ctx.clock.now().toISOString()
  ctx.db.transaction((tx) => {
    repo.saveMinorPlanView(tx, {
      personId,
      seesWholePlan: parsed.seesWholePlan,
      agreedBy: parsed.agreedBy,
      recordedBy: ctx.actor!.userId,
      recordedAt,
    })
    recordAudit(ctx, { operation: 'plan.minorView', householdId, personId })
  })
  return { personId, seesWholePlan: parsed.seesWholePlan, agreedBy: parsed.agreedBy, recordedAt }
}
