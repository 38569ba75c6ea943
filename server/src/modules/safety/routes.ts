import type { FastifyInstance } from 'fastify'
import { safetyApi, teamSafetyApi } from '#shared/contracts/safety'
import { addRoute } from '../../lib/routes.ts'
import * as service from './service.ts'

export async function safetyRoutes(app: FastifyInstance) {
  addRoute(app, safetyApi.overview, ({ params }, ctx) => service.getOverview(ctx, params.householdId))
  addRoute(app, safetyApi.recordSignal, ({ params, body }, ctx) =>
    service.recordSignal(ctx, params.householdId, body),
  )
  addRoute(app, safetyApi.followUpSignal, ({ params, body }, ctx) =>
    service.followUpSignal(ctx, params.householdId, params.signalId, body.note),
  )
  addRoute(app, safetyApi.recordPicture, ({ params, body }, ctx) =>
    service.recordPicture(ctx, params.householdId, body),
  )
  addRoute(app, safetyApi.startMeldcode, ({ params, body }, ctx) =>
    service.startMeldcode(ctx, params.householdId, body.signalIds),
  )
  addRoute(app, safetyApi.mapSignals, ({ params, body }, ctx) =>
    service.mapSignals(ctx, params.householdId, params.trajectoryId, body.signalIds),
  )
  addRoute(app, safetyApi.consult, ({ params, body }, ctx) =>
    service.consult(ctx, params.householdId, params.trajectoryId, body),
  )
  addRoute(app, safetyApi.converse, ({ params, body }, ctx) =>
    service.converse(ctx, params.householdId, params.trajectoryId, body),
  )
  addRoute(app, safetyApi.weigh, ({ params, body }, ctx) =>
    service.weigh(ctx, params.householdId, params.trajectoryId, body),
  )
  addRoute(app, safetyApi.decide, ({ params, body }, ctx) =>
    service.decide(ctx, params.householdId, params.trajectoryId, body),
  )
  addRoute(app, safetyApi.safetyPlan, ({ params }, ctx) => service.getSafetyPlan(ctx, params.householdId))
  addRoute(app, safetyApi.addCondition, ({ params, body }, ctx) =>
    service.addCondition(ctx, params.householdId, body),
  )
  addRoute(app, safetyApi.updateCondition, ({ params, body }, ctx) =>
    service.updateCondition(ctx, params.householdId, params.conditionId, body),
  )
  addRoute(app, safetyApi.setWorry, ({ params, body }, ctx) =>
    service.setWorry(ctx, params.householdId, params.goalKey, body.worry),
  )
  addRoute(app, safetyApi.addScore, ({ params, body }, ctx) =>
    service.addScore(ctx, params.householdId, params.goalKey, body),
  )
  addRoute(app, safetyApi.setDangerSources, ({ params, body }, ctx) =>
    service.setDangerSources(ctx, params.householdId, body),
  )
  addRoute(app, safetyApi.portalSafetyPlan, ({ params }, ctx) =>
    service.getPortalSafetyPlan(ctx, params.householdId),
  )
  addRoute(app, teamSafetyApi.teamSafety, (_input, ctx) => service.teamSafety(ctx))
  addRoute(app, teamSafetyApi.attention, (_input, ctx) => service.safetyAttention(ctx))
}
