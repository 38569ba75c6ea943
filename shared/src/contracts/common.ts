import { z } from 'zod'
import { isValidIsoDate } from '../domain/age.ts'

/**
 * Messages for the common mistakes are i18n keys, so server and client show the same words in the user's
 * language. A schema's own `error` still wins.
 */
z.config({
  // In the browser the CSP forbids eval: zod would try `new Function` once and cause a CSP violation report.
  jitless: typeof window !== 'undefined',
  customError: (issue) => {
    if (issue.code === 'invalid_type' && issue.input === undefined) return 'errors.required'
    if (issue.code === 'too_big' && issue.origin === 'string') return 'errors.tooLong'
    if (issue.code === 'too_small' && issue.origin === 'string') return 'errors.required'
    if (issue.code === 'invalid_value') return 'errors.chooseOption'
    return undefined
  },
})

export const Id = z.number().int().positive()
export type Id = z.infer<typeof Id>

/**
 * Ids arrive as path segments: decimal digits only (`Number()` alone would also take "0x1" or "1e3" as an id).
 */
export const IdParam = z
  .string()
  .regex(/^[1-9][0-9]{0,15}$/, { error: 'errors.invalidValue' })
  .transform(Number)
  .pipe(z.number().int().positive().max(Number.MAX_SAFE_INTEGER))

export const IsoDate = z.string().refine(isValidIsoDate, { error: 'errors.invalidDate' })
export const IsoDateTime = z.string()

/** The one error shape every failing API call answers with. */
export const ApiError = z.object({
  code: z.string(),
  message: z.string(),
  fieldErrors: z.record(z.string(), z.string()).optional(),
  missing: z.array(z.string()).optional(),
  /** For CHECKPOINT_MISSING from the route's checkpoints: each unmet one, what is missing, why, how to resolve. */
  checkpoints: z
    .array(
      z.object({
        id: z.string(),
        what: z.string(),
        why: z.string(),
        resolve: z.string(),
        source: z.string(),
      }),
    )
    .optional(),
})
export type ApiError = z.infer<typeof ApiError>

export const ErrorCode = {
  invalid: 'INVALID',
  unauthenticated: 'UNAUTHENTICATED',
  forbidden: 'FORBIDDEN',
  notFound: 'NOT_FOUND',
  conflict: 'CONFLICT',
  checkpointMissing: 'CHECKPOINT_MISSING',
  tooManyRequests: 'TOO_MANY_REQUESTS',
  unsupportedMediaType: 'UNSUPPORTED_MEDIA_TYPE',
  payloadTooLarge: 'PAYLOAD_TOO_LARGE',
  internal: 'INTERNAL',
} as const
export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode]

/** Keyset pagination: the cursor is opaque to the client. */
export const PageQuery = z.strictObject({
  cursor: z.string().max(200).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(25),
})

export function pageOf<T extends z.ZodType>(item: T) {
  return z.object({ items: z.array(item), nextCursor: z.string().nullable() })
}

export const NoContent = z.null()

/** Describes one route once; the server registers it and the client calls it from the same entry. */
export type RouteSpec = {
  method: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE'
  path: string
  params?: z.ZodType
  query?: z.ZodType
  body?: z.ZodType
  response: z.ZodType
  /** Status of a successful reply. */
  status?: 200 | 201 | 204
}
