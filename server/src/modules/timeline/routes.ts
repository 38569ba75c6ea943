import type { FastifyInstance } from 'fastify'
import { timelineApi } from '#shared/contracts/timeline'
import { addRoute } from '../../lib/routes.ts'
import * as service from './service.ts'

export async function timelineRoutes(app: FastifyInstance) {
  addRoute(app, timelineApi.get, ({ params }, ctx) => service.getTimeline(ctx, params.householdId))
}
