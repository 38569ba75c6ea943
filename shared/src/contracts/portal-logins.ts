import { z } from 'zod'
import { Id, IdParam, type RouteSpec } from './common.ts'
import { Email } from './auth.ts'
import { HouseholdParams } from './households.ts'

/** A household member's own log-in for the portal: waiting for activation with a one-time code, or active. */
export const PortalLogin = z.object({
  personId: Id,
  email: z.string(),
  status: z.enum(['waiting', 'active', 'ended']),
  /** Until when the last code works, while waiting. */
  codeExpiresAt: z.string().nullable(),
})
export type PortalLogin = z.infer<typeof PortalLogin>

export const CreatePortalLoginInput = z.strictObject({ email: Email })
export type CreatePortalLoginInput = z.infer<typeof CreatePortalLoginInput>

/** The code is shown once, to give to the member; only a hash is kept. */
export const IssuedPortalLogin = PortalLogin.extend({ code: z.string() })
export type IssuedPortalLogin = z.infer<typeof IssuedPortalLogin>

export const portalLoginsApi = {
  list: {
    method: 'GET',
    path: '/api/households/:householdId/portal-logins',
    params: HouseholdParams,
    response: z.array(PortalLogin),
  },
  create: {
    method: 'POST',
    path: '/api/households/:householdId/members/:personId/portal-login',
    params: z.strictObject({ householdId: IdParam, personId: IdParam }),
    body: CreatePortalLoginInput,
    response: IssuedPortalLogin,
    status: 201,
  },
} as const satisfies Record<string, RouteSpec>
