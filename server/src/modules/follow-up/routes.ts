import type { FastifyInstance } from 'fastify'
import { followUpApi } from '#shared/contracts/follow-up'
import { addRoute } from '../../lib/routes.ts'
import * as service from './service.ts'

export async function followUpRoutes(app: FastifyInstance) {
  addRoute(app, followUpApi.get, ({ params }, ctx) => service.getFollowUp(ctx, params.householdId))
  addRoute(app, followUpApi.setPhase, ({ params, body }, ctx) =>
    service.setPhase(ctx, params.householdId, body),
  )
  addRoute(app, followUpApi.checkIn, ({ params, body }, ctx) =>
    service.recordCheckIn(ctx, params.householdId, body),
  )
  addRoute(app, followUpApi.reopen, ({ params, body }, ctx) =>
    service.reopen(ctx, params.householdId, body.reason),
  )
  addRoute(app, followUpApi.due, (_input, ctx) => service.myDueCheckIns(ctx))
}
