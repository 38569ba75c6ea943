import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify'
import { buildApp } from '../../server/src/app.ts'
import { ConfigSchema, type Config } from '../../server/src/plugins/config.ts'
import { manualClock } from '../../server/src/lib/clock.ts'
import type { Db } from '../../server/src/db/client.ts'
import { freshDatabase } from './db.ts'
import { codeAt, stepAt } from '../../server/src/modules/auth/two-factor.ts'
import { testSecondFactorSecret, testSessionSecret } from './second-factor.ts'

export const testOrigin = 'http://localhost:80'

export type TestApp = {
  app: FastifyInstance
  db: Db
  dbPath: string
  clock: ReturnType<typeof manualClock>
  close: () => Promise<void>
}

export function testConfig(dbPath: string, overrides: Partial<Config> = {}): Config {
  return {
    ...ConfigSchema.parse({ DATABASE_PATH: dbPath, LOG_LEVEL: 'silent' }),
    SESSION_SECRET: testSessionSecret,
    ...overrides,
  }
}

/** The real app on a fresh copy of the migrated database, with a clock the test controls. */
export async function buildTestApp(
  options: { now?: string; config?: Partial<Config>; clientDir?: string } = {},
): Promise<TestApp> {
  const { db, path } = freshDatabase()
  const clock = manualClock(options.now ?? '2026-11-23T09:00:00Z')
  const app = await buildApp({
    config: testConfig(path, options.config),
    db,
    clock,
    logger: false,
    clientDir: options.clientDir ?? '/nonexistent',
  })
  await app.ready()
  return {
    app,
    db,
    dbPath: path,
    clock,
    close: async () => {
      await app.close()
      db.$client.close()
    },
  }
}

/** A browser-like client: keeps its cookies, sends JSON with a same-origin Origin header. */
export type Client = {
  /** The session cookie as a Cookie header value, when there is one. */
  cookie: string | undefined
  cookies: Map<string, string>
  request: (options: InjectOptions) => Promise<LightMyRequestResponse>
  get: (url: string) => Promise<LightMyRequestResponse>
  post: (url: string, payload?: unknown) => Promise<LightMyRequestResponse>
  patch: (url: string, payload?: unknown) => Promise<LightMyRequestResponse>
  put: (url: string, payload?: unknown) => Promise<LightMyRequestResponse>
}

export function client(app: FastifyInstance): Client {
  const c: Client = {
    cookie: undefined,
    cookies: new Map(),
    async request(options) {
      const jar = [...c.cookies].map(([name, value]) => `${name}=${value}`)
      // A test may set or clear the session cookie by hand.
      const sessionInJar = [...c.cookies.keys()].find((name) => name.endsWith('naast_session'))
      const withoutSession = jar.filter((entry) => !sessionInJar || !entry.startsWith(`${sessionInJar}=`))
      const cookieHeader = [...withoutSession, ...(c.cookie ? [c.cookie] : [])].join('; ')
      const headers: Record<string, string> = {
        origin: testOrigin,
        ...(options.payload !== undefined ? { 'content-type': 'application/json' } : {}),
        ...(cookieHeader ? { cookie: cookieHeader } : {}),
        ...(options.headers as Record<string, string> | undefined),
      }
      const res = await app.inject({ ...options, headers })
      for (const k of res.cookies) {
        if (k.value) c.cookies.set(k.name, k.value)
        else c.cookies.delete(k.name)
      }
      const setCookie = res.cookies.find((k) => k.name.endsWith('naast_session'))
      if (setCookie) c.cookie = setCookie.value ? `${setCookie.name}=${setCookie.value}` : undefined
      return res
    },
    get: (url) => c.request({ method: 'GET', url }),
    post: (url, payload = {}) =>
      c.request({ method: 'POST', url, payload: payload as InjectOptions['payload'] }),
    patch: (url, payload = {}) =>
      c.request({ method: 'PATCH', url, payload: payload as InjectOptions['payload'] }),
    put: (url, payload = {}) =>
      c.request({ method: 'PUT', url, payload: payload as InjectOptions['payload'] }),
  }
  return c
}

/**
 * Logs in as a user would, second factor included: the code comes from the fixed test secret (factories.ts) at the
 * app's clock. A code works once, so when this user already used the current 30 seconds the manual clock moves on
 * to the next code, as a person would wait for it.
 */
export async function loginAs(app: FastifyInstance, email: string, password: string): Promise<Client> {
  const c = client(app)
  const res = await c.post('/api/auth/login', { email, password })
  if (res.statusCode !== 200) throw new Error(`Log-in as ${email} failed: ${res.statusCode} ${res.body}`)
  const status = (res.json() as { status: string }).status
  if (status === 'signedIn') return c
  const secret = testSecondFactorSecret(email)
  if (status === 'enrol') {
    const setup = await c.get('/api/auth/login/enrolment')
    const pending = (setup.json() as { secret: string }).secret.replace(/\s+/g, '')
    const done = await c.post('/api/auth/login/enrolment', { code: codeAt(pending, app.clock.now()) })
    if (done.statusCode !== 200)
      throw new Error(`Enrolment of ${email} failed: ${done.statusCode} ${done.body}`)
    return c
  }
  waitForUnusedCode(app, email)
  const second = await c.post('/api/auth/login/second-factor', { code: codeAt(secret, app.clock.now()) })
  if (second.statusCode !== 200)
    throw new Error(`Second factor of ${email} failed: ${second.statusCode} ${second.body}`)
  return c
}

function waitForUnusedCode(app: FastifyInstance, email: string) {
  const row = app.db.$client
    .prepare('SELECT totp_last_step AS step FROM users WHERE email = ?')
    .get(email) as { step: number | null } | undefined
  const clock = app.clock as Partial<ReturnType<typeof manualClock>>
  if (row?.step != null && row.step >= stepAt(app.clock.now()) && clock.advance) {
    clock.advance((row.step - stepAt(app.clock.now()) + 1) * 30_000)
  }
}
