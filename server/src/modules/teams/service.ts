import type { CreateNeighbourhoodInput, CreateTeamInput, Neighbourhood, Team } from '#shared/contracts/admin'
import type { RequestContext } from '../../plugins/context.ts'
import { requireAccess } from '../../plugins/access.ts'
import { recordAudit } from '../../plugins/audit.ts'
import { Conflict, Invalid } from '../../plugins/errors.ts'
import * as repo from './repo.ts'

export function listTeams(ctx: RequestContext): Team[] {
  requireAccess(ctx, 'config:manage', null, 'team.list')
  return repo.listTeams(ctx.db)
}

/** Throws Conflict (name taken). */
export function createTeam(ctx: RequestContext, input: CreateTeamInput): Team {
  requireAccess(ctx, 'config:manage', null, 'team.create')
  if (repo.findTeamByName(ctx.db, input.name)) throw Conflict('errors.teamNameTaken')
  const id = ctx.db.transaction((tx) => {
    const { id } = repo.insertTeam(tx, {
      name: input.name,
      phone: input.phone || null,
      createdAt: ctx.clock.now().toISOString(),
    })
    recordAudit(ctx, { operation: 'team.create', objectId: id })
    return id
  })
  return { id, name: input.name, phone: input.phone || null, memberCount: 0, neighbourhoodCount: 0 }
}

export function listNeighbourhoods(ctx: RequestContext): Neighbourhood[] {
  requireAccess(ctx, 'config:manage', null, 'neighbourhood.list')
  return repo.listNeighbourhoods(ctx.db)
}

/** Throws Invalid (unknown team), Conflict (name taken). */
export function createNeighbourhood(ctx: RequestContext, input: CreateNeighbourhoodInput): Neighbourhood {
  requireAccess(ctx, 'config:manage', null, 'neighbourhood.create')
  const team = repo.findTeam(ctx.db, input.teamId)
  if (!team) throw Invalid({ teamId: 'errors.unknownTeam' })
  if (repo.findNeighbourhoodByName(ctx.db, input.name)) throw Conflict('errors.neighbourhoodNameTaken')
  const id = ctx.db.transaction((tx) => {
    const { id } = repo.insertNeighbourhood(tx, {
      name: input.name,
      teamId: team.id,
      createdAt: ctx.clock.now().toISOString(),
    })
    recordAudit(ctx, { operation: 'neighbourhood.create', objectId: id })
    return id
  })
  return { id, name: input.name, teamId: team.id, teamName: team.name }
}

/** For other modules: does this team exist? */
export function teamExists(ctx: RequestContext, teamId: number): boolean {
  return repo.findTeam(ctx.db, teamId) !== undefined
}
