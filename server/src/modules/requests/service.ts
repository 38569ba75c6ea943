import type {
  DuplicateQuery,
  NewHouseholdInput,
  PossibleDuplicate,
  RegisterRequestInput,
  RequestDetail,
  RequestSummary,
  TeamRequestOverview,
  TriageInput,
} from '#shared/contracts/requests'
import { ageOn, dutchCalendarDate } from '#shared/domain/age'
import { firstAppointmentDueOn, firstAppointmentState } from '#shared/domain/first-appointment'
import { comparableName, duplicateReasons } from '#shared/domain/duplicates'
import { normalisePostcode } from '#shared/domain/postcode'
import { actorOf, type RequestContext } from '../../plugins/context.ts'
import { requireAccess } from '../../plugins/access.ts'
import { recordAudit } from '../../plugins/audit.ts'
import { Conflict, Invalid, NotFound } from '../../plugins/errors.ts'
import { householdSearchText } from '../households/search-text.ts'
import { createMembers } from '../members/service.ts'
import { ensureAssigned } from '../assignments/service.ts'
import * as repo from './repo.ts'

const today = (ctx: RequestContext) => dutchCalendarDate(ctx.clock.now())
const adultAge = 18

/**
 * Registers a request for a household the team knows or a new one, all in one transaction. Throws Invalid (bad
 * dates, unknown neighbourhood, authority holders who are not adults), NotFound (a household of another team).
 */
export function registerRequest(ctx: RequestContext, input: RegisterRequestInput): RequestDetail {
  const actor = requireAccess(ctx, 'request:register', null, 'request.register')
  const now = today(ctx)
  if (input.receivedOn > now) throw Invalid({ receivedOn: 'errors.dateInFuture' })
  if ((input.existingHouseholdId === undefined) === (input.newHousehold === undefined)) {
    throw Invalid({ household: 'errors.chooseHousehold' })
  }
  if (input.existingHouseholdId !== undefined) {
    requireAccess(ctx, 'household:link', input.existingHouseholdId, 'request.register')
  }
  const newHousehold = input.newHousehold
  if (newHousehold) {
    const team = repo.findNeighbourhoodTeam(ctx.db, newHousehold.neighbourhoodId)
    if (!team || team.teamId !== actor.teamId) {
      throw Invalid({ 'newHousehold.neighbourhoodId': 'errors.unknownNeighbourhood' })
    }
    checkMembers(newHousehold.members, now)
  }
  const at = ctx.clock.now().toISOString()
  const requestId = ctx.db.transaction((tx) => {
    let householdId = input.existingHouseholdId
    if (newHousehold) {
      const first = newHousehold.members[0]!
      const address = {
        name: newHousehold.name || `Familie ${first.familyName}`,
        street: newHousehold.address.street,
        houseNumber: newHousehold.address.houseNumber,
        houseNumberAddition: newHousehold.address.houseNumberAddition || null,
        postcode: newHousehold.address.postcode,
        city: newHousehold.address.city,
      }
      householdId = repo.insertHousehold(tx, {
        ...address,
        searchText: householdSearchText(address),
        neighbourhoodId: newHousehold.neighbourhoodId,
        teamId: actor.teamId!,
        createdAt: at,
      }).id
      createMembers(tx, householdId, newHousehold.members, now, at)
    }
    const teamId = repo.findHouseholdTeam(tx, householdId!)!.teamId
    const { id } = repo.insertRequest(tx, {
      teamId,
      householdId: householdId!,
      source: input.source,
      reporterName: input.reporterName || null,
      reporterContact: input.reporterContact || null,
      receivedOn: input.receivedOn,
      question: input.question,
      householdKnows: input.householdKnows,
      registeredBy: actor.userId,
      registeredAt: at,
      // A worker who registers a request triages it; a supervisor's registration waits for an assignment.
      triageWorkerId: actor.role === 'worker' ? actor.userId : null,
    })
    if (actor.role === 'worker') {
      ensureAssigned(tx, { householdId: householdId!, workerId: actor.userId, assignedBy: actor.userId, at })
    }
    recordAudit(ctx, { operation: 'request.register', householdId, objectId: id })
    return id
  })
  return requestDetail(ctx, requestId)
}

/** Birthdates in the past; authority only over minors, held by adults of the same household. Throws Invalid. */
function checkMembers(members: NewHouseholdInput['members'], now: string) {
  const fieldErrors: Record<string, string> = {}
  members.forEach((m, index) => {
    const at = `newHousehold.members.${index}`
    if (m.birthdate && m.birthdate > now) fieldErrors[`${at}.birthdate`] = 'errors.birthdateInFuture'
    const holders = m.authorityHolders
    if (!holders) return
    if (!m.birthdate || ageOn(m.birthdate, now) >= adultAge) {
      fieldErrors[`${at}.authorityHolders`] = 'errors.authorityOnlyForMinors'
      return
    }
    for (const holderIndex of holders.memberIndexes ?? []) {
      const holder = members[holderIndex]
      if (!holder || holderIndex === index || !holder.birthdate || ageOn(holder.birthdate, now) < adultAge) {
        fieldErrors[`${at}.authorityHolders`] = 'errors.authorityHolderNotAdult'
      }
    }
  })
  if (Object.keys(fieldErrors).length) throw Invalid(fieldErrors)
}

/** Households of the team that may be the one a new request is about. The worker decides. */
export function findPossibleDuplicates(ctx: RequestContext, query: DuplicateQuery): PossibleDuplicate[] {
  const actor = requireAccess(ctx, 'request:register', null, 'request.duplicates')
  const postcode = query.postcode ? (normalisePostcode(query.postcode) ?? undefined) : undefined
  const incoming = {
    postcode: postcode ?? null,
    houseNumber: query.houseNumber ?? null,
    members:
      query.givenName && query.familyName && query.birthdate
        ? [{ givenName: query.givenName, familyName: query.familyName, birthdate: query.birthdate }]
        : [],
  }
  const candidates = repo.findDuplicateCandidates(ctx.db, actor.teamId ?? -1, {
    postcode,
    houseNumber: query.houseNumber,
    birthdate: incoming.members.length ? query.birthdate : undefined,
    nameKey: query.familyName ? comparableName(query.familyName) : undefined,
  })
  const result = candidates
    .map((h) => ({
      householdId: h.id,
      name: h.name,
      addressLine: `${h.street} ${h.house_number}${h.house_number_addition ? `-${h.house_number_addition}` : ''}, ${h.postcode} ${h.city}`,
      reasons: duplicateReasons(incoming, {
        postcode: h.postcode,
        houseNumber: h.house_number,
        members: h.members.map((m) => ({
          givenName: m.given_name,
          familyName: m.family_name,
          birthdate: m.birthdate,
        })),
      }),
    }))
    .filter((d) => d.reasons.length > 0)
  recordAudit(ctx, { operation: 'request.duplicates' })
  return result
}

/** Throws NotFound (no such request, or no access to its household). */
export function getRequest(ctx: RequestContext, requestId: number): RequestDetail {
  const request = findAccessibleRequest(ctx, requestId, 'household:read', 'request.read')
  const detail = requestDetail(ctx, request.id, request)
  recordAudit(ctx, { operation: 'request.read', householdId: request.householdId, objectId: request.id })
  return detail
}

function findAccessibleRequest(
  ctx: RequestContext,
  requestId: number,
  permission: 'household:read' | 'household:write' | 'request:assign',
  operation: string,
) {
  const request = repo.findRequest(ctx.db, requestId)
  if (!request) {
    recordAudit(ctx, { operation, outcome: 'denied', objectId: requestId })
    throw NotFound()
  }
  requireAccess(ctx, permission, request.householdId, operation)
  return request
}

/** Throws Invalid (appointment before the request, or agreed in the future), NotFound. */
export function makeAppointment(
  ctx: RequestContext,
  requestId: number,
  input: { appointmentOn: string; madeOn?: string },
): RequestDetail {
  const request = findAccessibleRequest(ctx, requestId, 'household:write', 'request.appointment.make')
  const madeOn = input.madeOn ?? today(ctx)
  if (madeOn > today(ctx)) throw Invalid({ madeOn: 'errors.dateInFuture' })
  if (input.appointmentOn < request.receivedOn)
    throw Invalid({ appointmentOn: 'errors.appointmentBeforeRequest' })
  ctx.db.transaction((tx) => {
    repo.updateRequest(tx, requestId, {
      appointmentOn: input.appointmentOn,
      appointmentMadeOn: madeOn,
      appointmentOutcome: null,
    })
    recordAudit(ctx, {
      operation: 'request.appointment.make',
      householdId: request.householdId,
      objectId: requestId,
    })
  })
  return requestDetail(ctx, requestId)
}

/** Throws Conflict (no appointment yet), NotFound. */
export function recordAppointmentOutcome(
  ctx: RequestContext,
  requestId: number,
  outcome: 'held' | 'not_held',
): RequestDetail {
  const request = findAccessibleRequest(ctx, requestId, 'household:write', 'request.appointment.outcome')
  if (!request.appointmentOn) throw Conflict('errors.noAppointmentYet')
  ctx.db.transaction((tx) => {
    repo.updateRequest(tx, requestId, { appointmentOutcome: outcome })
    recordAudit(ctx, {
      operation: 'request.appointment.outcome',
      householdId: request.householdId,
      objectId: requestId,
    })
  })
  return requestDetail(ctx, requestId)
}

/**
 * Adds a triage version. "Yes" to the safety question opens a safety signal and marks the household; "the team
 * takes it up" assigns the chosen workers (they see it in their inbox). Throws Invalid, NotFound.
 */
export function triageRequest(ctx: RequestContext, requestId: number, input: TriageInput): RequestDetail {
  const request = findAccessibleRequest(ctx, requestId, 'household:write', 'request.triage')
  const actor = actorOf(ctx)
  const fieldErrors: Record<string, string> = {}
  if (input.safetyAnswer === 'yes' && !input.safetyNote) fieldErrors.safetyNote = 'errors.safetyNoteRequired'
  if (input.route === 'no_professional_help' && !input.advice) fieldErrors.advice = 'errors.adviceRequired'
  if (input.route === 'referral' && !input.referralTo) fieldErrors.referralTo = 'errors.referralToRequired'
  const expertises = repo.findExpertises(ctx.db, input.expertiseIds)
  if (expertises.length !== new Set(input.expertiseIds).size || expertises.some((e) => !e.active)) {
    fieldErrors.expertiseIds = 'errors.unknownExpertise'
  }
  const assignees =
    input.route === 'team'
      ? input.assignWorkerIds?.length
        ? input.assignWorkerIds
        : actor.role === 'worker'
          ? [actor.userId]
          : []
      : []
  if (input.route === 'team' && assignees.length === 0) fieldErrors.assignWorkerIds = 'errors.chooseWorker'
  if (assignees.some((id) => !repo.findActiveWorkerInTeam(ctx.db, id, request.teamId))) {
    fieldErrors.assignWorkerIds = 'errors.unknownWorker'
  }
  if (Object.keys(fieldErrors).length) throw Invalid(fieldErrors)

  const at = ctx.clock.now().toISOString()
  ctx.db.transaction((tx) => {
    repo.insertTriageVersion(tx, {
      requestId,
      householdId: request.householdId,
      version: repo.nextTriageVersion(tx, requestId),
      urgency: input.urgency,
      safetyAnswer: input.safetyAnswer,
      safetyNote: input.safetyNote || null,
      expertiseIds: JSON.stringify([...new Set(input.expertiseIds)]),
      route: input.route,
      routeReasoning: input.routeReasoning,
      advice: input.advice || null,
      ownDirection: input.ownDirection || null,
      referralTo: input.referralTo || null,
      assignedWorkerIds: JSON.stringify(assignees),
      createdBy: actor.userId,
      createdAt: at,
    })
    repo.updateRequest(tx, requestId, {
      status: 'triaged',
      ...(request.triageWorkerId === null && actor.role === 'worker' ? { triageWorkerId: actor.userId } : {}),
    })
    if (input.safetyAnswer === 'yes' && !repo.findOpenTriageSignal(tx, requestId)) {
      repo.insertSafetySignal(tx, {
        householdId: request.householdId,
        requestId,
        observation: input.safetyNote!,
        source: 'triage',
        raisedBy: actor.userId,
        raisedAt: at,
      })
      repo.flagHousehold(tx, request.householdId, at)
    }
    for (const workerId of assignees) {
      ensureAssigned(tx, { householdId: request.householdId, workerId, assignedBy: actor.userId, at })
    }
    recordAudit(ctx, { operation: 'request.triage', householdId: request.householdId, objectId: requestId })
  })
  return requestDetail(ctx, requestId)
}

/** A supervisor chooses who triages a request; it lands in that worker's inbox. Throws Invalid, NotFound. */
export function assignTriageWorker(ctx: RequestContext, requestId: number, workerId: number): RequestDetail {
  const request = findAccessibleRequest(ctx, requestId, 'request:assign', 'request.assign')
  if (!repo.findActiveWorkerInTeam(ctx.db, workerId, request.teamId))
    throw Invalid({ workerId: 'errors.unknownWorker' })
  const at = ctx.clock.now().toISOString()
  ctx.db.transaction((tx) => {
    repo.updateRequest(tx, requestId, { triageWorkerId: workerId })
    ensureAssigned(tx, { householdId: request.householdId, workerId, assignedBy: actorOf(ctx).userId, at })
    recordAudit(ctx, { operation: 'request.assign', householdId: request.householdId, objectId: requestId })
  })
  return requestDetail(ctx, requestId)
}

export function listHouseholdRequests(ctx: RequestContext, householdId: number): RequestSummary[] {
  requireAccess(ctx, 'household:read', householdId, 'household.requests.list')
  const list = repo.listRequests(ctx.db, repo.byHousehold(householdId)).map((r) => toSummary(r, today(ctx)))
  recordAudit(ctx, { operation: 'household.requests.list', householdId })
  return list
}

/** For the worker's inbox (no audit of its own: the inbox records one event). */
export function requestsForWorker(ctx: RequestContext, workerId: number) {
  const now = today(ctx)
  return {
    toTriage: overdueFirst(
      repo.listRequests(ctx.db, repo.toTriageBy(workerId)).map((r) => toSummary(r, now)),
    ),
    overdueAppointments: overdueFirst(
      repo.listRequests(ctx.db, repo.overdueFor(workerId, dueBefore(now))).map((r) => toSummary(r, now)),
    ),
  }
}

/** The supervisor's view of the team's requests. Throws Forbidden for other roles. */
export function teamRequestOverview(
  ctx: RequestContext,
  status?: 'new' | 'triaged' | 'closed',
): TeamRequestOverview {
  const actor = requireAccess(ctx, 'team:read', null, 'team.requests.overview')
  const teamId = actor.teamId ?? -1
  const now = today(ctx)
  const counts = { new: 0, triaged: 0, closed: 0 }
  for (const row of repo.countByStatus(ctx.db, teamId)) counts[row.status as keyof typeof counts] = row.n
  const summaries = (where: Parameters<typeof repo.listRequests>[1]) =>
    overdueFirst(repo.listRequests(ctx.db, where).map((r) => toSummary(r, now)))
  const overview: TeamRequestOverview = {
    counts,
    overdue: summaries(repo.overdueInTeam(teamId, dueBefore(now))),
    unassigned: summaries(repo.unassignedInTeam(teamId)),
    safetyNotFollowedUp: repo.listOpenSafetySignals(ctx.db, teamId).map((s) => ({
      signalId: s.id,
      householdId: s.household_id,
      householdName: s.household_name,
      raisedAt: s.raised_at,
      raisedBy: { id: s.raised_by, name: s.raised_by_name },
    })),
    requests: summaries(status ? repo.byTeamAndStatus(teamId, status) : repo.byTeam(teamId)),
  }
  recordAudit(ctx, { operation: 'team.requests.overview' })
  return overview
}

/** A request received before this day is past its five days today. */
function dueBefore(now: string): string {
  const date = new Date(`${now}T12:00:00Z`)
  date.setUTCDate(date.getUTCDate() - 5)
  return date.toISOString().slice(0, 10)
}

function overdueFirst(list: RequestSummary[]): RequestSummary[] {
  const rank = { overdue: 0, open: 1, made: 2 } as const
  return [...list].sort(
    (a, b) =>
      rank[a.firstAppointmentState] - rank[b.firstAppointmentState] ||
      a.firstAppointmentDueOn.localeCompare(b.firstAppointmentDueOn),
  )
}

function toSummary(r: repo.RequestRow, now: string): RequestSummary {
  return {
    id: r.id,
    householdId: r.householdId,
    householdName: r.householdName,
    safetyMark: r.safetyFlaggedAt !== null,
    source: r.source as RequestSummary['source'],
    receivedOn: r.receivedOn,
    status: r.status,
    triageWorker: r.triageWorkerId !== null ? { id: r.triageWorkerId, name: r.triageWorkerName ?? '' } : null,
    firstAppointmentDueOn: firstAppointmentDueOn(r.receivedOn),
    firstAppointmentState: firstAppointmentState(r.receivedOn, r.appointmentMadeOn, now),
    latestRoute: r.latestRoute as RequestSummary['latestRoute'],
    latestSafetyAnswer: r.latestSafetyAnswer as RequestSummary['latestSafetyAnswer'],
  }
}

/** The request as shown; `r` when the caller just read it (a read), else read fresh (after a change). */
function requestDetail(
  ctx: RequestContext,
  requestId: number,
  r = repo.findRequest(ctx.db, requestId),
): RequestDetail {
  if (!r) throw NotFound()
  const now = today(ctx)
  const versions = repo.listTriageVersions(ctx.db, requestId)
  const workerNames = new Map(
    repo
      .findUserNames(ctx.db, [
        ...new Set(versions.flatMap((v) => JSON.parse(v.assigned_worker_ids) as number[])),
      ])
      .map((u) => [u.id, u.name]),
  )
  const expertiseNames = new Map(
    repo
      .findExpertises(ctx.db, [...new Set(versions.flatMap((v) => JSON.parse(v.expertise_ids) as number[]))])
      .map((e) => [e.id, e.name]),
  )
  return {
    id: r.id,
    householdId: r.householdId,
    householdName: r.householdName,
    safetyMark: r.safetyFlaggedAt !== null,
    source: r.source as RequestDetail['source'],
    reporterName: r.reporterName,
    reporterContact: r.reporterContact,
    receivedOn: r.receivedOn,
    question: r.question,
    householdKnows: r.householdKnows,
    status: r.status,
    registeredBy: { id: r.registeredBy, name: r.registeredByName },
    registeredAt: r.registeredAt,
    triageWorker: r.triageWorkerId !== null ? { id: r.triageWorkerId, name: r.triageWorkerName ?? '' } : null,
    firstAppointment: {
      dueOn: firstAppointmentDueOn(r.receivedOn),
      state: firstAppointmentState(r.receivedOn, r.appointmentMadeOn, now),
      appointmentOn: r.appointmentOn,
      madeOn: r.appointmentMadeOn,
      outcome: r.appointmentOutcome,
    },
    triage: versions.map((v) => ({
      id: v.id,
      version: v.version,
      urgency: v.urgency as RequestDetail['triage'][number]['urgency'],
      safetyAnswer: v.safety_answer as RequestDetail['triage'][number]['safetyAnswer'],
      safetyNote: v.safety_note,
      expertises: (JSON.parse(v.expertise_ids) as number[]).map((id) => ({
        id,
        name: expertiseNames.get(id) ?? '',
      })),
      route: v.route as RequestDetail['triage'][number]['route'],
      routeReasoning: v.route_reasoning,
      advice: v.advice,
      ownDirection: v.own_direction,
      referralTo: v.referral_to,
      assignedWorkers: (JSON.parse(v.assigned_worker_ids) as number[]).map((id) => ({
        id,
        name: workerNames.get(id) ?? '',
      })),
      createdBy: { id: v.created_by, name: v.created_by_name },
      createdAt: v.created_at,
    })),
  }
}
