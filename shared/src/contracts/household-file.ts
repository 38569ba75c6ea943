import { z } from 'zod'
import { Id, IdParam, PageQuery, pageOf, type RouteSpec } from './common.ts'
import { HouseholdParams } from './households.ts'
import { Consent } from './consents.ts'
import { Share } from './sharing.ts'

/**
 * The household's own view of its file (issue 7, part 3): the consents they gave or that concern them, what was
 * shared about them, and who looked at or changed their file. Served per member, on the server.
 */

export const AccessKind = z.enum(['viewed', 'changed', 'refused'])

export const AccessLogEntry = z.object({
  id: Id,
  at: z.string(),
  /** The person's name and role; a household member's own first name. */
  who: z.string(),
  role: z.enum(['worker', 'supervisor', 'household', 'admin']),
  kind: AccessKind,
  /** What part of the file, as a short key the page puts into words (e.g. "plan", "conversation"). */
  about: z.string(),
})
export type AccessLogEntry = z.infer<typeof AccessLogEntry>

export const AccessLogPage = pageOf(AccessLogEntry)
export type AccessLogPage = z.infer<typeof AccessLogPage>

export const householdFileApi = {
  consents: {
    method: 'GET',
    path: '/api/households/:householdId/portal/consents',
    params: HouseholdParams,
    response: z.array(Consent),
  },
  withdrawConsent: {
    method: 'POST',
    path: '/api/households/:householdId/portal/consents/:consentId/withdraw',
    params: z.strictObject({ householdId: IdParam, consentId: IdParam }),
    body: z.strictObject({}),
    response: z.array(Consent),
  },
  shares: {
    method: 'GET',
    path: '/api/households/:householdId/portal/shares',
    params: HouseholdParams,
    response: z.array(Share),
  },
  accessLog: {
    method: 'GET',
    path: '/api/households/:householdId/portal/access-log',
    params: HouseholdParams,
    query: PageQuery,
    response: AccessLogPage,
  },
} as const satisfies Record<string, RouteSpec>
