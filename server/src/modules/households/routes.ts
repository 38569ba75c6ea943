import type { FastifyInstance } from 'fastify'
import { householdsApi } from '#shared/contracts/households'
import { addRoute } from '../../lib/routes.ts'
import * as service from './service.ts'

export async function householdRoutes(app: FastifyInstance) {
  addRoute(app, householdsApi.caseload, ({ query }, ctx) => service.listCaseload(ctx, query))
  addRoute(app, householdsApi.teamHouseholds, ({ query }, ctx) => service.listTeamHouseholds(ctx, query))
  addRoute(app, householdsApi.get, ({ params }, ctx) => service.getHousehold(ctx, params.householdId))
  addRoute(app, householdsApi.portal, ({ params }, ctx) => service.getPortal(ctx, params.householdId))
  addRoute(app, householdsApi.recordFirstContact, ({ params, body }, ctx) =>
    service.recordFirstContact(ctx, params.householdId, body),
  )
  addRoute(app, householdsApi.teamWorkers, (_input, ctx) => service.listTeamWorkers(ctx))
  addRoute(app, householdsApi.teamNeighbourhoods, (_input, ctx) => service.listTeamNeighbourhoods(ctx))
  addRoute(app, householdsApi.expertises, (_input, ctx) => service.listExpertises(ctx))
}
