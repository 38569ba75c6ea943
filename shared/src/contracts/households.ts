import { z } from 'zod'
import { Id, IdParam, IsoDate, PageQuery, pageOf, type RouteSpec } from './common.ts'

export const MemberRelation = z.enum([
  'resident',
  'partner',
  'parent',
  'stepparent',
  'child',
  'stepchild',
  'grandparent',
  'other',
])
export type MemberRelation = z.infer<typeof MemberRelation>

export const RepresentativeKind = z.enum(['mentor', 'curator', 'guardian'])

export const Address = z.object({
  street: z.string(),
  houseNumber: z.number().int(),
  houseNumberAddition: z.string().nullable(),
  postcode: z.string(),
  city: z.string(),
})
export type Address = z.infer<typeof Address>

export const WorkerContact = z.object({
  id: Id,
  name: z.string(),
  email: z.string(),
  phone: z.string().nullable(),
})
export type WorkerContact = z.infer<typeof WorkerContact>

export const Member = z.object({
  id: Id,
  givenName: z.string(),
  familyName: z.string(),
  /** Empty when not known yet: a request can be registered before every birthdate is known. */
  birthdate: z.string(),
  age: z.number().int().nullable(),
  relation: MemberRelation,
  representative: z.object({ name: z.string(), kind: RepresentativeKind }).nullable(),
  /** Only ever the last three digits. */
  bsnMasked: z.string().nullable(),
  phone: z.string().nullable(),
  email: z.string().nullable(),
  preferredLanguage: z.string().nullable(),
  interpreterNeeded: z.boolean(),
  /** For minors: who holds parental authority (gezag). */
  authorityHolders: z.array(z.object({ personId: Id.nullable(), name: z.string() })),
})
export type Member = z.infer<typeof Member>

export const HouseholdSummary = z.object({
  id: Id,
  name: z.string(),
  address: Address,
  neighbourhoodName: z.string(),
  memberCount: z.number().int(),
  workers: z.array(z.object({ id: Id, name: z.string() })),
  /** A safety concern was raised for this household; the mark stays on every list and page. */
  safetyMark: z.boolean(),
  /** Safety signals not yet followed up. */
  openSignals: z.number().int(),
})
export type HouseholdSummary = z.infer<typeof HouseholdSummary>

export const HouseholdDetail = z.object({
  id: Id,
  name: z.string(),
  address: Address,
  neighbourhood: z.object({ id: Id, name: z.string() }),
  team: z.object({ id: Id, name: z.string() }),
  members: z.array(Member),
  workers: z.array(WorkerContact),
  createdAt: z.string(),
  safetyMark: z.boolean(),
  firstContact: z.lazy(() => FirstContact),
  /** A transfer offered to a colleague and not yet answered: the case stays here until then. */
  pendingTransfer: z
    .object({
      id: Id,
      from: z.object({ id: Id, name: z.string() }),
      to: z.object({ id: Id, name: z.string() }),
    })
    .nullable(),
  /** People who left the household: their history stays. */
  formerMembers: z.array(
    z.object({
      id: Id,
      givenName: z.string(),
      familyName: z.string(),
      relation: MemberRelation,
      leftOn: IsoDate,
    }),
  ),
  network: z.array(
    z.object({
      id: Id,
      name: z.string(),
      relation: z.string(),
      howTheyHelp: z.string().nullable(),
      contact: z.string().nullable(),
    }),
  ),
  professionals: z.array(
    z.object({
      id: Id,
      organisation: z.object({ id: Id, name: z.string() }),
      contactPerson: z.string(),
      role: z.string().nullable(),
      contact: z.string().nullable(),
    }),
  ),
})
export type HouseholdDetail = z.infer<typeof HouseholdDetail>

export const ClientSupportOffer = z.enum(['accepted', 'declined', 'later'])

/** Legal protection from the first contact: what was explained and offered, when and by whom. */
export const FirstContact = z.object({
  voluntaryExplained: z.object({ on: IsoDate, by: z.string() }).nullable(),
  clientSupport: z.object({ offer: ClientSupportOffer, on: IsoDate, by: z.string() }).nullable(),
  objectionExplained: z.object({ on: IsoDate, by: z.string() }).nullable(),
})
export type FirstContact = z.infer<typeof FirstContact>

/** Each part is recorded when it happened; a part left out stays as it was. */
export const FirstContactInput = z.strictObject({
  voluntaryExplainedOn: IsoDate.optional(),
  clientSupport: z.strictObject({ offer: ClientSupportOffer, on: IsoDate }).optional(),
  objectionExplainedOn: IsoDate.optional(),
})
export type FirstContactInput = z.infer<typeof FirstContactInput>

/** What a household member sees of their own household: no professional assessments. */
export const HouseholdPortal = z.object({
  id: Id,
  name: z.string(),
  address: Address,
  members: z.array(z.object({ id: Id, givenName: z.string(), age: z.number().int().nullable() })),
  workers: z.array(WorkerContact),
  team: z.object({ name: z.string(), phone: z.string().nullable() }),
})
export type HouseholdPortal = z.infer<typeof HouseholdPortal>

export const HouseholdParams = z.strictObject({ householdId: IdParam })

export const HouseholdListQuery = PageQuery.extend({
  q: z.string().trim().max(100).optional(),
})
export type HouseholdListQuery = z.infer<typeof HouseholdListQuery>

export const HouseholdPage = pageOf(HouseholdSummary)
export type HouseholdPage = z.infer<typeof HouseholdPage>

export const householdsApi = {
  caseload: { method: 'GET', path: '/api/caseload', query: HouseholdListQuery, response: HouseholdPage },
  teamHouseholds: {
    method: 'GET',
    path: '/api/team/households',
    query: HouseholdListQuery,
    response: HouseholdPage,
  },
  get: {
    method: 'GET',
    path: '/api/households/:householdId',
    params: HouseholdParams,
    response: HouseholdDetail,
  },
  portal: {
    method: 'GET',
    path: '/api/households/:householdId/portal',
    params: HouseholdParams,
    response: HouseholdPortal,
  },
  recordFirstContact: {
    method: 'PUT',
    path: '/api/households/:householdId/first-contact',
    params: HouseholdParams,
    body: FirstContactInput,
    response: FirstContact,
  },
  teamWorkers: {
    method: 'GET',
    path: '/api/team/workers',
    response: z.array(z.object({ id: Id, name: z.string() })),
  },
  teamNeighbourhoods: {
    method: 'GET',
    path: '/api/team/neighbourhoods',
    response: z.array(z.object({ id: Id, name: z.string() })),
  },
  expertises: {
    method: 'GET',
    path: '/api/expertises',
    response: z.array(z.object({ id: Id, name: z.string() })),
  },
} as const satisfies Record<string, RouteSpec>
