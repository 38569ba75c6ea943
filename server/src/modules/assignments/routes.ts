import type { FastifyInstance } from 'fastify'
import { requestsApi } from '#shared/contracts/requests'
import { addRoute } from '../../lib/routes.ts'
import * as service from './service.ts'

export async function assignmentRoutes(app: FastifyInstance) {
  addRoute(app, requestsApi.transfer, ({ params, body }, ctx) =>
    service.transferCase(ctx, params.householdId, body),
  )
  addRoute(app, requestsApi.acceptTransfer, ({ params }, ctx) =>
    service.decideOnTransfer(ctx, params.transferId, 'accepted'),
  )
  addRoute(app, requestsApi.declineTransfer, ({ params }, ctx) =>
    service.decideOnTransfer(ctx, params.transferId, 'declined'),
  )
}
