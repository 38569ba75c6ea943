import type { FastifyInstance } from 'fastify'
import { requestsApi } from '#shared/contracts/requests'
import { addRoute } from '../../lib/routes.ts'
import * as service from './service.ts'

export async function requestRoutes(app: FastifyInstance) {
  addRoute(app, requestsApi.register, ({ body }, ctx) => service.registerRequest(ctx, body))
  addRoute(app, requestsApi.duplicates, ({ query }, ctx) => service.findPossibleDuplicates(ctx, query))
  addRoute(app, requestsApi.get, ({ params }, ctx) => service.getRequest(ctx, params.requestId))
  addRoute(app, requestsApi.makeAppointment, ({ params, body }, ctx) =>
    service.makeAppointment(ctx, params.requestId, body),
  )
  addRoute(app, requestsApi.recordAppointmentOutcome, ({ params, body }, ctx) =>
    service.recordAppointmentOutcome(ctx, params.requestId, body.outcome),
  )
  addRoute(app, requestsApi.triage, ({ params, body }, ctx) =>
    service.triageRequest(ctx, params.requestId, body),
  )
  addRoute(app, requestsApi.assignTriage, ({ params, body }, ctx) =>
    service.assignTriageWorker(ctx, params.requestId, body.workerId),
  )
  addRoute(app, requestsApi.householdRequests, ({ params }, ctx) =>
    service.listHouseholdRequests(ctx, params.householdId),
  )
  addRoute(app, requestsApi.teamOverview, ({ query }, ctx) => service.teamRequestOverview(ctx, query.status))
}
