import type { FastifyInstance } from 'fastify'
import { accountApi } from '#shared/contracts/account'
import { addRoute } from '../../lib/routes.ts'
import * as service from './service.ts'

export async function accountRoutes(app: FastifyInstance) {
  addRoute(app, accountApi.twoFactor, (_input, ctx) => service.twoFactor(ctx))
  addRoute(app, accountApi.setupTwoFactor, (_input, ctx) => service.setUp(ctx))
  addRoute(app, accountApi.confirmTwoFactor, ({ body }, ctx) => service.confirm(ctx, app.loginThrottle, body))
  addRoute(app, accountApi.newRecoveryCodes, ({ body }, ctx) =>
    service.newRecoveryCodes(ctx, app.loginThrottle, body),
  )
  addRoute(app, accountApi.disableTwoFactor, async ({ body }, ctx) => {
    await service.disable(ctx, body)
    return null
  })
  addRoute(app, accountApi.sessions, (_input, ctx) => service.sessions(ctx))
  addRoute(app, accountApi.endSession, ({ params }, ctx) => {
    service.endSession(ctx, params.sessionId)
    return null
  })
}
