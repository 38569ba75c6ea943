import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify'
import { buildApp } from '../../server/src/app.ts'
import { ConfigSchema, type Config } from '../../server/src/plugins/config.ts'
import { manualClock } from '../../server/src/lib/clock.ts'
import type { Db } from '../../server/src/db/client.ts'
import { freshDatabase } from './db.ts'

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
    SESSION_SECRET: 'test-secret-that-is-long-enough-0123456789',
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

/** A browser-like client: keeps the session cookie, sends JSON with a same-origin Origin header. */
export type Client = {
  cookie: string | undefined
  request: (options: InjectOptions) => Promise<LightMyRequestResponse>
  get: (url: string) => Promise<LightMyRequestResponse>
  post: (url: string, payload?: unknown) => Promise<LightMyRequestResponse>
  patch: (url: string, payload?: unknown) => Promise<LightMyRequestResponse>
  put: (url: string, payload?: unknown) => Promise<LightMyRequestResponse>
}

export function client(app: FastifyInstance): Client {
  const c: Client = {
    cookie: undefined,
    async request(options) {
      const headers: Record<string, string> = {
        origin: testOrigin,
        ...(options.payload !== undefined ? { 'content-type': 'application/json' } : {}),
        ...(c.cookie ? { cookie: c.cookie } : {}),
        ...(options.headers as Record<string, string> | undefined),
      }
      const res = await app.inject({ ...options, headers })
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

export async function loginAs(app: FastifyInstance, email: string, password: string): Promise<Client> {
  const c = client(app)
  const res = await c.post('/api/auth/login', { email, password })
  if (res.statusCode !== 200) throw new Error(`Log-in as ${email} failed: ${res.statusCode} ${res.body}`)
  return c
}
