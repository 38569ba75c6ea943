import type { FastifyRequest } from 'fastify'
import type { Db } from '../db/client.ts'
import type { Clock } from '../lib/clock.ts'
import type { Role } from '#shared/domain/roles'
import type { Language } from '#shared/domain/dates'
import type { Config } from './config.ts'
import type { ReadingWatch } from '../modules/reading-signals/reading-watch.ts'

/** The logged-in user behind a request. */
export type Actor = {
  userId: number
  role: Role
  name: string
  email: string
  teamId: number | null
  personId: number | null
  /** Household users only: the household of the person they are. */
  householdId: number | null
  language: Language
  sessionIdHash: string
}

/** What every service function receives: who asks, from where, and the app's database and clock. */
export type RequestContext = {
  db: Db
  clock: Clock
  config: Config
  actor: Actor | null
  clientAddress: string
  userAgent: string | null
  /** Told of every household a worker or supervisor is let into (unusual reading); absent outside a request. */
  readingWatch?: ReadingWatch
  /** During a request: read audits join a group commit, and the reply waits for it. Absent outside a request. */
  awaitAudit?: (committed: Promise<void>) => void
}

export function contextOf(request: FastifyRequest): RequestContext {
  const app = request.server
  return {
    db: app.db,
    clock: app.clock,
    config: app.config,
    actor: request.actor,
    clientAddress: request.ip,
    userAgent: request.headers['user-agent']?.slice(0, 300) ?? null,
    readingWatch: app.readingWatch,
    awaitAudit: (committed) => (request.auditCommits ??= []).push(committed),
  }
}

/** For services that require a logged-in user; the session plugin already refused anonymous requests. */
export function actorOf(ctx: RequestContext): Actor {
  if (!ctx.actor) throw new Error('A service that needs an actor was called without one')
  return ctx.actor
}
