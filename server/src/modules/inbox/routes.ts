import type { FastifyInstance } from 'fastify'
import { requestsApi } from '#shared/contracts/requests'
import { addRoute } from '../../lib/routes.ts'
import * as service from './service.ts'

export async function inboxRoutes(app: FastifyInstance) {
  addRoute(app, requestsApi.inbox, (_input, ctx) => service.getInbox(ctx))
  addRoute(app, requestsApi.pickUp, ({ params }, ctx) => service.pickUpAndShowInbox(ctx, params.householdId))
}
