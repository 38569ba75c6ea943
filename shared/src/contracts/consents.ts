import { z } from 'zod'
import { Id, IdParam, IsoDate, type RouteSpec } from './common.ts'
import { HouseholdParams } from './households.ts'

/** What may be shared: the kinds of data a consent names and a sharing event lists. */
export const DataCategory = z.enum([
  'personalia',
  'situation',
  'health',
  'school',
  'finances',
  'safety',
  'plan',
])
export type DataCategory = z.infer<typeof DataCategory>

export const GiverInput = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('person'), personId: Id }),
  z.strictObject({ kind: z.literal('authorityHolder'), name: z.string().trim().min(1).max(200) }),
  z.strictObject({ kind: z.literal('representative') }),
])
export type GiverInput = z.infer<typeof GiverInput>

export const RecordConsentInput = z.strictObject({
  /** Whose data it is. */
  subjectPersonId: Id,
  giver: GiverInput,
  /** The organisation or role that may receive it, e.g. "School De Regenboog" or "huisarts". */
  recipient: z.string().trim().min(1).max(200),
  organisationId: Id.nullable().default(null),
  purpose: z.string().trim().min(1).max(500),
  categories: z.array(DataCategory).min(1, { error: 'errors.chooseCategory' }).max(7),
  how: z.enum(['spoken', 'written']),
  givenOn: IsoDate,
  validUntil: IsoDate.nullable().default(null),
})
export type RecordConsentInput = z.input<typeof RecordConsentInput>

export const ConsentStatus = z.enum(['valid', 'notYetValid', 'expired', 'withdrawn'])

export const Consent = z.object({
  id: Id,
  householdId: Id,
  subject: z.object({ personId: Id, name: z.string() }),
  giver: z.object({
    kind: z.enum(['person', 'authorityHolder', 'representative']),
    personId: Id.nullable(),
    name: z.string(),
  }),
  recipient: z.string(),
  organisationId: Id.nullable(),
  purpose: z.string(),
  categories: z.array(DataCategory),
  how: z.enum(['spoken', 'written']),
  givenOn: z.string(),
  validUntil: z.string().nullable(),
  recordedBy: z.string(),
  recordedAt: z.string(),
  withdrawn: z.object({ at: z.string(), by: z.string() }).nullable(),
  /** On the day of asking. */
  status: ConsentStatus,
})
export type Consent = z.infer<typeof Consent>

export const ConsentCheckQuery = z.strictObject({
  personId: z.coerce.number().int().positive(),
  recipient: z.string().trim().min(1).max(200),
  purpose: z.string().trim().min(1).max(500),
  /** Comma-separated. */
  categories: z
    .string()
    .max(200)
    .transform((s) => s.split(',').filter(Boolean))
    .pipe(z.array(DataCategory).min(1, { error: 'errors.chooseCategory' })),
})

/** For one person, recipient, purpose and categories: each consent that is needed, and whether it is there today. */
export const ConsentCheck = z.object({
  personId: Id,
  name: z.string(),
  rule: z.enum(['authorityHolders', 'youngPersonAndAuthorityHolders', 'youngPersonAlone', 'adult']),
  needed: z.array(
    z.object({
      /** The person themselves (or, for an adult, their representative), a parent with authority, or nobody yet. */
      kind: z.enum(['self', 'authorityHolder', 'authorityUnknown']),
      /** A name; empty when no parent with authority is recorded yet. */
      who: z.string(),
      consentId: Id.nullable(),
    }),
  ),
  complete: z.boolean(),
})
export type ConsentCheck = z.infer<typeof ConsentCheck>

export const ConsentWithHousehold = Consent.extend({ householdName: z.string() })
export type ConsentWithHousehold = z.infer<typeof ConsentWithHousehold>

/** For the supervisor: consents withdrawn this month and shares made under meldrecht, across the team. */
export const TeamConsentOverview = z.object({
  withdrawnThisMonth: z.array(ConsentWithHousehold),
  sharedUnderMeldrecht: z.array(
    z.object({
      id: Id,
      householdId: Id,
      householdName: z.string(),
      recipient: z.string(),
      sharedAt: z.string(),
      recordedBy: z.string(),
    }),
  ),
})
export type TeamConsentOverview = z.infer<typeof TeamConsentOverview>

export const ConsentParams = z.strictObject({ householdId: IdParam, consentId: IdParam })

export const consentsApi = {
  expiring: {
    method: 'GET',
    path: '/api/consents/expiring',
    response: z.array(ConsentWithHousehold),
  },
  teamOverview: {
    method: 'GET',
    path: '/api/team/consents',
    response: TeamConsentOverview,
  },
  list: {
    method: 'GET',
    path: '/api/households/:householdId/consents',
    params: HouseholdParams,
    response: z.array(Consent),
  },
  record: {
    method: 'POST',
    path: '/api/households/:householdId/consents',
    params: HouseholdParams,
    body: RecordConsentInput,
    response: Consent,
    status: 201,
  },
  withdraw: {
    method: 'POST',
    path: '/api/households/:householdId/consents/:consentId/withdraw',
    params: ConsentParams,
    body: z.strictObject({}),
    response: Consent,
  },
  check: {
    method: 'GET',
    path: '/api/households/:householdId/consent-check',
    params: HouseholdParams,
    query: ConsentCheckQuery,
    response: ConsentCheck,
  },
} as const satisfies Record<string, RouteSpec>
