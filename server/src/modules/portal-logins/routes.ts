import type { FastifyInstance } from 'fastify'
import { portalLoginsApi } from '#shared/contracts/portal-logins'
import { addRoute } from '../../lib/routes.ts'
import * as service from './service.ts'

export async function portalLoginRoutes(app: FastifyInstance) {
  addRoute(app, portalLoginsApi.list, ({ params }, ctx) => service.listPortalLogins(ctx, params.householdId))
  addRoute(app, portalLoginsApi.create, ({ params, body }, ctx) =>
    service.createPortalLogin(ctx, params.householdId, params.personId, body),
  )
}
