import type { FastifyInstance } from 'fastify'
import { caseRouteApi } from '#shared/contracts/case-route'
import { addRoute } from '../../lib/routes.ts'
import * as service from './service.ts'

export async function caseRouteRoutes(app: FastifyInstance) {
  addRoute(app, caseRouteApi.route, ({ params }, ctx) => service.getRoute(ctx, params.householdId))
  addRoute(app, caseRouteApi.close, ({ params, body }, ctx) =>
    service.closeCase(ctx, params.householdId, body),
  )
}
