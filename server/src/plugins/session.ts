import type { FastifyInstance } from 'fastify'
import { cookieName, hashSessionId, sessionLimits } from '../modules/auth/session-token.ts'
import { deleteSession, findSessionWithUser, touchSession } from '../modules/auth/repo.ts'
import { Unauthenticated } from './errors.ts'
import { actorFromSession } from '../modules/auth/actor.ts'

/**
 * Reads the session cookie on every request and sets `request.actor`. Expired sessions (30 minutes idle or 12
 * hours after log-in) are removed. Every /api route needs a session unless it says `config: { public: true }`:
 * deny by default.
 */
export function registerSessions(app: FastifyInstance) {
  const name = cookieName(app.config.TLS)

  app.addHook('onRequest', async (request) => {
    request.actor = null
    const sessionId = request.cookies[name]
    if (!sessionId) return
    const idHash = hashSessionId(app.config.SESSION_SECRET, sessionId)
    const row = findSessionWithUser(app.db, idHash)
    if (!row) return
    const now = app.clock.now().getTime()
    const lastSeen = Date.parse(row.last_seen_at)
    if (
      now - lastSeen > sessionLimits.idleMs ||
      now - Date.parse(row.created_at) > sessionLimits.absoluteMs
    ) {
      deleteSession(app.db, idHash)
      return
    }
    if (now - lastSeen > sessionLimits.touchEveryMs) touchSession(app.db, idHash, new Date(now).toISOString())
    request.actor = actorFromSession(row)
  })

  app.addHook('preHandler', async (request) => {
    if (!request.url.startsWith('/api/')) return
    if (request.routeOptions.config.public) return
    if (!request.actor) throw Unauthenticated()
  })
}

export function sessionCookieOptions(tls: boolean) {
  return { httpOnly: true, sameSite: 'strict', secure: tls, path: '/' } as const
}
