import type { FastifyInstance } from 'fastify'
import { householdFileApi } from '#shared/contracts/household-file'
import { addRoute } from '../../lib/routes.ts'
import * as service from './service.ts'

export async function householdFileRoutes(app: FastifyInstance) {
  addRoute(app, householdFileApi.export, ({ params }, ctx) => service.exportMyFile(ctx, params.householdId))
  addRoute(app, householdFileApi.consents, ({ params }, ctx) => service.myConsents(ctx, params.householdId))
  addRoute(app, householdFileApi.withdrawConsent, ({ params }, ctx) =>
    service.withdrawMyConsent(ctx, params.householdId, params.consentId),
  )
  addRoute(app, householdFileApi.shares, ({ params }, ctx) => service.myShares(ctx, params.householdId))
  addRoute(app, householdFileApi.accessLog, ({ params, query }, ctx) =>
    service.accessLog(ctx, params.householdId, query),
  )
}
