import type { FastifyInstance } from 'fastify'
import { adminApi } from '#shared/contracts/admin'
import { addRoute } from '../../lib/routes.ts'
import * as service from './service.ts'

export async function userRoutes(app: FastifyInstance) {
  addRoute(app, adminApi.listUsers, ({ query }, ctx) => service.listUsers(ctx, query))
  addRoute(app, adminApi.createUser, ({ body }, ctx) => service.createUser(ctx, body))
  addRoute(app, adminApi.assignTeam, ({ params, body }, ctx) => service.assignTeam(ctx, params.userId, body))
  addRoute(app, adminApi.deactivateUser, ({ params }, ctx) => service.deactivateUser(ctx, params.userId))
  addRoute(app, adminApi.resetTwoFactor, ({ params }, ctx) => service.resetTwoFactor(ctx, params.userId))
}
