import type { FastifyInstance } from 'fastify'
import { membersApi } from '#shared/contracts/members'
import { addRoute } from '../../lib/routes.ts'
import * as service from './service.ts'

export async function memberRoutes(app: FastifyInstance) {
  addRoute(app, membersApi.add, ({ params, body }, ctx) => service.addMember(ctx, params.householdId, body))
  addRoute(app, membersApi.update, ({ params, body }, ctx) =>
    service.updateMember(ctx, params.householdId, params.personId, body),
  )
  addRoute(app, membersApi.leave, ({ params, body }, ctx) =>
    service.leaveHousehold(ctx, params.householdId, params.personId, body.leftOn),
  )
  addRoute(app, membersApi.setAuthority, ({ params, body }, ctx) =>
    service.setAuthority(ctx, params.householdId, params.personId, body),
  )
  addRoute(app, membersApi.addNetworkMember, ({ params, body }, ctx) =>
    service.addNetworkMember(ctx, params.householdId, body),
  )
  addRoute(app, membersApi.endNetworkMember, ({ params }, ctx) =>
    service.endNetworkMember(ctx, params.householdId, params.networkMemberId),
  )
  addRoute(app, membersApi.addProfessional, ({ params, body }, ctx) =>
    service.addProfessional(ctx, params.householdId, body),
  )
  addRoute(app, membersApi.endProfessional, ({ params }, ctx) =>
    service.endProfessional(ctx, params.householdId, params.professionalId),
  )
  addRoute(app, membersApi.organisations, (_input, ctx) => service.listOrganisations(ctx))
}
