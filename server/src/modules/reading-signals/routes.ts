import type { FastifyInstance } from 'fastify'
import { readingSignalsApi } from '#shared/contracts/oversight'
import { addRoute } from '../../lib/routes.ts'
import * as service from './service.ts'

export async function readingSignalRoutes(app: FastifyInstance) {
  addRoute(app, readingSignalsApi.list, (_input, ctx) => service.listSignals(ctx))
  addRoute(app, readingSignalsApi.review, ({ params }, ctx) => service.reviewSignal(ctx, params.signalId))
}
