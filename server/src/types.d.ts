import 'fastify'
import type { Db } from './db/client.ts'
import type { Clock } from './lib/clock.ts'
import type { Config } from './plugins/config.ts'
import type { Actor } from './plugins/context.ts'
import type { LoginThrottle } from './modules/auth/login-throttle.ts'
import type { ReadingWatch } from './modules/reading-signals/reading-watch.ts'

declare module 'fastify' {
  interface FastifyInstance {
    db: Db
    clock: Clock
    config: Config
    loginThrottle: LoginThrottle
    readingWatch: ReadingWatch
  }
  interface FastifyRequest {
    actor: Actor | null
    /** Group commits holding this request's read audits; the reply waits for them (plugins/audit.ts). */
    auditCommits: Promise<void>[] | null
  }
  interface FastifyContextConfig {
    /** Reachable without a session (log-in, health). Everything else under /api needs one. */
    public?: boolean
  }
}
