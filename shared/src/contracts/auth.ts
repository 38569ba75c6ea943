import { z } from 'zod'
import { Id, NoContent, type RouteSpec } from './common.ts'
import { roles } from '../domain/roles.ts'

export const Language = z.enum(['nl', 'en'])
export type Language = z.infer<typeof Language>

export const Email = z
  .string()
  .trim()
  .toLowerCase()
  .max(254)
  .pipe(z.email({ error: 'errors.invalidEmail' }))

/** New passwords: length beats composition rules (NIST SP 800-63B); 12 characters at least. */
export const NewPassword = z
  .string()
  .min(12, { error: 'errors.passwordTooShort' })
  .max(200, { error: 'errors.passwordTooLong' })

export const LoginInput = z.strictObject({
  email: z.string().trim().toLowerCase().min(1, { error: 'errors.required' }).max(254),
  password: z.string().min(1, { error: 'errors.required' }).max(200),
})
export type LoginInput = z.infer<typeof LoginInput>

export const Me = z.object({
  id: Id,
  name: z.string(),
  email: z.string(),
  role: z.enum(roles),
  language: Language,
  teamId: Id.nullable(),
  teamName: z.string().nullable(),
  householdId: Id.nullable(),
  municipalityName: z.string(),
})
export type Me = z.infer<typeof Me>

/** What a user may change about themselves. Role and team are set by an administrator only. */
export const UpdateMeInput = z.strictObject({
  language: Language.optional(),
  name: z.string().trim().min(1, { error: 'errors.required' }).max(120).optional(),
})
export type UpdateMeInput = z.infer<typeof UpdateMeInput>

export const ChangePasswordInput = z.strictObject({
  currentPassword: z.string().min(1, { error: 'errors.required' }).max(200),
  newPassword: NewPassword,
})
export type ChangePasswordInput = z.infer<typeof ChangePasswordInput>

export const EmptyInput = z.strictObject({})

/** A household member activates the log-in their worker made: the one-time code, and a password of their own. */
export const ActivateInput = z.strictObject({
  email: z.string().trim().toLowerCase().min(1, { error: 'errors.required' }).max(254),
  code: z.string().trim().min(1, { error: 'errors.required' }).max(40),
  password: NewPassword,
})
export type ActivateInput = z.infer<typeof ActivateInput>

/** A six-digit code from the authenticator app, or one of the ten recovery codes ("ABCD-EFGH"). */
export const SecondFactorInput = z.strictObject({
  code: z.string().trim().min(1, { error: 'errors.required' }).max(20),
})
export type SecondFactorInput = z.infer<typeof SecondFactorInput>

/**
 * What a correct password leads to: straight in, the second factor first, or (for a role that must have one and
 * has none yet) setting up two-factor log-in first. Until then no session exists.
 */
export const LoginResult = z.discriminatedUnion('status', [
  z.object({ status: z.literal('signedIn'), me: Me }),
  z.object({ status: z.literal('secondFactor') }),
  z.object({ status: z.literal('enrol') }),
])
export type LoginResult = z.infer<typeof LoginResult>

/** A new authenticator secret: the QR code (an SVG data URL made on the server) and the key to type instead. */
export const TotpSetup = z.object({
  qrCode: z.string(),
  /** Base32, in groups of four, for typing into an app that cannot scan. */
  secret: z.string(),
  issuer: z.string(),
  account: z.string(),
})
export type TotpSetup = z.infer<typeof TotpSetup>

/** Ten one-time recovery codes, shown once: only their hashes are kept. */
export const RecoveryCodes = z.object({ recoveryCodes: z.array(z.string()) })
export type RecoveryCodes = z.infer<typeof RecoveryCodes>

export const EnrolledLogin = z.object({ me: Me, recoveryCodes: z.array(z.string()) })
export type EnrolledLogin = z.infer<typeof EnrolledLogin>

export const authApi = {
  login: { method: 'POST', path: '/api/auth/login', body: LoginInput, response: LoginResult },
  /** The second step of a log-in with two-factor: needs the short-lived log-in cookie from the first step. */
  loginSecondFactor: {
    method: 'POST',
    path: '/api/auth/login/second-factor',
    body: SecondFactorInput,
    response: Me,
  },
  /** For a log-in that must set up two-factor first: a new secret as a QR code (the same one until confirmed). */
  loginEnrolment: { method: 'GET', path: '/api/auth/login/enrolment', response: TotpSetup },
  loginEnrol: {
    method: 'POST',
    path: '/api/auth/login/enrolment',
    body: SecondFactorInput,
    response: EnrolledLogin,
  },
  logout: { method: 'POST', path: '/api/auth/logout', body: EmptyInput, response: NoContent, status: 204 },
  me: { method: 'GET', path: '/api/auth/me', response: Me },
  activate: { method: 'POST', path: '/api/auth/activate', body: ActivateInput, response: Me },
  updateMe: { method: 'PATCH', path: '/api/auth/me', body: UpdateMeInput, response: Me },
  changePassword: {
    method: 'POST',
    path: '/api/auth/password',
    body: ChangePasswordInput,
    response: NoContent,
    status: 204,
  },
} as const satisfies Record<string, RouteSpec>
