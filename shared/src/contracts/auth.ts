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

export const authApi = {
  login: { method: 'POST', path: '/api/auth/login', body: LoginInput, response: Me },
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
