import { z } from 'zod'
import { Id, IdParam, PageQuery, pageOf, type RouteSpec } from './common.ts'
import { HouseholdParams } from './households.ts'
import { Consent } from './consents.ts'
import { Share } from './sharing.ts'
import { PortalPlan } from './plans.ts'

/**
 * The household's own view of its file (issue 7, part 3): the consents they gave or that concern them, what was
 * shared about them, and who looked at or changed their file. Served per member, on the server.
 */

/** `emergency`: opened or viewed with emergency access ("break the glass"), outside the people on the case. */
export const AccessKind = z.enum(['viewed', 'changed', 'refused', 'emergency'])

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

/**
 * Everything the file holds about the member, as they may see it: their own details, the household, their plan,
 * the conversations (not those marked as holding information about someone else), the broad-view scores about
 * them, consents, shares and the access log.
 */
export const HouseholdFileExport = z.object({
  exportedAt: z.string(),
  person: z.object({
    givenName: z.string(),
    familyName: z.string(),
    birthdate: z.string(),
    phone: z.string().nullable(),
    email: z.string().nullable(),
    preferredLanguage: z.string().nullable(),
  }),
  household: z.object({ name: z.string(), address: z.string() }),
  plan: PortalPlan,
  conversations: z.array(
    z.object({ occurredAt: z.string(), kind: z.string(), text: z.string(), author: z.string() }),
  ),
  broadView: z.array(
    z.object({
      date: z.string(),
      domain: z.string(),
      score: z.number().int().nullable(),
      strengths: z.string().nullable(),
      ownView: z.string().nullable(),
    }),
  ),
  consents: z.array(Consent),
  shares: z.array(Share),
  accessLog: z.array(AccessLogEntry),
})
export type HouseholdFileExport = z.infer<typeof HouseholdFileExport>

export const householdFileApi = {
  export: {
    method: 'GET',
    path: '/api/households/:householdId/portal/export',
    params: HouseholdParams,
    response: HouseholdFileExport,
  },
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
