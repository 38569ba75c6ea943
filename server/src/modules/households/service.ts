import type {
  Address,
  FirstContact,
  FirstContactInput,
  HouseholdDetail,
  HouseholdListQuery,
  HouseholdPage,
  HouseholdPortal,
} from '#shared/contracts/households'
import { ageOn, dutchCalendarDate, isValidIsoDate } from '#shared/domain/age'
import { maskBsn } from '#shared/domain/bsn'
import type { RequestContext } from '../../plugins/context.ts'
import { requireAccess } from '../../plugins/access.ts'
import { recordAudit } from '../../plugins/audit.ts'
import { Invalid, NotFound } from '../../plugins/errors.ts'
import { decodeCursor, encodeCursor, likeContains } from '../../lib/cursor.ts'
import { pendingTransferOf } from '../assignments/service.ts'
import * as repo from './repo.ts'

/** The households on the worker's own caseload. Throws Forbidden for any other role. */
export function listCaseload(ctx: RequestContext, query: HouseholdListQuery): HouseholdPage {
  const actor = requireAccess(ctx, 'caseload:read', null, 'caseload.list')
  const page = listPage(ctx, { workerId: actor.userId }, query)
  recordAudit(ctx, { operation: 'caseload.list' })
  return page
}

/** Every household of the supervisor's team, with who holds it. Throws Forbidden for any other role. */
export function listTeamHouseholds(ctx: RequestContext, query: HouseholdListQuery): HouseholdPage {
  const actor = requireAccess(ctx, 'team:read', null, 'team.households.list')
  const page = listPage(ctx, { teamId: actor.teamId ?? -1 }, query)
  recordAudit(ctx, { operation: 'team.households.list' })
  return page
}

function listPage(
  ctx: RequestContext,
  scope: { workerId?: number; teamId?: number },
  query: HouseholdListQuery,
) {
  const rows = repo.listHouseholds(ctx.db, {
    ...scope,
    pattern: query.q ? likeContains(query.q) : undefined,
    after: decodeCursor(query.cursor),
    limit: query.limit + 1,
  })
  const pageRows = rows.slice(0, query.limit)
  const workers = repo.listCurrentWorkers(
    ctx.db,
    pageRows.map((r) => r.id),
  )
  const last = pageRows[pageRows.length - 1]
  return {
    items: pageRows.map((row) => ({
      id: row.id,
      name: row.name,
      address: addressOf(row),
      neighbourhoodName: row.neighbourhoodName,
      memberCount: row.memberCount,
      workers: workers.filter((w) => w.householdId === row.id).map((w) => ({ id: w.id, name: w.name })),
      safetyMark: row.safetyFlaggedAt !== null,
      openSignals: row.openSignals,
    })),
    nextCursor: rows.length > query.limit && last ? encodeCursor(last.name, last.id) : null,
  }
}

/** The household page for the professionals on the case. Throws NotFound (no such household, or no access). */
export function getHousehold(ctx: RequestContext, householdId: number): HouseholdDetail {
  requireAccess(ctx, 'household:read', householdId, 'household.read')
  const detail = householdDetail(ctx, householdId)
  recordAudit(ctx, { operation: 'household.read', householdId })
  return detail
}

/**
 * The full household picture, for services that just changed it and answer with it. The caller has checked
 * access and records the audit event. Throws NotFound.
 */
export function householdDetail(ctx: RequestContext, householdId: number): HouseholdDetail {
  const household = repo.findHousehold(ctx.db, householdId)
  if (!household) throw NotFound()
  const today = dutchCalendarDate(ctx.clock.now())
  const holders = repo.listAuthorityHolders(ctx.db, householdId)
  return {
    id: household.id,
    name: household.name,
    address: addressOf(household),
    neighbourhood: { id: household.neighbourhoodId, name: household.neighbourhoodName },
    team: { id: household.teamId, name: household.teamName },
    members: repo.listMembers(ctx.db, householdId).map((p) => ({
      id: p.id,
      givenName: p.givenName,
      familyName: p.familyName,
      birthdate: p.birthdate,
      age: ageOrNull(p.birthdate, today),
      relation: p.relation,
      representative:
        p.representativeName && p.representativeKind
          ? { name: p.representativeName, kind: p.representativeKind }
          : null,
      bsnMasked: p.bsn ? maskBsn(p.bsn) : null,
      phone: p.phone,
      email: p.email,
      preferredLanguage: p.preferredLanguage,
      interpreterNeeded: p.interpreterNeeded,
      authorityHolders: holders
        .filter((h) => h.childId === p.id)
        .map((h) => ({
          personId: h.holderPersonId,
          name: h.holderPersonId ? `${h.holderGivenName} ${h.holderFamilyName}` : (h.externalName ?? ''),
        })),
    })),
    workers: repo.listCurrentWorkers(ctx.db, [householdId]).map(({ householdId: _, ...w }) => w),
    createdAt: household.createdAt,
    safetyMark: household.safetyFlaggedAt !== null,
    firstContact: firstContactOf(ctx, householdId),
    pendingTransfer: pendingTransferOf(ctx, householdId),
    formerMembers: repo.listFormerMembers(ctx.db, householdId).map((p) => ({
      id: p.id,
      givenName: p.givenName,
      familyName: p.familyName,
      relation: p.relation,
      leftOn: p.leftOn!,
    })),
    network: repo.listNetwork(ctx.db, householdId),
    professionals: repo.listProfessionals(ctx.db, householdId).map((p) => ({
      id: p.id,
      organisation: { id: p.organisationId, name: p.organisationName },
      contactPerson: p.contactPerson,
      role: p.role,
      contact: p.contact,
    })),
  }
}

/** The household member's own page. Throws NotFound for any household but their own. */
export function getPortal(ctx: RequestContext, householdId: number): HouseholdPortal {
  const actor = requireAccess(ctx, 'household:portal', householdId, 'household.portal.read')
  const household = repo.findHousehold(ctx.db, householdId)
  if (!household) throw NotFound()
  const today = dutchCalendarDate(ctx.clock.now())
  const portal: HouseholdPortal = {
    id: household.id,
    name: household.name,
    address: addressOf(household),
    members: repo
      .listMembers(ctx.db, householdId)
      .map((p) => ({ id: p.id, givenName: p.givenName, age: ageOrNull(p.birthdate, today) })),
    workers: repo.listCurrentWorkers(ctx.db, [householdId]).map(({ householdId: _, ...w }) => w),
    team: { name: household.teamName, phone: household.teamPhone },
  }
  recordAudit(ctx, { operation: 'household.portal.read', householdId, personId: actor.personId })
  return portal
}

function ageOrNull(birthdate: string, today: string): number | null {
  return isValidIsoDate(birthdate) ? ageOn(birthdate, today) : null
}

function firstContactOf(ctx: RequestContext, householdId: number): FirstContact {
  const row = repo.findFirstContact(ctx.db, householdId)
  return {
    voluntaryExplained: row?.voluntary_explained_on
      ? { on: row.voluntary_explained_on, by: row.voluntary_by ?? '' }
      : null,
    clientSupport:
      row?.client_support_offer && row.client_support_offered_on
        ? { offer: row.client_support_offer, on: row.client_support_offered_on, by: row.support_by ?? '' }
        : null,
    objectionExplained: row?.objection_explained_on
      ? { on: row.objection_explained_on, by: row.objection_by ?? '' }
      : null,
  }
}

/**
 * Records what was explained and offered at the first contact (legal protection). Throws Invalid (a date in the
 * future), NotFound.
 */
export function recordFirstContact(
  ctx: RequestContext,
  householdId: number,
  input: FirstContactInput,
): FirstContact {
  const actor = requireAccess(ctx, 'household:write', householdId, 'household.first-contact')
  const today = dutchCalendarDate(ctx.clock.now())
  const fieldErrors: Record<string, string> = {}
  if (input.voluntaryExplainedOn && input.voluntaryExplainedOn > today)
    fieldErrors.voluntaryExplainedOn = 'errors.dateInFuture'
  if (input.clientSupport && input.clientSupport.on > today)
    fieldErrors['clientSupport.on'] = 'errors.dateInFuture'
  if (input.objectionExplainedOn && input.objectionExplainedOn > today)
    fieldErrors.objectionExplainedOn = 'errors.dateInFuture'
  if (Object.keys(fieldErrors).length) throw Invalid(fieldErrors)
  ctx.db.transaction((tx) => {
    repo.upsertFirstContact(
      tx,
      householdId,
      {
        ...(input.voluntaryExplainedOn
          ? { voluntaryExplainedOn: input.voluntaryExplainedOn, voluntaryExplainedBy: actor.userId }
          : {}),
        ...(input.clientSupport
          ? {
              clientSupportOffer: input.clientSupport.offer,
              clientSupportOfferedOn: input.clientSupport.on,
              clientSupportOfferedBy: actor.userId,
            }
          : {}),
        ...(input.objectionExplainedOn
          ? { objectionExplainedOn: input.objectionExplainedOn, objectionExplainedBy: actor.userId }
          : {}),
      },
      ctx.clock.now().toISOString(),
    )
    recordAudit(ctx, { operation: 'household.first-contact', householdId })
  })
  return firstContactOf(ctx, householdId)
}

/** Colleagues to assign or hand a case to. Workers and supervisors, own team only. */
/** For the route's checkpoints: what was explained and offered at first contact. The caller checked access. */
export function firstContactFacts(ctx: RequestContext, householdId: number) {
  return repo.findFirstContact(ctx.db, householdId)
}

export function listTeamWorkers(ctx: RequestContext) {
  const actor = requireAccess(ctx, 'request:register', null, 'team.workers.list')
  return repo.listTeamWorkers(ctx.db, actor.teamId ?? -1)
}

export function listTeamNeighbourhoods(ctx: RequestContext) {
  const actor = requireAccess(ctx, 'request:register', null, 'team.neighbourhoods.list')
  return repo.listTeamNeighbourhoods(ctx.db, actor.teamId ?? -1)
}

export function listExpertises(ctx: RequestContext) {
  requireAccess(ctx, 'request:register', null, 'expertises.list')
  return repo.listActiveExpertises(ctx.db)
}

function addressOf(row: Address): Address {
  return {
    street: row.street,
    houseNumber: row.houseNumber,
    houseNumberAddition: row.houseNumberAddition,
    postcode: row.postcode,
    city: row.city,
  }
}
