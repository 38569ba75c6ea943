import { z } from 'zod'
import { Id, IdParam, PageQuery, pageOf, type RouteSpec } from './common.ts'
import { Email, NewPassword } from './auth.ts'
import { roles, staffRoles } from '../domain/roles.ts'

export const Team = z.object({
  id: Id,
  name: z.string(),
  phone: z.string().nullable(),
  memberCount: z.number().int(),
  neighbourhoodCount: z.number().int(),
})
export type Team = z.infer<typeof Team>

export const CreateTeamInput = z.strictObject({
  name: z.string().trim().min(2, { error: 'errors.required' }).max(100),
  phone: z.string().trim().max(30).optional(),
})
export type CreateTeamInput = z.infer<typeof CreateTeamInput>

export const Neighbourhood = z.object({ id: Id, name: z.string(), teamId: Id, teamName: z.string() })
export type Neighbourhood = z.infer<typeof Neighbourhood>

export const CreateNeighbourhoodInput = z.strictObject({
  name: z.string().trim().min(2, { error: 'errors.required' }).max(100),
  teamId: Id,
})
export type CreateNeighbourhoodInput = z.infer<typeof CreateNeighbourhoodInput>

export const AdminUser = z.object({
  id: Id,
  name: z.string(),
  email: z.string(),
  role: z.enum(roles),
  teamId: Id.nullable(),
  teamName: z.string().nullable(),
  active: z.boolean(),
  lastLoginAt: z.string().nullable(),
  createdAt: z.string(),
  twoFactorEnabled: z.boolean(),
  /** Active, and not logged in for 90 days (or never, 90 days after it was made): to be reviewed. */
  reviewDue: z.boolean(),
})
export type AdminUser = z.infer<typeof AdminUser>

export const CreateUserInput = z.strictObject({
  name: z.string().trim().min(2, { error: 'errors.required' }).max(120),
  email: Email,
  phone: z.string().trim().max(30).optional(),
  role: z.enum(staffRoles),
  teamId: Id.nullable(),
  initialPassword: NewPassword,
})
export type CreateUserInput = z.infer<typeof CreateUserInput>

export const AssignTeamInput = z.strictObject({ teamId: Id.nullable() })
export type AssignTeamInput = z.infer<typeof AssignTeamInput>

export const UserParams = z.strictObject({ userId: IdParam })
export const UserListQuery = PageQuery.extend({
  q: z.string().trim().max(100).optional(),
  /** `review`: only the accounts marked for review. */
  show: z.enum(['all', 'review']).default('all'),
})
export type UserListQuery = z.infer<typeof UserListQuery>
export const AdminUserPage = pageOf(AdminUser)

export const adminApi = {
  listTeams: { method: 'GET', path: '/api/admin/teams', response: z.array(Team) },
  createTeam: {
    method: 'POST',
    path: '/api/admin/teams',
    body: CreateTeamInput,
    response: Team,
    status: 201,
  },
  listNeighbourhoods: {
    method: 'GET',
    path: '/api/admin/neighbourhoods',
    response: z.array(Neighbourhood),
  },
  createNeighbourhood: {
    method: 'POST',
    path: '/api/admin/neighbourhoods',
    body: CreateNeighbourhoodInput,
    response: Neighbourhood,
    status: 201,
  },
  listUsers: { method: 'GET', path: '/api/admin/users', query: UserListQuery, response: AdminUserPage },
  createUser: {
    method: 'POST',
    path: '/api/admin/users',
    body: CreateUserInput,
    response: AdminUser,
    status: 201,
  },
  assignTeam: {
    method: 'PATCH',
    path: '/api/admin/users/:userId',
    params: UserParams,
    body: AssignTeamInput,
    response: AdminUser,
  },
  /** The user sets up two-factor again at their next log-in; their sessions end. Audited. */
  resetTwoFactor: {
    method: 'POST',
    path: '/api/admin/users/:userId/two-factor/reset',
    params: UserParams,
    body: z.strictObject({}),
    response: AdminUser,
  },
  deactivateUser: {
    method: 'POST',
    path: '/api/admin/users/:userId/deactivate',
    params: UserParams,
    body: z.strictObject({}),
    response: AdminUser,
  },
} as const satisfies Record<string, RouteSpec>

/** Administrator-managed lists: expertise a triage can ask for, and partner organisations. */
export const CatalogueKind = z.enum(['expertises', 'organisations'])
export type CatalogueKind = z.infer<typeof CatalogueKind>
export const CatalogueItem = z.object({ id: Id, name: z.string(), active: z.boolean() })
export type CatalogueItem = z.infer<typeof CatalogueItem>
export const CreateCatalogueItemInput = z.strictObject({ name: z.string().trim().min(2).max(120) })
export const CatalogueParams = z.strictObject({ kind: CatalogueKind })
export const CatalogueItemParams = z.strictObject({ kind: CatalogueKind, itemId: IdParam })

export const catalogueApi = {
  list: {
    method: 'GET',
    path: '/api/admin/catalogues/:kind',
    params: CatalogueParams,
    response: z.array(CatalogueItem),
  },
  create: {
    method: 'POST',
    path: '/api/admin/catalogues/:kind',
    params: CatalogueParams,
    body: CreateCatalogueItemInput,
    response: CatalogueItem,
    status: 201,
  },
  setActive: {
    method: 'PATCH',
    path: '/api/admin/catalogues/:kind/:itemId',
    params: CatalogueItemParams,
    body: z.strictObject({ active: z.boolean() }),
    response: CatalogueItem,
  },
} as const satisfies Record<string, RouteSpec>
