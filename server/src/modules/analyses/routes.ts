import type { FastifyInstance } from 'fastify'
import { analysesApi } from '#shared/contracts/analyses'
import { addRoute } from '../../lib/routes.ts'
import * as service from './service.ts'

export async function analysisRoutes(app: FastifyInstance) {
  addRoute(app, analysesApi.list, ({ params }, ctx) => service.listAnalyses(ctx, params.householdId))
  addRoute(app, analysesApi.get, ({ params }, ctx) =>
    service.getAnalysis(ctx, params.householdId, params.analysisId),
  )
  addRoute(app, analysesApi.save, ({ params, body }, ctx) =>
    service.saveAnalysis(ctx, params.householdId, body),
  )
  addRoute(app, analysesApi.compare, ({ params, query }, ctx) =>
    service.compareAnalyses(ctx, params.householdId, query.from, query.to),
  )
}
