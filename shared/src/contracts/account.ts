import { z } from 'zod'
import { NoContent, type RouteSpec } from './common.ts'
import { EmptyInput, RecoveryCodes, SecondFactorInput, TotpSetup } from './auth.ts'

/** A user's own security: two-factor log-in and the sessions that are open in their name. */

export const TwoFactorStatus = z.object({
  enabled: z.boolean(),
  enabledAt: z.string().nullable(),
  /** Administrators and supervisors must have it; they cannot switch it off. */
  required: z.boolean(),
  recoveryCodesLeft: z.number().int(),
})
export type TwoFactorStatus = z.infer<typeof TwoFactorStatus>

export const DisableTwoFactorInput = z.strictObject({
  password: z.string().min(1, { error: 'errors.required' }).max(200),
})
export type DisableTwoFactorInput = z.infer<typeof DisableTwoFactorInput>

export const AccountSession = z.object({
  /** A short public id of the session (never the cookie value). */
  id: z.string(),
  /** "Chrome op Windows": browser and system read from the user agent, as keys the page puts into words. */
  browser: z.string().nullable(),
  system: z.string().nullable(),
  startedAt: z.string(),
  lastActiveAt: z.string(),
  current: z.boolean(),
})
export type AccountSession = z.infer<typeof AccountSession>

export const SessionParams = z.strictObject({ sessionId: z.string().regex(/^[0-9a-f]{16}$/) })

export const accountApi = {
  twoFactor: { method: 'GET', path: '/api/account/two-factor', response: TwoFactorStatus },
  /** A new secret to scan; replaces a pending one. Switching on needs a code from it (confirm). */
  setupTwoFactor: {
    method: 'POST',
    path: '/api/account/two-factor/setup',
    body: EmptyInput,
    response: TotpSetup,
  },
  confirmTwoFactor: {
    method: 'POST',
    path: '/api/account/two-factor/confirm',
    body: SecondFactorInput,
    response: RecoveryCodes,
  },
  /** Ten new recovery codes (the old ones stop working); needs a current code from the app. */
  newRecoveryCodes: {
    method: 'POST',
    path: '/api/account/two-factor/recovery-codes',
    body: SecondFactorInput,
    response: RecoveryCodes,
  },
  disableTwoFactor: {
    method: 'POST',
    path: '/api/account/two-factor/disable',
    body: DisableTwoFactorInput,
    response: NoContent,
    status: 204,
  },
  sessions: { method: 'GET', path: '/api/account/sessions', response: z.array(AccountSession) },
  endSession: {
    method: 'POST',
    path: '/api/account/sessions/:sessionId/end',
    params: SessionParams,
    body: EmptyInput,
    response: NoContent,
    status: 204,
  },
} as const satisfies Record<string, RouteSpec>
