import { z } from 'zod'
import { Id, IdParam, IsoDate, type RouteSpec } from './common.ts'
import { HouseholdDetail, MemberRelation, RepresentativeKind } from './households.ts'
import { Bsn, NewMemberInput } from './requests.ts'

const optionalText = (max: number) => z.string().trim().max(max).optional()

export const MemberParams = z.strictObject({ householdId: IdParam, personId: IdParam })

/** The same person fields as at registration; authority is set separately once the person exists. */
export const AddMemberInput = NewMemberInput.omit({ authorityHolders: true }).extend({
  /** The day they joined the household; defaults to today. */
  joinedOn: IsoDate.optional(),
})
export type AddMemberInput = z.infer<typeof AddMemberInput>

/** Only the fields sent change; send null to clear an optional one. */
export const UpdateMemberInput = z.strictObject({
  givenName: z.string().trim().min(1).max(80).optional(),
  familyName: z.string().trim().min(1).max(120).optional(),
  birthdate: IsoDate.optional(),
  relation: MemberRelation.optional(),
  bsn: Bsn.nullable().optional(),
  phone: z.string().trim().max(30).nullable().optional(),
  email: z.email({ error: 'errors.invalidEmail' }).max(254).nullable().optional(),
  preferredLanguage: z.string().trim().max(40).nullable().optional(),
  interpreterNeeded: z.boolean().optional(),
  representative: z
    .strictObject({ name: z.string().trim().min(1).max(120), kind: RepresentativeKind })
    .nullable()
    .optional(),
})
export type UpdateMemberInput = z.infer<typeof UpdateMemberInput>

export const LeaveInput = z.strictObject({ leftOn: IsoDate })

export const AuthorityInput = z.strictObject({
  holders: z
    .array(
      z.union([
        z.strictObject({ personId: Id }),
        z.strictObject({ name: z.string().trim().min(1).max(120), contact: optionalText(120) }),
      ]),
    )
    .max(2),
})
export type AuthorityInput = z.infer<typeof AuthorityInput>

export const NetworkMemberInput = z.strictObject({
  name: z.string().trim().min(1).max(120),
  relation: z.string().trim().min(1).max(80),
  howTheyHelp: optionalText(500),
  contact: optionalText(120),
})
export type NetworkMemberInput = z.infer<typeof NetworkMemberInput>

export const ProfessionalInput = z.strictObject({
  organisationId: Id,
  contactPerson: z.string().trim().min(1).max(120),
  role: optionalText(120),
  contact: optionalText(120),
})
export type ProfessionalInput = z.infer<typeof ProfessionalInput>

export const NetworkParams = z.strictObject({ householdId: IdParam, networkMemberId: IdParam })
export const ProfessionalParams = z.strictObject({ householdId: IdParam, professionalId: IdParam })

export const membersApi = {
  add: {
    method: 'POST',
    path: '/api/households/:householdId/members',
    params: z.strictObject({ householdId: IdParam }),
    body: AddMemberInput,
    response: HouseholdDetail,
    status: 201,
  },
  update: {
    method: 'PATCH',
    path: '/api/households/:householdId/members/:personId',
    params: MemberParams,
    body: UpdateMemberInput,
    response: HouseholdDetail,
  },
  leave: {
    method: 'POST',
    path: '/api/households/:householdId/members/:personId/leave',
    params: MemberParams,
    body: LeaveInput,
    response: HouseholdDetail,
  },
  setAuthority: {
    method: 'PUT',
    path: '/api/households/:householdId/members/:personId/authority',
    params: MemberParams,
    body: AuthorityInput,
    response: HouseholdDetail,
  },
  addNetworkMember: {
    method: 'POST',
    path: '/api/households/:householdId/network',
    params: z.strictObject({ householdId: IdParam }),
    body: NetworkMemberInput,
    response: HouseholdDetail,
    status: 201,
  },
  endNetworkMember: {
    method: 'POST',
    path: '/api/households/:householdId/network/:networkMemberId/end',
    params: NetworkParams,
    body: z.strictObject({}),
    response: HouseholdDetail,
  },
  addProfessional: {
    method: 'POST',
    path: '/api/households/:householdId/professionals',
    params: z.strictObject({ householdId: IdParam }),
    body: ProfessionalInput,
    response: HouseholdDetail,
    status: 201,
  },
  endProfessional: {
    method: 'POST',
    path: '/api/households/:householdId/professionals/:professionalId/end',
    params: ProfessionalParams,
    body: z.strictObject({}),
    response: HouseholdDetail,
  },
  organisations: {
    method: 'GET',
    path: '/api/organisations',
    response: z.array(z.object({ id: Id, name: z.string() })),
  },
} as const satisfies Record<string, RouteSpec>
