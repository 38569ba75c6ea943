import { z } from 'zod'
import { isQuarter } from '../domain/quarters.ts'
import { Id, type RouteSpec } from './common.ts'

/**
 * Learning from practice (route step 10, principle 9): a small set of uniform indicators per team and quarter,
 * each next to the three quarters before it, and the team's vertelpunten — short stories about its practice,
 * never about a case. Workers and supervisors of the team read both and write stories.
 */

/** "2026-Q4". A quarter that has not begun yet is refused by the service (it depends on today). */
export const Quarter = z.string().refine(isQuarter, { error: 'indicators.errors.quarterFormat' })

export const indicatorKeys = [
  'firstAppointment',
  'planAgreed',
  'safetyPicture',
  'reopened',
  'supportLength',
] as const
export const IndicatorKey = z.enum(indicatorKeys)
export type IndicatorKey = z.infer<typeof IndicatorKey>

/** The i18n key of each indicator's one-line definition, so the UI says exactly what was counted. */
export const DefinitionKey = z.enum([
  'indicators.definitions.firstAppointment',
  'indicators.definitions.planAgreed',
  'indicators.definitions.safetyPicture',
  'indicators.definitions.reopened',
  'indicators.definitions.supportLength',
])
export type DefinitionKey = z.infer<typeof DefinitionKey>

export function definitionKeyOf(key: IndicatorKey): DefinitionKey {
  return `indicators.definitions.${key}`
}

/**
 * One number of one quarter. A median: `value` in days over `n` items, `count` null. A share: `count` of `n`,
 * `value` = count / n (0–1). `value` is null when `n` is 0: there was nothing to count.
 */
export const Figure = z.object({
  value: z.number().nullable(),
  count: z.number().int().nullable(),
  n: z.number().int(),
})
export type Figure = z.infer<typeof Figure>

export const QuarterFigure = Figure.extend({
  quarter: z.string(),
  /** Only for the first appointment: the share made within five days (see the definition). */
  withinFiveDays: Figure.nullable(),
})
export type QuarterFigure = z.infer<typeof QuarterFigure>

export const Indicator = z.object({
  key: IndicatorKey,
  unit: z.enum(['days', 'share']),
  definitionKey: DefinitionKey,
  /** The chosen quarter. */
  current: QuarterFigure,
  /** The three quarters before it, the oldest first. */
  previous: z.array(QuarterFigure),
})
export type Indicator = z.infer<typeof Indicator>

export const IndicatorsReport = z.object({
  quarter: z.string(),
  /** The day the figures of the chosen quarter are taken at: its last day, or today while it runs. */
  asOf: z.string(),
  /** The settings the definitions refer to, so the text says the numbers that were used. */
  pictureMaxAgeDays: z.number().int(),
  indicators: z.array(Indicator),
})
export type IndicatorsReport = z.infer<typeof IndicatorsReport>

export const QuarterQuery = z.strictObject({ quarter: Quarter.optional() })

export const Narrative = z.object({
  id: Id,
  quarter: z.string(),
  title: z.string(),
  text: z.string(),
  writtenBy: z.string(),
  writtenAt: z.string(),
})
export type Narrative = z.infer<typeof Narrative>

export const NarrativeInput = z.strictObject({
  quarter: Quarter,
  title: z.string().trim().min(1).max(120),
  text: z.string().trim().min(1).max(4000),
})
export type NarrativeInput = z.input<typeof NarrativeInput>

export const indicatorsApi = {
  report: {
    method: 'GET',
    path: '/api/team/indicators',
    query: QuarterQuery,
    response: IndicatorsReport,
  },
  narratives: {
    method: 'GET',
    path: '/api/team/narratives',
    query: QuarterQuery,
    response: z.array(Narrative),
  },
  writeNarrative: {
    method: 'POST',
    path: '/api/team/narratives',
    body: NarrativeInput,
    response: Narrative,
    status: 201,
  },
} as const satisfies Record<string, RouteSpec>
