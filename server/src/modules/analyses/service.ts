import type { Analysis, AnalysisComparison, SaveAnalysisInput } from '#shared/contracts/analyses'
import { ageOn, dutchCalendarDate, isValidIsoDate } from '#shared/domain/age'
import type { RequestContext } from '../../plugins/context.ts'
import { requireAccess } from '../../plugins/access.ts'
import { recordAudit } from '../../plugins/audit.ts'
import { Invalid, NotFound } from '../../plugins/errors.ts'
import { householdDetail } from '../households/service.ts'
import { listLifeDomains } from '../conversations/service.ts'
import * as repo from './repo.ts'

/** Members of this age and older are heard themselves (a legal-protection checkpoint reads the mark). */
export const heardFromAge = 12

export function listAnalyses(ctx: RequestContext, householdId: number) {
  requireAccess(ctx, 'household:read', householdId, 'analysis.list')
  const list = repo.listAnalyses(ctx.db, householdId).map(toSummary)
  recordAudit(ctx, { operation: 'analysis.list', householdId })
  return list
}

/** Throws NotFound. */
export function getAnalysis(ctx: RequestContext, householdId: number, analysisId: number): Analysis {
  requireAccess(ctx, 'household:read', householdId, 'analysis.read')
  const analysis = buildAnalysis(ctx, householdId, analysisId)
  recordAudit(ctx, { operation: 'analysis.read', householdId, objectId: analysisId })
  return analysis
}

/**
 * Saves a new dated snapshot, based on the latest one. Throws Invalid (a member of another household, an unknown
 * life domain, a cell given twice), NotFound.
 */
export function saveAnalysis(ctx: RequestContext, householdId: number, input: SaveAnalysisInput): Analysis {
  const actor = requireAccess(ctx, 'household:write', householdId, 'analysis.save')
  const memberIds = new Set(householdDetail(ctx, householdId).members.map((m) => m.id))
  const domainIds = new Set(listLifeDomains(ctx).map((d) => d.id))
  const fieldErrors: Record<string, string> = {}
  const seen = new Set<string>()
  input.cells.forEach((cell, i) => {
    if (!memberIds.has(cell.personId)) fieldErrors[`cells.${i}.personId`] = 'errors.memberNotInHousehold'
    if (!domainIds.has(cell.domainId)) fieldErrors[`cells.${i}.domainId`] = 'errors.unknownDomain'
    const key = `${cell.personId}:${cell.domainId}`
    if (seen.has(key)) fieldErrors[`cells.${i}`] = 'errors.cellTwice'
    seen.add(key)
  })
  input.heard.forEach((h, i) => {
    if (!memberIds.has(h.personId)) fieldErrors[`heard.${i}.personId`] = 'errors.memberNotInHousehold'
  })
  if (Object.keys(fieldErrors).length) throw Invalid(fieldErrors)

  const latest = repo.listAnalyses(ctx.db, householdId)[0]
  const id = ctx.db.transaction((tx) => {
    const { id } = repo.insertAnalysis(tx, {
      householdId,
      basedOnId: latest?.id ?? null,
      desiredFuture: input.desiredFuture || null,
      createdBy: actor.userId,
      createdAt: ctx.clock.now().toISOString(),
    })
    repo.insertCells(
      tx,
      input.cells
        .filter((c) => c.score != null || c.note || c.strengths || c.ownView || c.carriedBy?.length)
        .map((c) => ({
          analysisId: id,
          personId: c.personId,
          domainId: c.domainId,
          score: c.score ?? null,
          note: c.note || null,
          strengths: c.strengths || null,
          carriedBy: JSON.stringify([...new Set(c.carriedBy ?? [])]),
          ownView: c.ownView || null,
        })),
    )
    repo.insertHeard(
      tx,
      input.heard.map((h) => ({ analysisId: id, personId: h.personId, heard: h.heard })),
    )
    recordAudit(ctx, { operation: 'analysis.save', householdId, objectId: id })
    return id
  })
  return buildAnalysis(ctx, householdId, id)
}

/** Score changes between two snapshots of the same household. Throws NotFound. */
export function compareAnalyses(
  ctx: RequestContext,
  householdId: number,
  fromId: number,
  toId: number,
): AnalysisComparison {
  requireAccess(ctx, 'household:read', householdId, 'analysis.compare')
  const from = repo.findAnalysis(ctx.db, householdId, fromId)
  const to = repo.findAnalysis(ctx.db, householdId, toId)
  if (!from || !to) throw NotFound()
  const before = new Map(repo.listCells(ctx.db, fromId).map((c) => [`${c.personId}:${c.domainId}`, c.score]))
  const after = new Map(repo.listCells(ctx.db, toId).map((c) => [`${c.personId}:${c.domainId}`, c.score]))
  const changes = [...new Set([...before.keys(), ...after.keys()])]
    .map((key) => {
      const [personId, domainId] = key.split(':').map(Number) as [number, number]
      return { personId, domainId, before: before.get(key) ?? null, after: after.get(key) ?? null }
    })
    .filter((c) => c.before !== c.after)
  const summaries = new Map(repo.listAnalyses(ctx.db, householdId).map((a) => [a.id, toSummary(a)]))
  recordAudit(ctx, { operation: 'analysis.compare', householdId })
  return { from: summaries.get(fromId)!, to: summaries.get(toId)!, changes }
}

function toSummary(a: ReturnType<typeof repo.listAnalyses>[number]) {
  return {
    id: a.id,
    createdAt: a.createdAt,
    createdBy: { id: a.createdById, name: a.createdByName },
    scored: a.scored,
  }
}

function buildAnalysis(ctx: RequestContext, householdId: number, analysisId: number): Analysis {
  const analysis = repo.findAnalysis(ctx.db, householdId, analysisId)
  if (!analysis) throw NotFound()
  const today = dutchCalendarDate(ctx.clock.now())
  const members = householdDetail(ctx, householdId).members
  const domains = listLifeDomains(ctx)
  const cells = repo.listCells(ctx.db, analysisId).map((c) => ({
    personId: c.personId,
    domainId: c.domainId,
    score: c.score,
    note: c.note,
    strengths: c.strengths,
    carriedBy: JSON.parse(c.carriedBy) as Analysis['cells'][number]['carriedBy'],
    ownView: c.ownView,
  }))
  const heard = repo.listHeard(ctx.db, analysisId)
  const scored = new Set(cells.filter((c) => c.score !== null).map((c) => `${c.personId}:${c.domainId}`))
  return {
    id: analysis.id,
    householdId,
    basedOnId: analysis.basedOnId,
    desiredFuture: analysis.desiredFuture,
    createdBy: { id: analysis.createdById, name: analysis.createdByName },
    createdAt: analysis.createdAt,
    members: members.map((m) => ({ id: m.id, name: `${m.givenName} ${m.familyName}`, age: m.age })),
    domains,
    cells,
    heard,
    notAssessed: members
      .map((m) => ({
        personId: m.id,
        domainIds: domains.filter((d) => !scored.has(`${m.id}:${d.id}`)).map((d) => d.id),
      }))
      .filter((m) => m.domainIds.length > 0),
    notHeard: members
      .filter((m) => isValidIsoDate(m.birthdate) && ageOn(m.birthdate, today) >= heardFromAge)
      .filter((m) => !heard.some((h) => h.personId === m.id && h.heard))
      .map((m) => m.id),
  }
}
