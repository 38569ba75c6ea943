import type { FastifyInstance } from 'fastify'
import { sharingApi } from '#shared/contracts/sharing'
import { addRoute } from '../../lib/routes.ts'
import * as service from './service.ts'

export async function sharingRoutes(app: FastifyInstance) {
  addRoute(app, sharingApi.list, ({ params }, ctx) => service.listShares(ctx, params.householdId))
  addRoute(app, sharingApi.preview, ({ params, body }, ctx) =>
    service.previewShare(ctx, params.householdId, body),
  )
  addRoute(app, sharingApi.record, ({ params, body }, ctx) =>
    service.recordShare(ctx, params.householdId, body),
  )
}
