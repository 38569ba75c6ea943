import type { FastifyInstance } from 'fastify'
import { themesApi } from '#shared/contracts/themes'
import { addRoute } from '../../lib/routes.ts'
import * as service from './service.ts'

export async function themeRoutes(app: FastifyInstance) {
  addRoute(app, themesApi.neighbourhood, ({ query }, ctx) => service.neighbourhoodThemes(ctx, query.quarter))
  addRoute(app, themesApi.recurring, (_input, ctx) => service.recurringThemes(ctx))
  addRoute(app, themesApi.list, ({ params }, ctx) => service.listCaseThemes(ctx, params.householdId))
  addRoute(app, themesApi.tag, ({ params, body }, ctx) => service.tagCaseTheme(ctx, params.householdId, body))
  addRoute(app, themesApi.untag, ({ params }, ctx) => {
    service.untagCaseTheme(ctx, params.householdId, params.themeId)
    return null
  })
}
