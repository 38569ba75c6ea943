import type { FastifyInstance } from 'fastify'
import { consentsApi } from '#shared/contracts/consents'
import { addRoute } from '../../lib/routes.ts'
import * as service from './service.ts'

export async function consentRoutes(app: FastifyInstance) {
  addRoute(app, consentsApi.expiring, (_input, ctx) => service.expiringConsents(ctx))
  addRoute(app, consentsApi.teamOverview, (_input, ctx) => service.teamConsentOverview(ctx))
  addRoute(app, consentsApi.list, ({ params }, ctx) => service.listConsents(ctx, params.householdId))
  addRoute(app, consentsApi.record, ({ params, body }, ctx) =>
    service.recordConsent(ctx, params.householdId, body),
  )
  addRoute(app, consentsApi.withdraw, ({ params }, ctx) =>
    service.withdrawConsent(ctx, params.householdId, params.consentId),
  )
  addRoute(app, consentsApi.check, ({ params, query }, ctx) =>
    service.checkConsent(ctx, params.householdId, query),
  )
}
