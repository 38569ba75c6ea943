import { z } from 'zod'
import { Id, IdParam, NoContent, type RouteSpec } from './common.ts'
import { HouseholdParams } from './households.ts'
import { EmptyInput } from './auth.ts'
import { roles } from '../domain/roles.ts'

/**
 * Oversight a privacy officer looks for (issue 11): emergency access ("break the glass"), unusual reading, and
 * the retention of files.
 */

// ── Emergency access ────────────────────────────────────────────────────────────────────────────────────────

/** A reason is a sentence: at least 20 characters and three words. */
export const EmergencyReason = z
  .string()
  .trim()
  .max(1000)
  .refine((s) => s.length >= 20 && s.split(/\s+/).filter(Boolean).length >= 3, {
    error: 'errors.emergencyReasonTooShort',
  })

export const StartEmergencyAccessInput = z.strictObject({ reason: EmergencyReason })
export type StartEmergencyAccessInput = z.infer<typeof StartEmergencyAccessInput>

export const EmergencyAccess = z.object({
  id: Id,
  householdId: Id,
  /** Household name for the staff lists; the household's own log shows none of this but the who and when. */
  householdName: z.string(),
  householdTeamName: z.string(),
  userId: Id,
  userName: z.string(),
  userRole: z.enum(roles),
  userTeamName: z.string().nullable(),
  reason: z.string(),
  startedAt: z.string(),
  /** At most 24 hours after the start. */
  expiresAt: z.string(),
  endedAt: z.string().nullable(),
  active: z.boolean(),
})
export type EmergencyAccess = z.infer<typeof EmergencyAccess>

/** Finding a file outside one's own cases is by exact address only, so names cannot be browsed. */
export const EmergencyFindQuery = z.strictObject({
  postcode: z
    .string()
    .trim()
    .transform((s) => s.toUpperCase().replace(/\s+/g, ''))
    .pipe(z.string().regex(/^[1-9][0-9]{3}[A-Z]{2}$/, { error: 'errors.invalidPostcode' })),
  houseNumber: z.coerce.number().int().positive().max(99999),
})
export type EmergencyFindQuery = z.infer<typeof EmergencyFindQuery>

export const EmergencyCandidate = z.object({
  householdId: Id,
  name: z.string(),
  address: z.string(),
  teamName: z.string(),
  /** The asker already has access (their own case or team): no emergency access needed. */
  alreadyAccessible: z.boolean(),
})
export type EmergencyCandidate = z.infer<typeof EmergencyCandidate>

export const emergencyAccessApi = {
  find: {
    method: 'GET',
    path: '/api/emergency-access/find',
    query: EmergencyFindQuery,
    response: z.array(EmergencyCandidate),
  },
  start: {
    method: 'POST',
    path: '/api/households/:householdId/emergency-access',
    params: HouseholdParams,
    body: StartEmergencyAccessInput,
    response: EmergencyAccess,
    status: 201,
  },
  /** The asker's own emergency access to this household that is still running, if any (for the page banner). */
  current: {
    method: 'GET',
    path: '/api/households/:householdId/emergency-access',
    params: HouseholdParams,
    response: EmergencyAccess.nullable(),
  },
  end: {
    method: 'POST',
    path: '/api/households/:householdId/emergency-access/end',
    params: HouseholdParams,
    body: EmptyInput,
    response: NoContent,
    status: 204,
  },
  /** Supervisor: by their team's people or to their team's households. Administrator: all. Newest first. */
  list: { method: 'GET', path: '/api/emergency-accesses', response: z.array(EmergencyAccess) },
} as const satisfies Record<string, RouteSpec>

// ── Unusual reading ─────────────────────────────────────────────────────────────────────────────────────────

export const ReadingSignal = z.object({
  id: Id,
  userId: Id,
  userName: z.string(),
  userEmail: z.string(),
  userRole: z.enum(roles),
  userTeamName: z.string().nullable(),
  detectedAt: z.string(),
  /** Different households opened within one hour (the highest count while the signal was open). */
  householdCount: z.number().int(),
  threshold: z.number().int(),
  reviewedAt: z.string().nullable(),
  reviewedByName: z.string().nullable(),
})
export type ReadingSignal = z.infer<typeof ReadingSignal>

export const ReadingSignalParams = z.strictObject({ signalId: IdParam })

export const readingSignalsApi = {
  list: { method: 'GET', path: '/api/admin/reading-signals', response: z.array(ReadingSignal) },
  review: {
    method: 'POST',
    path: '/api/admin/reading-signals/:signalId/review',
    params: ReadingSignalParams,
    body: EmptyInput,
    response: ReadingSignal,
  },
} as const satisfies Record<string, RouteSpec>

// ── Retention ───────────────────────────────────────────────────────────────────────────────────────────────

/** `minor`: the file concerns someone who was under 18 while it was open (Youth Act: 20 years by default). */
export const FileKind = z.enum(['minor', 'other'])
export type FileKind = z.infer<typeof FileKind>

export const Retention = z.object({
  kind: FileKind,
  years: z.number().int(),
  lastChangedAt: z.string(),
  /** The date (yyyy-mm-dd) from which the file may be deleted. */
  retentionDate: z.string(),
})
export type Retention = z.infer<typeof Retention>

export const RetentionDueFile = z.object({
  householdId: Id,
  teamName: z.string(),
  neighbourhoodName: z.string(),
  kind: FileKind,
  lastChangedAt: z.string(),
  retentionDate: z.string(),
  listedAt: z.string(),
})
export type RetentionDueFile = z.infer<typeof RetentionDueFile>

export const RetentionOverview = z.object({
  /** When the daily job last ran (null: never yet). */
  lastRunAt: z.string().nullable(),
  due: z.array(RetentionDueFile),
})
export type RetentionOverview = z.infer<typeof RetentionOverview>

/** Deleting is for good: the administrator types the file number to confirm. */
export const DeleteFileInput = z.strictObject({ confirmHouseholdId: Id })
export type DeleteFileInput = z.infer<typeof DeleteFileInput>

export const RetentionFileParams = z.strictObject({ householdId: IdParam })

export const retentionApi = {
  /** For the worker on the case. */
  ofHousehold: {
    method: 'GET',
    path: '/api/households/:householdId/retention',
    params: HouseholdParams,
    response: Retention,
  },
  /** For the household member, about their own file. */
  ofOwnFile: {
    method: 'GET',
    path: '/api/households/:householdId/portal/retention',
    params: HouseholdParams,
    response: Retention,
  },
  overview: { method: 'GET', path: '/api/admin/retention', response: RetentionOverview },
  /** Runs the daily job now. */
  run: { method: 'POST', path: '/api/admin/retention/run', body: EmptyInput, response: RetentionOverview },
  deleteFile: {
    method: 'POST',
    path: '/api/admin/retention/:householdId/delete',
    params: RetentionFileParams,
    body: DeleteFileInput,
    response: NoContent,
    status: 204,
  },
} as const satisfies Record<string, RouteSpec>
