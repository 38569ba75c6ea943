import type { FastifyInstance } from 'fastify'
import { catalogueApi } from '#shared/contracts/admin'
import { addRoute } from '../../lib/routes.ts'
import * as service from './service.ts'

export async function catalogueRoutes(app: FastifyInstance) {
  addRoute(app, catalogueApi.list, ({ params }, ctx) => service.listItems(ctx, params.kind))
  addRoute(app, catalogueApi.create, ({ params, body }, ctx) =>
    service.createItem(ctx, params.kind, body.name),
  )
  addRoute(app, catalogueApi.setActive, ({ params, body }, ctx) =>
    service.setActive(ctx, params.kind, params.itemId, body.active),
  )
}
