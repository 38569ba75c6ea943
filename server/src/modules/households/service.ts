import type {
  Address,
  HouseholdDetail,
  HouseholdListQuery,
  HouseholdPage,
  HouseholdPortal,
} from '#shared/contracts/households'
import { ageOn, dutchCalendarDate } from '#shared/domain/age'
import type { RequestContext } from '../../plugins/context.ts'
import { requireAccess } from '../../plugins/access.ts'
import { recordAudit } from '../../plugins/audit.ts'
import { NotFound } from '../../plugins/errors.ts'
import { decodeCursor, encodeCursor, likeContains } from '../../lib/cursor.ts'
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
    })),
    nextCursor: rows.length > query.limit && last ? encodeCursor(last.name, last.id) : null,
  }
}

/** The household page for the professionals on the case. Throws NotFound (no such household, or no access). */
export function getHousehold(ctx: RequestContext, householdId: number): HouseholdDetail {
  requireAccess(ctx, 'household:read', householdId, 'household.read')
  const household = repo.findHousehold(ctx.db, householdId)
  if (!household) throw NotFound()
  const today = dutchCalendarDate(ctx.clock.now())
  const detail: HouseholdDetail = {
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
      age: ageOn(p.birthdate, today),
      relation: p.relation,
      representative:
        p.representativeName && p.representativeKind
          ? { name: p.representativeName, kind: p.representativeKind }
          : null,
    })),
    workers: repo.listCurrentWorkers(ctx.db, [householdId]).map(({ householdId: _, ...w }) => w),
    createdAt: household.createdAt,
  }
  recordAudit(ctx, { operation: 'household.read', householdId })
  return detail
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
      .map((p) => ({ id: p.id, givenName: p.givenName, age: ageOn(p.birthdate, today) })),
    workers: repo.listCurrentWorkers(ctx.db, [householdId]).map(({ householdId: _, ...w }) => w),
    team: { name: household.teamName, phone: household.teamPhone },
  }
  recordAudit(ctx, { operation: 'household.portal.read', householdId, personId: actor.personId })
  return portal
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
