import type { FastifyInstance } from 'fastify'
import { authApi } from '#shared/contracts/auth'
import { addRoute } from '../../lib/routes.ts'
import { sessionCookieOptions } from '../../plugins/session.ts'
import { challengeCookieName, cookieName } from './session-token.ts'
import * as service from './service.ts'

export async function authRoutes(app: FastifyInstance) {
  const name = cookieName(app.config.TLS)
  const cookieOptions = sessionCookieOptions(app.config.TLS)
  const challengeName = challengeCookieName(app.config.TLS)
  const challengeOptions = { ...cookieOptions, maxAge: 10 * 60 }

  addRoute(
    app,
    authApi.login,
    async ({ body }, ctx, { request, reply }) => {
      const outcome = await service.logIn(ctx, app.loginThrottle, body, request.cookies[name])
      if ('sessionId' in outcome) {
        reply.setCookie(name, outcome.sessionId, cookieOptions)
        reply.clearCookie(challengeName, cookieOptions)
      } else reply.setCookie(challengeName, outcome.challengeId, challengeOptions)
      return outcome.result
    },
    { public: true },
  )

  addRoute(
    app,
    authApi.loginSecondFactor,
    ({ body }, ctx, { request, reply }) => {
      const { sessionId, me } = service.logInSecondFactor(
        ctx,
        app.loginThrottle,
        body,
        request.cookies[challengeName],
        request.cookies[name],
      )
      reply.setCookie(name, sessionId, cookieOptions)
      reply.clearCookie(challengeName, cookieOptions)
      return me
    },
    { public: true },
  )

  addRoute(
    app,
    authApi.loginEnrolment,
    (_input, ctx, { request }) => service.loginEnrolment(ctx, request.cookies[challengeName]),
    { public: true },
  )

  addRoute(
    app,
    authApi.loginEnrol,
    ({ body }, ctx, { request, reply }) => {
      const { sessionId, result } = service.logInWithEnrolment(
        ctx,
        app.loginThrottle,
        body,
        request.cookies[challengeName],
        request.cookies[name],
      )
      reply.setCookie(name, sessionId, cookieOptions)
      reply.clearCookie(challengeName, cookieOptions)
      return result
    },
    { public: true },
  )

  addRoute(
    app,
    authApi.activate,
    async ({ body }, ctx, { request, reply }) => {
      const { sessionId, me } = await service.activate(ctx, app.loginThrottle, body, request.cookies[name])
      reply.setCookie(name, sessionId, cookieOptions)
      return me
    },
    { public: true },
  )

  addRoute(app, authApi.logout, (_input, ctx, { reply }) => {
    service.logOut(ctx)
    reply.clearCookie(name, cookieOptions)
    return null
  })

  addRoute(app, authApi.me, (_input, ctx) => service.getMe(ctx))
  addRoute(app, authApi.updateMe, ({ body }, ctx) => service.updateMe(ctx, body))
  addRoute(app, authApi.changePassword, async ({ body }, ctx) => {
    await service.changePassword(ctx, body)
    return null
  })
}
