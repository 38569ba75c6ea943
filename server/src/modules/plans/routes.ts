import type { FastifyInstance } from 'fastify'
import { plansApi } from '#shared/contracts/plans'
import { addRoute } from '../../lib/routes.ts'
import * as service from './service.ts'

export async function planRoutes(app: FastifyInstance) {
  addRoute(app, plansApi.overview, ({ params }, ctx) => service.getPlan(ctx, params.householdId))
  addRoute(app, plansApi.save, ({ params, body }, ctx) => service.savePlan(ctx, params.householdId, body))
  addRoute(app, plansApi.version, ({ params }, ctx) =>
    service.getVersion(ctx, params.householdId, params.version),
  )
  addRoute(app, plansApi.compare, ({ params, query }, ctx) =>
    service.compareVersions(ctx, params.householdId, query.from, query.to),
  )
  addRoute(app, plansApi.recordProgress, ({ params, body }, ctx) =>
    service.recordProgress(ctx, params.householdId, params.goalKey, body),
  )
  addRoute(app, plansApi.recordMinorView, ({ params, body }, ctx) =>
    service.recordMinorView(ctx, params.householdId, params.personId, body),
  )
  addRoute(app, plansApi.portalPlan, ({ params }, ctx) => service.getPortalPlan(ctx, params.householdId))
  addRoute(app, plansApi.portalGoalView, ({ params, body }, ctx) =>
    service.writeGoalView(ctx, params.householdId, params.goalKey, body),
  )
  addRoute(app, plansApi.portalActionDone, ({ params }, ctx) =>
    service.markActionDone(ctx, params.householdId, params.actionKey),
  )
  addRoute(app, plansApi.portalAgreement, ({ params, body }, ctx) =>
    service.recordAgreement(ctx, params.householdId, body),
  )
  addRoute(app, plansApi.portalProgress, ({ params, body }, ctx) =>
    service.recordPortalProgress(ctx, params.householdId, params.goalKey, body),
  )
}
