import type {
  CaseTheme,
  FigureColumn,
  NeighbourhoodTable,
  NeighbourhoodThemes,
  RecurringThemes,
  TagThemeInput,
} from '#shared/contracts/themes'
import { TagThemeInput as TagSchema } from '#shared/contracts/themes'
import { TriageRoute } from '#shared/contracts/requests'
import { suppressSmallCounts } from '#shared/domain/suppression'
import type { RequestContext } from '../../plugins/context.ts'
import { requireAccess } from '../../plugins/access.ts'
import { recordAudit } from '../../plugins/audit.ts'
import { Conflict } from '../../plugins/errors.ts'
import { quarterOfDate, quarterOfInstant } from '#shared/domain/quarters'
import { quarterBounds } from './quarters.ts'
import * as repo from './repo.ts'

/** A column of a table: a key to count under, its head for the reply, and where it sorts. */
type Column<H> = { key: string; head: H; order: [number, string] }
/** One household in one row under one column (or, with `column` null, in its row's total only). */
type Hit<H> = { rowId: number; householdId: number; column: Column<H> | null }

/** A set of households per key. */
class Tally {
  private readonly sets = new Map<string, Set<number>>()
  add(key: string, householdId: number) {
    let set = this.sets.get(key)
    if (!set) this.sets.set(key, (set = new Set()))
    set.add(householdId)
  }
  count(key: string) {
    return this.sets.get(key)?.size ?? 0
  }
}

/**
 * Households per row and column, each counted once per cell, row, column and in the grand total, then
 * suppressed. Columns without a household are left out; every row given is a row, also one without households.
 */
function countTable<H>(rows: { id: number }[], hits: Hit<H>[]) {
  const tally = new Tally()
  const columns = new Map<string, Column<H>>()
  const known = new Set(rows.map((row) => row.id))
  for (const hit of hits) {
    if (!known.has(hit.rowId)) continue
    tally.add(`row:${hit.rowId}`, hit.householdId)
    tally.add('all', hit.householdId)
    if (!hit.column) continue
    columns.set(hit.column.key, hit.column)
    tally.add(`cell:${hit.rowId}:${hit.column.key}`, hit.householdId)
    tally.add(`column:${hit.column.key}`, hit.householdId)
  }
  const ordered = [...columns.values()].sort(
    (a, b) => a.order[0] - b.order[0] || a.order[1].localeCompare(b.order[1], 'nl'),
  )
  const shown = suppressSmallCounts({
    cells: rows.map((row) => ordered.map((c) => tally.count(`cell:${row.id}:${c.key}`))),
    rowTotals: rows.map((row) => tally.count(`row:${row.id}`)),
    columnTotals: ordered.map((c) => tally.count(`column:${c.key}`)),
    grandTotal: tally.count('all'),
  })
  return {
    columns: ordered.map((c) => c.head),
    counts: shown.cells,
    rowTotals: shown.rowTotals,
    columnTotals: shown.columnTotals,
    total: shown.grandTotal,
  }
}

/** A table with one row per neighbourhood of the team. */
function neighbourhoodTable(
  neighbourhoods: { id: number; name: string }[],
  hits: (Omit<Hit<FigureColumn>, 'rowId'> & { neighbourhoodId: number })[],
): NeighbourhoodTable {
  const table = countTable(
    neighbourhoods,
    hits.map(({ neighbourhoodId, householdId, column }) => ({ rowId: neighbourhoodId, householdId, column })),
  )
  return {
    columns: table.columns,
    rows: neighbourhoods.map((n, i) => ({
      neighbourhood: n.name,
      counts: table.counts[i]!,
      total: table.rowTotals[i]!,
    })),
    columnTotals: table.columnTotals,
    total: table.total,
  }
}

const untriaged: Column<FigureColumn> = { key: 'untriaged', head: { kind: 'untriaged' }, order: [2, ''] }
const noExpertise: Column<FigureColumn> = { key: 'none', head: { kind: 'noExpertise' }, order: [1, ''] }

/** The quarters with data, newest first, from the months and boundary instants the repo finds. */
function quartersWithData(moments: string[]): string[] {
  const quarters = new Set(
    moments.map((at) => (at.length === 7 ? quarterOfDate(`${at}-01`) : quarterOfInstant(new Date(at)))),
  )
  return [...quarters].sort().reverse()
}

/**
 * The team's neighbourhoods in one quarter: requests by theme, triage routes, and life domains of concern, in
 * households and suppressed below 5. Throws Forbidden (not a worker or supervisor).
 */
export function neighbourhoodThemes(ctx: RequestContext, quarter: string | undefined): NeighbourhoodThemes {
  const actor = requireAccess(ctx, 'themes:read', null, 'themes.neighbourhood')
  const teamId = actor.teamId ?? -1
  const shownQuarter = quarter ?? quarterOfInstant(ctx.clock.now())
  const bounds = quarterBounds(shownQuarter)
  const neighbourhoods = repo.teamNeighbourhoods(ctx.db, teamId)

  const requestsByTheme = neighbourhoodTable(
    neighbourhoods,
    repo.requestThemes(ctx.db, teamId, bounds.firstDay, bounds.nextFirstDay).map((row) => ({
      ...row,
      column: !row.triaged
        ? untriaged
        : row.expertiseName === null
          ? noExpertise
          : {
              key: `expertise:${row.expertiseName}`,
              head: { kind: 'expertise', name: row.expertiseName },
              order: [0, row.expertiseName],
            },
    })),
  )
  const triageRoutes = neighbourhoodTable(
    neighbourhoods,
    repo.triageRoutes(ctx.db, teamId, bounds.from, bounds.until).map((row) => {
      const route = TriageRoute.parse(row.route)
      return {
        ...row,
        column: {
          key: route,
          head: { kind: 'route', route },
          order: [TriageRoute.options.indexOf(route), ''],
        },
      }
    }),
  )
  const lifeDomains = neighbourhoodTable(
    neighbourhoods,
    repo.lifeDomainConcerns(ctx.db, teamId, bounds.from, bounds.until).map((row) => ({
      ...row,
      column:
        row.domainId === null
          ? null
          : {
              key: String(row.domainId),
              head: { kind: 'lifeDomain', nameNl: row.nameNl ?? '', nameEn: row.nameEn ?? '' },
              order: [row.sortOrder ?? 0, row.nameNl ?? ''],
            },
    })),
  )
  const result = {
    quarter: shownQuarter,
    quarters: quartersWithData(repo.dataMoments(ctx.db, teamId)),
    requestsByTheme,
    triageRoutes,
    lifeDomains,
  }
  recordAudit(ctx, { operation: 'themes.neighbourhood', objectId: shownQuarter })
  return result
}

/** The recurring themes tagged on the team's cases, households per neighbourhood, suppressed below 5. */
export function recurringThemes(ctx: RequestContext): RecurringThemes {
  const actor = requireAccess(ctx, 'themes:read', null, 'themes.recurring')
  const teamId = actor.teamId ?? -1
  const neighbourhoods = repo.teamNeighbourhoods(ctx.db, teamId)
  const tags = repo.teamTags(ctx.db, teamId)
  const themes = new Map(tags.map((tag) => [tag.themeId, { id: tag.themeId, name: tag.name }]))
  // By name, not by size: the order would otherwise rank the counts that are hidden.
  const rows = [...themes.values()].sort((a, b) => a.name.localeCompare(b.name, 'nl') || a.id - b.id)
  const position = new Map(neighbourhoods.map((n, i) => [n.id, i]))
  // One row per theme, one column per neighbourhood with a tagged household.
  const table = countTable(
    rows,
    tags
      .filter((tag) => position.has(tag.neighbourhoodId))
      .map((tag) => ({
        rowId: tag.themeId,
        householdId: tag.householdId,
        column: {
          key: String(tag.neighbourhoodId),
          head: neighbourhoods[position.get(tag.neighbourhoodId)!]!.name,
          order: [position.get(tag.neighbourhoodId)!, ''],
        },
      })),
  )
  const result: RecurringThemes = {
    neighbourhoods: table.columns,
    themes: rows.map((theme, i) => ({
      id: theme.id,
      name: theme.name,
      counts: table.counts[i]!,
      total: table.rowTotals[i]!,
    })),
    neighbourhoodTotals: table.columnTotals,
    total: table.total,
  }
  recordAudit(ctx, { operation: 'themes.recurring' })
  return result
}

function present(row: repo.CaseThemeRow): CaseTheme {
  return { id: row.id, name: row.name, taggedBy: row.taggedBy, taggedAt: row.taggedAt }
}

/** The themes a case is tagged with, by name. */
export function listCaseThemes(ctx: RequestContext, householdId: number): CaseTheme[] {
  requireAccess(ctx, 'household:read', householdId, 'theme.list')
  const result = repo.listForHousehold(ctx.db, householdId).map(present)
  recordAudit(ctx, { operation: 'theme.list', householdId })
  return result
}

/** One theme per wording, whatever the capitals and spaces: "Energiearmoede " is "energiearmoede". */
function normalise(name: string) {
  const text = name.trim().replace(/\s+/g, ' ')
  return { text, key: text.toLocaleLowerCase('nl') }
}

/**
 * Tags a case with a recurring theme, making the theme when it is new. Throws NotFound (not on the case),
 * Conflict (already tagged with it).
 */
export function tagCaseTheme(ctx: RequestContext, householdId: number, input: TagThemeInput): CaseTheme {
  const actor = requireAccess(ctx, 'household:write', householdId, 'theme.tag')
  const name = normalise(TagSchema.parse(input).name)
  const existing = repo.findThemeByKey(ctx.db, name.key)
  if (existing && repo.isTagged(ctx.db, householdId, existing.id)) {
    recordAudit(ctx, { operation: 'theme.tag', outcome: 'failed', householdId, objectId: existing.id })
    throw Conflict('themes.errors.alreadyTagged', { name: existing.name })
  }
  const now = ctx.clock.now().toISOString()
  const themeId = ctx.db.transaction((tx) => {
    const themeId =
      existing?.id ??
      repo.insertTheme(tx, { name: name.text, nameKey: name.key, createdBy: actor.userId, createdAt: now })
    repo.insertTag(tx, { householdId, themeId, taggedBy: actor.userId, taggedAt: now })
    recordAudit(ctx, { operation: 'theme.tag', householdId, objectId: themeId })
    return themeId
  })
  return present(repo.listForHousehold(ctx.db, householdId).find((t) => t.id === themeId)!)
}

/**
 * Removes a theme from a case. Removing a tag that is not there (removed meanwhile by a colleague) is no error:
 * the case ends up as asked. Throws NotFound (not on the case).
 */
export function untagCaseTheme(ctx: RequestContext, householdId: number, themeId: number): void {
  requireAccess(ctx, 'household:write', householdId, 'theme.untag')
  ctx.db.transaction((tx) => {
    repo.deleteTag(tx, householdId, themeId)
    recordAudit(ctx, { operation: 'theme.untag', householdId, objectId: themeId })
  })
}
