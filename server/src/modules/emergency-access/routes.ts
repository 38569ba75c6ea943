import type { FastifyInstance } from 'fastify'
import { emergencyAccessApi } from '#shared/contracts/oversight'
import { addRoute } from '../../lib/routes.ts'
import * as service from './service.ts'

export async function emergencyAccessRoutes(app: FastifyInstance) {
  addRoute(app, emergencyAccessApi.find, ({ query }, ctx) => service.findHouseholds(ctx, query))
  addRoute(app, emergencyAccessApi.start, ({ params, body }, ctx) =>
    service.startEmergencyAccess(ctx, params.householdId, body),
  )
  addRoute(app, emergencyAccessApi.current, ({ params }, ctx) =>
    service.currentEmergencyAccess(ctx, params.householdId),
  )
  addRoute(app, emergencyAccessApi.end, ({ params }, ctx) => {
    service.endEmergencyAccess(ctx, params.householdId)
    return null
  })
  addRoute(app, emergencyAccessApi.list, (_input, ctx) => service.listEmergencyAccesses(ctx))
}
