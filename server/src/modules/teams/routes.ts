import type { FastifyInstance } from 'fastify'
import { adminApi } from '#shared/contracts/admin'
import { addRoute } from '../../lib/routes.ts'
import * as service from './service.ts'

export async function teamRoutes(app: FastifyInstance) {
  addRoute(app, adminApi.listTeams, (_input, ctx) => service.listTeams(ctx))
  addRoute(app, adminApi.createTeam, ({ body }, ctx) => service.createTeam(ctx, body))
  addRoute(app, adminApi.listNeighbourhoods, (_input, ctx) => service.listNeighbourhoods(ctx))
  addRoute(app, adminApi.createNeighbourhood, ({ body }, ctx) => service.createNeighbourhood(ctx, body))
}
