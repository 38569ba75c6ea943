import type { FastifyInstance } from 'fastify'
import { reflectionsApi } from '#shared/contracts/reflections'
import { addRoute } from '../../lib/routes.ts'
import * as service from './service.ts'

export async function reflectionRoutes(app: FastifyInstance) {
  addRoute(app, reflectionsApi.list, ({ params }, ctx) => service.listReflections(ctx, params.householdId))
  addRoute(app, reflectionsApi.request, ({ params, body }, ctx) =>
    service.requestReflection(ctx, params.householdId, body),
  )
  addRoute(app, reflectionsApi.record, ({ params, body }, ctx) =>
    service.recordReflection(ctx, params.householdId, params.reflectionId, body),
  )
  addRoute(app, reflectionsApi.team, (_input, ctx) => service.teamReflections(ctx))
}
