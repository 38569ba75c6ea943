import { z } from 'zod'
import { Id, type RouteSpec } from './common.ts'
import { HouseholdParams } from './households.ts'
import { ConsentCheck, DataCategory } from './consents.ts'

export const ShareHow = z.enum(['phone', 'email', 'letter', 'meeting', 'digital'])

/**
 * A share to record, on one of two legal bases: the consent of everyone whose data it holds, or a recorded report
 * to Veilig Thuis under the meldcode (meldrecht), which covers sharing with Veilig Thuis only.
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
  basis: z.enum(['consent', 'meldcode']).default('consent'),
  /** For basis meldcode: the trajectory whose report it rests on; the newest report when left out. */
  meldcodeTrajectoryId: Id.optional(),
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
  /** For basis meldcode: the report to Veilig Thuis it rests on. */
  report: z.object({ trajectoryId: Id, on: z.string(), reference: z.string() }).nullable(),
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
