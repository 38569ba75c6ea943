import { z } from 'zod'
import { Id, type RouteSpec } from './common.ts'
import { HouseholdParams } from './households.ts'
import { ConsentCheck, DataCategory } from './consents.ts'

export const ShareHow = z.enum(['phone', 'email', 'letter', 'meeting', 'digital'])

/**
 * A share to record. The legal basis is consent; a recorded meldcode report (meldrecht) becomes the second basis
 * once the safety work records reports.
 */
export const RecordShareInput = z.strictObject({
  /** Whose data is shared. */
  personIds: z.array(Id).min(1, { error: 'errors.choosePerson' }).max(20),
  recipient: z.string().trim().min(1).max(200),
  organisationId: Id.nullable().default(null),
  purpose: z.string().trim().min(1).max(500),
  categories: z.array(DataCategory).min(1, { error: 'errors.chooseCategory' }).max(7),
  summary: z.string().trim().min(1).max(1000),
  how: ShareHow,
  /** When it was (or is being) shared; now when left out. */
  sharedAt: z.iso.datetime({ offset: true }).optional(),
  basis: z.enum(['consent']).default('consent'),
})
export type RecordShareInput = z.input<typeof RecordShareInput>

export const Share = z.object({
  id: Id,
  householdId: Id,
  persons: z.array(z.object({ personId: Id, name: z.string(), consentIds: z.array(Id) })),
  recipient: z.string(),
  organisationId: Id.nullable(),
  purpose: z.string(),
  categories: z.array(DataCategory),
  summary: z.string(),
  how: ShareHow,
  sharedAt: z.string(),
  basis: z.enum(['consent', 'meldcode']),
  recordedBy: z.string(),
  recordedAt: z.string(),
})
export type Share = z.infer<typeof Share>

/** Exactly what would be recorded, and for each person whether a valid consent covers it. Nothing is saved. */
export const SharePreview = z.object({
  share: Share.omit({ id: true, recordedAt: true }),
  checks: z.array(ConsentCheck),
  allowed: z.boolean(),
})
export type SharePreview = z.infer<typeof SharePreview>

export const sharingApi = {
  list: {
    method: 'GET',
    path: '/api/households/:householdId/shares',
    params: HouseholdParams,
    response: z.array(Share),
  },
  preview: {
    method: 'POST',
    path: '/api/households/:householdId/shares/preview',
    params: HouseholdParams,
    body: RecordShareInput,
    response: SharePreview,
  },
  record: {
    method: 'POST',
    path: '/api/households/:householdId/shares',
    params: HouseholdParams,
    body: RecordShareInput,
    response: Share,
    status: 201,
  },
} as const satisfies Record<string, RouteSpec>
