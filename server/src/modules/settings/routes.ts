import type { FastifyInstance } from 'fastify'
import { settingsApi } from '#shared/contracts/settings'
import { addRoute } from '../../lib/routes.ts'
import * as service from './service.ts'

export async function settingsRoutes(app: FastifyInstance) {
  addRoute(app, settingsApi.read, (_input, ctx) => service.readSettings(ctx))
  addRoute(app, settingsApi.update, ({ body }, ctx) => service.updateSettings(ctx, body))
}
