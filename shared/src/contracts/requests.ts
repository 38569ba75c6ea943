import { z } from 'zod'
import { Id, IdParam, IsoDate, type RouteSpec } from './common.ts'
import { MemberRelation, HouseholdParams } from './households.ts'
import { isValidBsn } from '../domain/bsn.ts'
import { normalisePostcode, isValidHouseNumberAddition } from '../domain/postcode.ts'

export const RequestSource = z.enum([
  'resident',
  'network',
  'neighbour',
  'gp',
  'school',
  'police',
  'veilig_thuis',
  'municipality_desk',
  'other_organisation',
  'anonymous',
])
export type RequestSource = z.infer<typeof RequestSource>

export const HouseholdKnows = z.enum(['yes', 'no', 'unknown'])
export const RequestStatus = z.enum(['new', 'triaged', 'closed'])
export const Urgency = z.enum(['acute', 'days', 'regular'])
export const SafetyAnswer = z.enum(['yes', 'no', 'unknown'])
export const TriageRoute = z.enum(['no_professional_help', 'team', 'referral', 'crisis'])
export type TriageRoute = z.infer<typeof TriageRoute>
export const AppointmentOutcome = z.enum(['held', 'not_held'])
export const FirstAppointmentState = z.enum(['made', 'open', 'overdue'])

const optionalText = (max: number) => z.string().trim().max(max).optional()

export const Postcode = z
  .string()
  .refine((v) => normalisePostcode(v) !== null, { error: 'errors.invalidPostcode' })
  .transform((v) => normalisePostcode(v)!)

export const Bsn = z.string().trim().refine(isValidBsn, { error: 'errors.invalidBsn' })

export const AddressInput = z.strictObject({
  street: z.string().trim().min(1).max(120),
  houseNumber: z.number().int().min(1, { error: 'errors.invalidHouseNumber' }).max(99999),
  houseNumberAddition: z
    .string()
    .trim()
    .max(6)
    .refine((v) => v === '' || isValidHouseNumberAddition(v), { error: 'errors.invalidValue' })
    .optional(),
  postcode: Postcode,
  city: z.string().trim().min(1).max(80),
})
export type AddressInput = z.infer<typeof AddressInput>

/** A birthdate is a date that has already happened; the server checks "not in the future" against its clock. */
export const NewMemberInput = z.strictObject({
  givenName: z.string().trim().min(1).max(80),
  familyName: z.string().trim().min(1).max(120),
  birthdate: IsoDate.optional(),
  relation: MemberRelation,
  bsn: Bsn.optional(),
  phone: optionalText(30),
  email: z.email({ error: 'errors.invalidEmail' }).max(254).optional(),
  preferredLanguage: optionalText(40),
  interpreterNeeded: z.boolean().optional(),
  /** Parental authority for a minor: positions (0-based) of adults in the same list, or people outside. */
  authorityHolders: z
    .strictObject({
      memberIndexes: z.array(z.number().int().min(0).max(19)).max(2).optional(),
      external: z
        .array(z.strictObject({ name: z.string().trim().min(1).max(120), contact: optionalText(120) }))
        .max(2)
        .optional(),
    })
    .optional(),
})
export type NewMemberInput = z.infer<typeof NewMemberInput>

export const NewHouseholdInput = z.strictObject({
  /** Defaults to "Familie <family name of the first member>". */
  name: optionalText(120),
  neighbourhoodId: Id,
  address: AddressInput,
  members: z.array(NewMemberInput).min(1, { error: 'errors.atLeastOneMember' }).max(20),
})
export type NewHouseholdInput = z.infer<typeof NewHouseholdInput>

export const RegisterRequestInput = z.strictObject({
  source: RequestSource,
  reporterName: optionalText(120),
  reporterContact: optionalText(120),
  receivedOn: IsoDate,
  question: z.string().trim().min(1).max(4000),
  householdKnows: HouseholdKnows,
  /** Link to a household the team knows, or describe a new one. */
  existingHouseholdId: Id.optional(),
  newHousehold: NewHouseholdInput.optional(),
})
export type RegisterRequestInput = z.infer<typeof RegisterRequestInput>

export const DuplicateQuery = z.strictObject({
  postcode: z.string().trim().max(10).optional(),
  houseNumber: z.coerce.number().int().min(1).max(99999).optional(),
  givenName: z.string().trim().max(80).optional(),
  familyName: z.string().trim().max(120).optional(),
  birthdate: IsoDate.optional(),
})
export type DuplicateQuery = z.infer<typeof DuplicateQuery>

export const PossibleDuplicate = z.object({
  householdId: Id,
  name: z.string(),
  addressLine: z.string(),
  reasons: z.array(z.enum(['same-address', 'same-person'])),
})
export type PossibleDuplicate = z.infer<typeof PossibleDuplicate>

export const PersonRef = z.object({ id: Id, name: z.string() })

export const TriageVersion = z.object({
  id: Id,
  version: z.number().int(),
  urgency: Urgency,
  safetyAnswer: SafetyAnswer,
  safetyNote: z.string().nullable(),
  expertises: z.array(z.object({ id: Id, name: z.string() })),
  route: TriageRoute,
  routeReasoning: z.string(),
  advice: z.string().nullable(),
  ownDirection: z.string().nullable(),
  referralTo: z.string().nullable(),
  assignedWorkers: z.array(PersonRef),
  createdBy: PersonRef,
  createdAt: z.string(),
})
export type TriageVersion = z.infer<typeof TriageVersion>

export const RequestDetail = z.object({
  id: Id,
  householdId: Id,
  householdName: z.string(),
  safetyMark: z.boolean(),
  source: RequestSource,
  reporterName: z.string().nullable(),
  reporterContact: z.string().nullable(),
  receivedOn: IsoDate,
  question: z.string(),
  householdKnows: HouseholdKnows,
  status: RequestStatus,
  registeredBy: PersonRef,
  registeredAt: z.string(),
  triageWorker: PersonRef.nullable(),
  firstAppointment: z.object({
    dueOn: IsoDate,
    state: FirstAppointmentState,
    appointmentOn: IsoDate.nullable(),
    madeOn: IsoDate.nullable(),
    outcome: AppointmentOutcome.nullable(),
  }),
  triage: z.array(TriageVersion),
})
export type RequestDetail = z.infer<typeof RequestDetail>

/** One line in a list of requests. */
export const RequestSummary = z.object({
  id: Id,
  householdId: Id,
  householdName: z.string(),
  safetyMark: z.boolean(),
  source: RequestSource,
  receivedOn: IsoDate,
  status: RequestStatus,
  triageWorker: PersonRef.nullable(),
  firstAppointmentDueOn: IsoDate,
  firstAppointmentState: FirstAppointmentState,
  latestRoute: TriageRoute.nullable(),
  latestSafetyAnswer: SafetyAnswer.nullable(),
})
export type RequestSummary = z.infer<typeof RequestSummary>

export const RequestParams = z.strictObject({ requestId: IdParam })

export const MakeAppointmentInput = z.strictObject({
  appointmentOn: IsoDate,
  /** When the appointment was agreed; defaults to today. */
  madeOn: IsoDate.optional(),
})
export const AppointmentOutcomeInput = z.strictObject({ outcome: AppointmentOutcome })

export const TriageInput = z.strictObject({
  urgency: Urgency,
  safetyAnswer: SafetyAnswer,
  safetyNote: optionalText(2000),
  expertiseIds: z.array(Id).max(10).default([]),
  route: TriageRoute,
  routeReasoning: z.string().trim().min(1).max(2000),
  /** With "no professional help": what was advised (self-reliance, the network). */
  advice: optionalText(2000),
  /** With "the team takes it up": the workers who will. */
  assignWorkerIds: z.array(Id).max(4).optional(),
  /** The household's own direction (regie), in a few words. */
  ownDirection: optionalText(1000),
  /** With "referral": to whom (matched care). */
  referralTo: optionalText(200),
})
export type TriageInput = z.infer<typeof TriageInput>

export const AssignTriageInput = z.strictObject({ workerId: Id })

export const TeamRequestsQuery = z.strictObject({ status: RequestStatus.optional() })

export const TeamRequestOverview = z.object({
  counts: z.object({ new: z.number().int(), triaged: z.number().int(), closed: z.number().int() }),
  overdue: z.array(RequestSummary),
  unassigned: z.array(RequestSummary),
  safetyNotFollowedUp: z.array(
    z.object({
      signalId: Id,
      householdId: Id,
      householdName: z.string(),
      raisedAt: z.string(),
      raisedBy: PersonRef,
    }),
  ),
  requests: z.array(RequestSummary),
})
export type TeamRequestOverview = z.infer<typeof TeamRequestOverview>

export const Inbox = z.object({
  newCases: z.array(
    z.object({ householdId: Id, householdName: z.string(), safetyMark: z.boolean(), assignedAt: z.string() }),
  ),
  transfers: z.array(
    z.object({
      transferId: Id,
      householdId: Id,
      householdName: z.string(),
      safetyMark: z.boolean(),
      from: PersonRef,
      note: z.string().nullable(),
      createdAt: z.string(),
    }),
  ),
  toTriage: z.array(RequestSummary),
  overdueAppointments: z.array(RequestSummary),
})
export type Inbox = z.infer<typeof Inbox>

export const TransferInput = z.strictObject({ toWorkerId: Id, note: optionalText(1000) })
export const TransferParams = z.strictObject({ transferId: IdParam })
export const Transfer = z.object({
  id: Id,
  householdId: Id,
  from: PersonRef,
  to: PersonRef,
  status: z.enum(['pending', 'accepted', 'declined']),
  note: z.string().nullable(),
  createdAt: z.string(),
  decidedAt: z.string().nullable(),
})

export const requestsApi = {
  register: {
    method: 'POST',
    path: '/api/requests',
    body: RegisterRequestInput,
    response: RequestDetail,
    status: 201,
  },
  duplicates: {
    method: 'GET',
    path: '/api/requests/duplicates',
    query: DuplicateQuery,
    response: z.array(PossibleDuplicate),
  },
  get: { method: 'GET', path: '/api/requests/:requestId', params: RequestParams, response: RequestDetail },
  makeAppointment: {
    method: 'POST',
    path: '/api/requests/:requestId/appointment',
    params: RequestParams,
    body: MakeAppointmentInput,
    response: RequestDetail,
  },
  recordAppointmentOutcome: {
    method: 'POST',
    path: '/api/requests/:requestId/appointment/outcome',
    params: RequestParams,
    body: AppointmentOutcomeInput,
    response: RequestDetail,
  },
  triage: {
    method: 'POST',
    path: '/api/requests/:requestId/triage',
    params: RequestParams,
    body: TriageInput,
    response: RequestDetail,
  },
  assignTriage: {
    method: 'POST',
    path: '/api/requests/:requestId/triage-worker',
    params: RequestParams,
    body: AssignTriageInput,
    response: RequestDetail,
  },
  householdRequests: {
    method: 'GET',
    path: '/api/households/:householdId/requests',
    params: HouseholdParams,
    response: z.array(RequestSummary),
  },
  inbox: { method: 'GET', path: '/api/inbox', response: Inbox },
  pickUp: {
    method: 'POST',
    path: '/api/households/:householdId/pick-up',
    params: HouseholdParams,
    body: z.strictObject({}),
    response: Inbox,
  },
  transfer: {
    method: 'POST',
    path: '/api/households/:householdId/transfers',
    params: HouseholdParams,
    body: TransferInput,
    response: Transfer,
    status: 201,
  },
  acceptTransfer: {
    method: 'POST',
    path: '/api/transfers/:transferId/accept',
    params: TransferParams,
    body: z.strictObject({}),
    response: Transfer,
  },
  declineTransfer: {
    method: 'POST',
    path: '/api/transfers/:transferId/decline',
    params: TransferParams,
    body: z.strictObject({}),
    response: Transfer,
  },
  teamOverview: {
    method: 'GET',
    path: '/api/team/requests',
    query: TeamRequestsQuery,
    response: TeamRequestOverview,
  },
} as const satisfies Record<string, RouteSpec>
