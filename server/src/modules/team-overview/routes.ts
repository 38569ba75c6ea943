import type { FastifyInstance } from 'fastify'
import { teamOverviewApi } from '#shared/contracts/team-overview'
import { addRoute } from '../../lib/routes.ts'
import * as service from './service.ts'

export async function teamOverviewRoutes(app: FastifyInstance) {
  addRoute(app, teamOverviewApi.overview, (_input, ctx) => service.teamOverview(ctx))
}
