import type { z } from 'zod'
import type { ApiError, ErrorCode, RouteSpec } from '#shared/contracts/common'

// No value imports from the contracts here: this module is part of the app shell, which loads without zod (and
// without the contracts). The error shape and the log-in routes are imported when a reply needs them; by then the
// route being called has loaded them already.

/** A reply outside 2xx, in the one error shape the server answers with. */
export class ApiRequestError extends Error {
  readonly status: number
  readonly code: string
  readonly fieldErrors: Record<string, string>
  readonly missing: string[]
  /** For CHECKPOINT_MISSING: each unmet checkpoint, what is missing, why and how to resolve it. */
  readonly checkpoints: NonNullable<ApiError['checkpoints']>
  /** From the Retry-After header of a 429, in seconds. */
  readonly retryAfterSeconds: number | undefined

  constructor(status: number, body: ApiError, retryAfterSeconds?: number) {
    super(body.message)
    this.name = 'ApiRequestError'
    this.status = status
    this.code = body.code
    this.fieldErrors = body.fieldErrors ?? {}
    this.missing = body.missing ?? []
    this.checkpoints = body.checkpoints ?? []
    this.retryAfterSeconds = retryAfterSeconds
  }
}

/** The server could not be reached at all (offline, server down). The UI shows `errors.network`. */
export class NetworkError extends Error {
  constructor(cause: unknown) {
    super('Network request failed', { cause })
    this.name = 'NetworkError'
  }
}

/** The reply did not match the contract: client and server have drifted apart. */
export class ContractDriftError extends Error {
  constructor(route: RouteSpec, issues: unknown) {
    super(`Reply of ${route.method} ${route.path} does not match its contract`, { cause: issues })
    this.name = 'ContractDriftError'
  }
}

type SchemaOf<R, K extends string> = R extends { [P in K]: infer S extends z.ZodType } ? S : never

type ParamsInput<R> = [SchemaOf<R, 'params'>] extends [never]
  ? { params?: never }
  : { params: { [K in keyof z.output<SchemaOf<R, 'params'>>]: string | number } }

type QueryInput<R> = [SchemaOf<R, 'query'>] extends [never]
  ? { query?: never }
  : { query?: Partial<Record<keyof z.output<SchemaOf<R, 'query'>>, string | number | undefined>> }

type BodyInput<R> = [SchemaOf<R, 'body'>] extends [never]
  ? { body?: never }
  : { body: z.input<SchemaOf<R, 'body'>> }

export type ApiInput<R extends RouteSpec> = ParamsInput<R> & QueryInput<R> & BodyInput<R>

export type ApiOutput<R extends RouteSpec> = R extends { status: 204 } ? undefined : z.output<R['response']>

/**
 * A route whose contract is imported on its first call. For the app shell (who am I, log out), so that the first
 * load carries no zod; pages call their contract's routes directly. See lib/auth-routes.ts.
 */
export type LazyRoute<R extends RouteSpec> = { readonly load: () => Promise<R> }

export function lazyRoute<R extends RouteSpec>(load: () => Promise<R>): LazyRoute<R> {
  return { load }
}

type UnauthenticatedHandler = () => void
let unauthenticatedHandler: UnauthenticatedHandler = () => {}

/**
 * Registers what happens when the session has ended (a 401 on any call but log-in and "who am I"):
 * the app clears the cached user, and the route guard sends the user to the log-in page.
 */
export function onUnauthenticated(handler: UnauthenticatedHandler) {
  unauthenticatedHandler = handler
}

let currentLanguage = 'nl'
/** Anonymous requests (log-in) are answered in this language; logged-in ones in the user's own. */
export function setRequestLanguage(language: string) {
  currentLanguage = language
}

export function buildUrl(route: RouteSpec, params?: Record<string, string | number>, query?: object): string {
  const path = route.path.replace(/:(\w+)/g, (_, name: string) => {
    const value = params?.[name]
    if (value === undefined) throw new Error(`Missing path parameter "${name}" for ${route.path}`)
    return encodeURIComponent(String(value))
  })
  const search = new URLSearchParams()
  for (const [key, value] of Object.entries(query ?? {})) {
    if (value === undefined || value === null || value === '') continue
    search.set(key, String(value))
  }
  const queryString = search.toString()
  return queryString ? `${path}?${queryString}` : path
}

/**
 * The one way the client talks to the server: builds the URL from the route table, sends JSON, and parses the
 * reply with the route's own response schema, so a contract that drifted fails loudly instead of rendering junk.
 */
export async function callApi<R extends RouteSpec>(
  routeOrLazy: R | LazyRoute<R>,
  input: ApiInput<R>,
): Promise<ApiOutput<R>> {
  const route = 'load' in routeOrLazy ? await routeOrLazy.load() : routeOrLazy
  const { params, query, body } = input as {
    params?: Record<string, string | number>
    query?: object
    body?: unknown
  }
  const stateChanging = route.method !== 'GET'
  const headers: Record<string, string> = { Accept: 'application/json', 'Accept-Language': currentLanguage }
  if (stateChanging) headers['Content-Type'] = 'application/json'

  let response: Response
  try {
    response = await fetch(buildUrl(route, params, query), {
      method: route.method,
      credentials: 'same-origin',
      headers,
      // The server refuses a state-changing request without a JSON body (its CSRF defence), so send {} at least.
      body: stateChanging ? JSON.stringify(body ?? {}) : undefined,
    })
  } catch (cause) {
    throw new NetworkError(cause)
  }

  if (!response.ok) {
    const error = new ApiRequestError(
      response.status,
      await readErrorBody(response),
      parseRetryAfter(response.headers.get('Retry-After')),
    )
    if (response.status === 401 && !(await isSessionProbe(route))) unauthenticatedHandler()
    throw error
  }

  if (response.status === 204) return undefined as ApiOutput<R>
  let json: unknown
  try {
    json = await response.json()
  } catch (cause) {
    throw new ContractDriftError(route, cause)
  }
  const parsed = route.response.safeParse(json)
  if (!parsed.success) {
    console.error(new ContractDriftError(route, parsed.error.issues), parsed.error.issues)
    throw new ContractDriftError(route, parsed.error.issues)
  }
  return parsed.data as ApiOutput<R>
}

/** Log-in, activation and "who am I" answer 401 as a normal outcome; that is not a session that ended. */
async function isSessionProbe(route: RouteSpec) {
  const { authApi } = await import('#shared/contracts/auth')
  // Log-in steps answer 401 when the step expired: a normal outcome there, not a session that ended.
  return [
    authApi.login,
    authApi.activate,
    authApi.me,
    authApi.loginSecondFactor,
    authApi.loginEnrolment,
    authApi.loginEnrol,
  ].some((probe) => probe.method === route.method && probe.path === route.path)
}

async function readErrorBody(response: Response): Promise<ApiError> {
  try {
    const body: unknown = await response.json()
    const { ApiError } = await import('#shared/contracts/common')
    const parsed = ApiError.safeParse(body)
    if (parsed.success) return parsed.data
  } catch {
    // Not JSON, e.g. a proxy's HTML error page (or the contract could not be loaded): fall through to a code
    // the UI can translate.
  }
  return { code: response.status >= 500 ? 'INTERNAL' : 'UNKNOWN', message: '' }
}

/** Retry-After is either a number of seconds or an HTTP date. */
export function parseRetryAfter(header: string | null): number | undefined {
  if (!header) return undefined
  const seconds = Number(header)
  if (Number.isFinite(seconds)) return Math.max(0, seconds)
  const date = Date.parse(header)
  return Number.isNaN(date) ? undefined : Math.max(0, Math.round((date - Date.now()) / 1000))
}

export function isNotFound(error: unknown): boolean {
  return error instanceof ApiRequestError && error.status === 404
}

const checkpointMissing: ErrorCode = 'CHECKPOINT_MISSING'

/** A 409 CHECKPOINT_MISSING: the action was refused, and `checkpoints` (or `missing`) says what to do first. */
export function isCheckpointRefusal(error: unknown): error is ApiRequestError {
  return error instanceof ApiRequestError && error.code === checkpointMissing
}

/** Server errors carry a message already translated for this user; anything else gets a plain sentence. */
export function errorText(error: unknown, t: (key: 'errors.network' | 'errors.generic') => string): string {
  if (error instanceof NetworkError) return t('errors.network')
  if (error instanceof ApiRequestError && error.message) return error.message
  return t('errors.generic')
}
