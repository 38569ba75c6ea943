import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import { hasZodFastifySchemaValidationErrors, isResponseSerializationError } from 'fastify-type-provider-zod'
import { ErrorCode, type ApiError } from '#shared/contracts/common'
import { translate, isTranslationKey } from '#shared/i18n/index'
import type { Language } from '#shared/domain/dates'
import { checkpoints as checkpointTable, type CheckpointResult } from '#shared/domain/checkpoints'

/** Errors services throw; the handler below turns each into one HTTP status and the ApiError shape. */
export class AppError extends Error {
  constructor(
    readonly status: number,
    readonly code: ErrorCode,
    /** An i18n key (errors.*) or plain text. */
    readonly messageKey: string,
    readonly extra: {
      fieldErrors?: Record<string, string>
      missing?: string[]
      values?: Record<string, string | number>
      headers?: Record<string, string>
      checkpoints?: CheckpointResult[]
    } = {},
  ) {
    super(messageKey)
  }
}

export const NotFound = () => new AppError(404, ErrorCode.notFound, 'errors.notFound')
export const Forbidden = () => new AppError(403, ErrorCode.forbidden, 'errors.forbidden')
export const Unauthenticated = (key = 'errors.unauthenticated') =>
  new AppError(401, ErrorCode.unauthenticated, key)
export const Conflict = (key: string, values?: Record<string, string | number>) =>
  new AppError(409, ErrorCode.conflict, key, { values })
/** One or more fields are wrong: `fieldErrors` maps a field to an i18n key. */
export const Invalid = (fieldErrors: Record<string, string>) =>
  new AppError(400, ErrorCode.invalid, 'errors.invalidInput', { fieldErrors })
export const CheckpointMissing = (key: string, missing: string[]) =>
  new AppError(409, ErrorCode.checkpointMissing, key, { missing })
/** Blocking checkpoints of the route that are not met: each is explained (what, why, how to resolve, source). */
export const CheckpointsUnmet = (
  key: string,
  unmet: CheckpointResult[],
  fieldErrors?: Record<string, string>,
) => new AppError(409, ErrorCode.checkpointMissing, key, { checkpoints: unmet, fieldErrors })
export const TooManyRequests = (retryAfterSeconds: number) =>
  new AppError(429, ErrorCode.tooManyRequests, 'errors.tooManyAttempts', {
    values: { minutes: Math.max(1, Math.ceil(retryAfterSeconds / 60)) },
    headers: { 'retry-after': String(retryAfterSeconds) },
  })

/** The language to answer in: the user's own, else the browser's, else Dutch. */
export function replyLanguage(request: FastifyRequest): Language {
  if (request.actor) return request.actor.language
  const accept = request.headers['accept-language'] ?? ''
  return /^\s*en\b/i.test(accept) ? 'en' : 'nl'
}

function text(language: Language, key: string, values?: Record<string, string | number>) {
  return isTranslationKey(key) ? translate(language, key, values) : translate(language, 'errors.invalidValue')
}

/** What fastify-type-provider-zod makes of one zod issue. */
type ValidationIssue = { keyword: string; instancePath: string; message: string; params: { keys?: string[] } }

function fieldErrorsFromValidation(
  language: Language,
  issues: readonly ValidationIssue[],
): Record<string, string> {
  const fieldErrors: Record<string, string> = {}
  for (const issue of issues) {
    const path = issue.instancePath.split('/').filter(Boolean)
    if (issue.keyword === 'unrecognized_keys') {
      for (const key of issue.params.keys ?? [])
        fieldErrors[[...path, key].join('.')] = text(language, 'errors.unknownField')
      continue
    }
    const field = path.join('.') || '_'
    fieldErrors[field] ??= text(
      language,
      isTranslationKey(issue.message) ? issue.message : 'errors.invalidValue',
    )
  }
  return fieldErrors
}

/** Unmet checkpoints in the user's language: one `missing` line each, and the full explanation. */
function explainCheckpoints(language: Language, unmet: CheckpointResult[]) {
  const explained = unmet.map((c) => ({
    id: c.id,
    what: translate(language, `checkpoints.${c.id}.missing`, { names: c.detail.join(', ') }),
    why: translate(language, `checkpoints.${c.id}.why`),
    resolve: translate(language, `checkpoints.${c.id}.resolve`),
    source: checkpointTable[c.id].source,
  }))
  return { missing: explained.map((c) => c.what), checkpoints: explained }
}

export function registerErrorHandling(app: FastifyInstance) {
  app.setErrorHandler((error: FastifyError, request: FastifyRequest, reply: FastifyReply) => {
    const language = replyLanguage(request)
    const send = (status: number, body: ApiError, headers: Record<string, string> = {}) =>
      reply.code(status).headers(headers).send(body)

    if (error instanceof AppError) {
      const fieldErrors = error.extra.fieldErrors
        ? Object.fromEntries(Object.entries(error.extra.fieldErrors).map(([k, v]) => [k, text(language, v)]))
        : undefined
      return send(
        error.status,
        {
          code: error.code,
          message: text(language, error.messageKey, error.extra.values),
          ...(fieldErrors ? { fieldErrors } : {}),
          ...(error.extra.missing ? { missing: error.extra.missing } : {}),
          ...(error.extra.checkpoints ? explainCheckpoints(language, error.extra.checkpoints) : {}),
        },
        error.extra.headers,
      )
    }
    if (hasZodFastifySchemaValidationErrors(error)) {
      return send(400, {
        code: ErrorCode.invalid,
        message: text(language, 'errors.invalidInput'),
        fieldErrors: fieldErrorsFromValidation(language, error.validation as unknown as ValidationIssue[]),
      })
    }
    if (isResponseSerializationError(error)) {
      request.log.error({ err: error }, 'reply did not match its contract')
      return send(500, { code: ErrorCode.internal, message: text(language, 'errors.internal') })
    }
    switch (error.code) {
      case 'FST_ERR_CTP_BODY_TOO_LARGE':
        return send(413, {
          code: ErrorCode.payloadTooLarge,
          message: text(language, 'errors.payloadTooLarge'),
        })
      case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
        return send(415, {
          code: ErrorCode.unsupportedMediaType,
          message: text(language, 'errors.unsupportedMediaType'),
        })
      case 'FST_ERR_CTP_EMPTY_JSON_BODY':
      case 'FST_ERR_CTP_INVALID_JSON_BODY':
        return send(400, { code: ErrorCode.invalid, message: text(language, 'errors.invalidJson') })
    }
    if (error.statusCode === 400 && error.code?.startsWith('FST_ERR')) {
      return send(400, { code: ErrorCode.invalid, message: text(language, 'errors.invalidInput') })
    }
    if (error instanceof SyntaxError) {
      return send(400, { code: ErrorCode.invalid, message: text(language, 'errors.invalidJson') })
    }
    // Never show internals; the log has them.
    request.log.error({ err: error }, 'unexpected error')
    return send(500, { code: ErrorCode.internal, message: text(language, 'errors.internal') })
  })
}
