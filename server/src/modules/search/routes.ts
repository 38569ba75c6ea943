import type { FastifyInstance } from 'fastify'
import { searchApi } from '#shared/contracts/search'
import { addRoute } from '../../lib/routes.ts'
import * as service from './service.ts'

export async function searchRoutes(app: FastifyInstance) {
  addRoute(app, searchApi.search, ({ query }, ctx) => service.search(ctx, query))
}
