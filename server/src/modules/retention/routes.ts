import type { FastifyInstance } from 'fastify'
import { retentionApi } from '#shared/contracts/oversight'
import { addRoute } from '../../lib/routes.ts'
import * as service from './service.ts'

export async function retentionRoutes(app: FastifyInstance) {
  addRoute(app, retentionApi.ofHousehold, ({ params }, ctx) => service.ofHousehold(ctx, params.householdId))
  addRoute(app, retentionApi.ofOwnFile, ({ params }, ctx) => service.ofOwnFile(ctx, params.householdId))
  addRoute(app, retentionApi.overview, (_input, ctx) => service.overview(ctx))
  addRoute(app, retentionApi.run, (_input, ctx) => service.runNow(ctx))
  addRoute(app, retentionApi.deleteFile, ({ params, body }, ctx) => {
    service.deleteFile(ctx, params.householdId, body)
    return null
  })
}
