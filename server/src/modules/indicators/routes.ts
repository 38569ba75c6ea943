import type { FastifyInstance } from 'fastify'
import { indicatorsApi } from '#shared/contracts/indicators'
import { addRoute } from '../../lib/routes.ts'
import * as service from './service.ts'

/** The team's indicators per quarter and its vertelpunten (route step 10). */
export async function indicatorRoutes(app: FastifyInstance) {
  addRoute(app, indicatorsApi.report, ({ query }, ctx) => service.indicatorsReport(ctx, query.quarter))
  addRoute(app, indicatorsApi.narratives, ({ query }, ctx) => service.listNarratives(ctx, query.quarter))
  addRoute(app, indicatorsApi.writeNarrative, ({ body }, ctx) => service.writeNarrative(ctx, body))
}
