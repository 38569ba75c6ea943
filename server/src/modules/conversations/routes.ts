import type { FastifyInstance } from 'fastify'
import { conversationsApi } from '#shared/contracts/conversations'
import { addRoute } from '../../lib/routes.ts'
import * as service from './service.ts'

export async function conversationRoutes(app: FastifyInstance) {
  addRoute(app, conversationsApi.list, ({ params, query }, ctx) =>
    service.listConversations(ctx, params.householdId, query),
  )
  addRoute(app, conversationsApi.log, ({ params, body }, ctx) =>
    service.logConversation(ctx, params.householdId, body),
  )
  addRoute(app, conversationsApi.correct, ({ params, body }, ctx) =>
    service.correctConversation(ctx, params.householdId, params.conversationId, body),
  )
  addRoute(app, conversationsApi.addAddendum, ({ params, body }, ctx) =>
    service.addAddendum(ctx, params.householdId, params.conversationId, body.text),
  )
  addRoute(app, conversationsApi.versions, ({ params }, ctx) =>
    service.listVersions(ctx, params.householdId, params.conversationId),
  )
  addRoute(app, conversationsApi.lifeDomains, (_input, ctx) => service.listLifeDomains(ctx))
}
