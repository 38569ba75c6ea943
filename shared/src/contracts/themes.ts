import { z } from 'zod'
import { Id, IdParam, IsoDateTime, NoContent, type RouteSpec } from './common.ts'
import { HouseholdParams } from './households.ts'
import { TriageRoute } from './requests.ts'

/**
 * Neighbourhood themes (route steps 1–2, "aanwezig zijn, preventie"; principle 9, learning from practice): what
 * the team's neighbourhoods ask for, counted in households per quarter, and the recurring themes workers tag
 * cases with so individual questions can become a collective answer. Every figure is suppressed below 5 with
 * complementary cells (shared/src/domain/suppression.ts); no reply here carries a household's id or name.
 */

/** "2026-Q4": a calendar quarter. */
export const Quarter = z.string().regex(/^\d{4}-Q[1-4]$/, { error: 'themes.errors.invalidQuarter' })
export type Quarter = z.infer<typeof Quarter>

export const NeighbourhoodThemesQuery = z.strictObject({
  /** Without it: the current quarter. */
  quarter: Quarter.optional(),
})

/** A number of households, or "<5" when it is small (or would give a small one away). */
export const Count = z.union([z.number().int().nonnegative(), z.literal('<5')])
export type Count = z.infer<typeof Count>

/** What a column counts; the client names it in the user's language. */
export const FigureColumn = z.discriminatedUnion('kind', [
  /** An expertise the newest triage of a request asked for (catalogue `expertises`). */
  z.object({ kind: z.literal('expertise'), name: z.string() }),
  /** Triaged, without an expertise (e.g. no professional help needed). */
  z.object({ kind: z.literal('noExpertise') }),
  /** Received, not triaged yet. */
  z.object({ kind: z.literal('untriaged') }),
  z.object({ kind: z.literal('route'), route: TriageRoute }),
  z.object({ kind: z.literal('lifeDomain'), nameNl: z.string(), nameEn: z.string() }),
])
export type FigureColumn = z.infer<typeof FigureColumn>

/**
 * Households per neighbourhood (rows) and column, with totals. A household counts once per cell, and once in a
 * row's total even when it sits in several cells of that row, so cells may add up to more than the total.
 */
export const NeighbourhoodTable = z.object({
  columns: z.array(FigureColumn),
  rows: z.array(z.object({ neighbourhood: z.string(), counts: z.array(Count), total: Count })),
  columnTotals: z.array(Count),
  total: Count,
})
export type NeighbourhoodTable = z.infer<typeof NeighbourhoodTable>

export const NeighbourhoodThemes = z.object({
  quarter: Quarter,
  /** Quarters with any request, triage or broad view in the team's neighbourhoods, newest first. */
  quarters: z.array(Quarter),
  /** Requests received in the quarter, by the expertises of their newest triage. */
  requestsByTheme: NeighbourhoodTable,
  /** Triages made in the quarter, by route (the newest of the quarter per request). */
  triageRoutes: NeighbourhoodTable,
  /** Broad views made in the quarter (the newest of the quarter per household): a member scored 1 or 2. */
  lifeDomains: NeighbourhoodTable,
})
export type NeighbourhoodThemes = z.infer<typeof NeighbourhoodThemes>

/** The team's recurring themes: one row per theme, households tagged with it per neighbourhood (columns). */
export const RecurringThemes = z.object({
  neighbourhoods: z.array(z.string()),
  themes: z.array(z.object({ id: Id, name: z.string(), counts: z.array(Count), total: Count })),
  neighbourhoodTotals: z.array(Count),
  total: Count,
})
export type RecurringThemes = z.infer<typeof RecurringThemes>

/** A theme a case is tagged with. */
export const CaseTheme = z.object({ id: Id, name: z.string(), taggedBy: z.string(), taggedAt: IsoDateTime })
export type CaseTheme = z.infer<typeof CaseTheme>

export const TagThemeInput = z.strictObject({
  /** An existing theme is reused whatever its capitals and spaces; otherwise a new one is made. */
  name: z.string().trim().min(1).max(80),
})
export type TagThemeInput = z.input<typeof TagThemeInput>

export const CaseThemeParams = HouseholdParams.extend({ themeId: IdParam })

export const themesApi = {
  neighbourhood: {
    method: 'GET',
    path: '/api/neighbourhood-themes',
    query: NeighbourhoodThemesQuery,
    response: NeighbourhoodThemes,
  },
  recurring: { method: 'GET', path: '/api/themes', response: RecurringThemes },
  list: {
    method: 'GET',
    path: '/api/households/:householdId/themes',
    params: HouseholdParams,
    response: z.array(CaseTheme),
  },
  tag: {
    method: 'POST',
    path: '/api/households/:householdId/themes',
    params: HouseholdParams,
    body: TagThemeInput,
    response: CaseTheme,
    status: 201,
  },
  untag: {
    method: 'DELETE',
    path: '/api/households/:householdId/themes/:themeId',
    params: CaseThemeParams,
    response: NoContent,
    status: 204,
  },
} as const satisfies Record<string, RouteSpec>
