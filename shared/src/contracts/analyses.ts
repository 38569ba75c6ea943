import { z } from 'zod'
import { Id, IdParam, type RouteSpec } from './common.ts'

export const CarriedBy = z.enum(['own', 'network', 'professional'])
export const Score = z
  .number()
  .int()
  .min(1, { error: 'errors.scoreRange' })
  .max(5, { error: 'errors.scoreRange' })

export const AnalysisCellInput = z.strictObject({
  personId: Id,
  domainId: Id,
  score: Score.nullable().optional(),
  note: z.string().trim().max(4000).optional(),
  strengths: z.string().trim().max(4000).optional(),
  carriedBy: z.array(CarriedBy).max(3).optional(),
  ownView: z.string().trim().max(4000).optional(),
})
export type AnalysisCellInput = z.infer<typeof AnalysisCellInput>

/** A new dated snapshot: the client starts from the last one and sends the whole picture. */
export const SaveAnalysisInput = z.strictObject({
  desiredFuture: z.string().trim().max(4000).optional(),
  cells: z.array(AnalysisCellInput).max(20 * 13),
  heard: z
    .array(z.strictObject({ personId: Id, heard: z.boolean() }))
    .max(20)
    .default([]),
})
export type SaveAnalysisInput = z.infer<typeof SaveAnalysisInput>

export const AnalysisCell = z.object({
  personId: Id,
  domainId: Id,
  score: z.number().int().nullable(),
  note: z.string().nullable(),
  strengths: z.string().nullable(),
  carriedBy: z.array(CarriedBy),
  ownView: z.string().nullable(),
})
export type AnalysisCell = z.infer<typeof AnalysisCell>

export const Analysis = z.object({
  id: Id,
  householdId: Id,
  basedOnId: Id.nullable(),
  desiredFuture: z.string().nullable(),
  createdBy: z.object({ id: Id, name: z.string() }),
  createdAt: z.string(),
  members: z.array(z.object({ id: Id, name: z.string(), age: z.number().int().nullable() })),
  domains: z.array(z.object({ id: Id, nameNl: z.string(), nameEn: z.string() })),
  cells: z.array(AnalysisCell),
  heard: z.array(z.object({ personId: Id, heard: z.boolean() })),
  /** Members × domains without a score yet: a reminder, not a block. */
  notAssessed: z.array(z.object({ personId: Id, domainIds: z.array(Id) })),
  /** Members of 12 and older not (yet) marked as heard. */
  notHeard: z.array(Id),
})
export type Analysis = z.infer<typeof Analysis>

export const AnalysisSummary = z.object({
  id: Id,
  createdAt: z.string(),
  createdBy: z.object({ id: Id, name: z.string() }),
  scored: z.number().int(),
})

export const AnalysisComparison = z.object({
  from: AnalysisSummary,
  to: AnalysisSummary,
  changes: z.array(
    z.object({
      personId: Id,
      domainId: Id,
      before: z.number().int().nullable(),
      after: z.number().int().nullable(),
    }),
  ),
})
export type AnalysisComparison = z.infer<typeof AnalysisComparison>

const HouseholdParams = z.strictObject({ householdId: IdParam })
const AnalysisParams = z.strictObject({ householdId: IdParam, analysisId: IdParam })

export const analysesApi = {
  list: {
    method: 'GET',
    path: '/api/households/:householdId/analyses',
    params: HouseholdParams,
    response: z.array(AnalysisSummary),
  },
  get: {
    method: 'GET',
    path: '/api/households/:householdId/analyses/:analysisId',
    params: AnalysisParams,
    response: Analysis,
  },
  save: {
    method: 'POST',
    path: '/api/households/:householdId/analyses',
    params: HouseholdParams,
    body: SaveAnalysisInput,
    response: Analysis,
    status: 201,
  },
  compare: {
    method: 'GET',
    path: '/api/households/:householdId/analyses-compare',
    params: HouseholdParams,
    query: z.strictObject({
      from: z.coerce.number().int().positive(),
      to: z.coerce.number().int().positive(),
    }),
    response: AnalysisComparison,
  },
} as const satisfies Record<string, RouteSpec>
