import type { TeamOverview } from '#shared/contracts/team-overview'
import { dutchCalendarDate } from '#shared/domain/age'
import { addDays } from '#shared/domain/dates'
import { firstAppointmentDays } from '#shared/domain/first-appointment'
import type { RequestContext } from '../../plugins/context.ts'
import { requireAccess } from '../../plugins/access.ts'
import { recordAudit } from '../../plugins/audit.ts'
import { openTrajectoriesOfTeam, overduePicturesOfTeam } from '../safety/service.ts'
import { dueCheckIns } from '../follow-up/service.ts'
import * as repo from './repo.ts'

/**
 * The supervisor's overview of the team's open cases: caseload per worker by phase, and each risk with the
 * households behind it (overdue first appointments, check-ins and safety pictures, open meldcode trajectories,
 * consents expiring within 30 days, no agreed plan, no contact logged for more than 30 days).
 */
export function teamOverview(ctx: RequestContext): TeamOverview {
  const actor = requireAccess(ctx, 'team:read', null, 'team.overview')
  const teamId = actor.teamId ?? -1
  const now = ctx.clock.now()
  const day = dutchCalendarDate(now)
  const workers = new Map<number, TeamOverview['workers'][number]>()
  for (const row of repo.caseloads(ctx.db, teamId)) {
    const worker = workers.get(row.workerId) ?? {
      workerId: row.workerId,
      name: row.name,
      active: 0,
      pulse: 0,
      background: 0,
      households: [],
    }
    if (row.householdId !== null) {
      const phase = (row.phase ?? 'active') as 'active' | 'pulse' | 'background'
      worker[phase] += 1
      worker.households.push({ householdId: row.householdId, householdName: row.householdName!, on: null })
    }
    workers.set(row.workerId, worker)
  }
  const trajectories = openTrajectoriesOfTeam(ctx, teamId)
  const result: TeamOverview = {
    workers: [...workers.values()],
    metrics: {
      overdueFirstAppointments: repo.overdueFirstAppointments(
        ctx.db,
        teamId,
        addDays(day, -firstAppointmentDays),
      ),
      overdueCheckIns: dueCheckIns(ctx, { teamId })
        .filter((c) => c.overdue)
        .map((c) => ({ householdId: c.householdId, householdName: c.householdName, on: c.nextCheckInOn })),
      overdueSafetyPictures: overduePicturesOfTeam(ctx, teamId).map((h) => ({
        householdId: h.householdId,
        householdName: h.householdName,
        on: null,
      })),
      openTrajectories: trajectories.map((t) => ({
        householdId: t.householdId,
        householdName: t.householdName,
        on: t.startedAt,
      })),
      consentsExpiring: repo.consentsExpiring(ctx.db, teamId, day, addDays(day, 30)),
      withoutAgreedPlan: repo.withoutAgreedPlan(ctx.db, teamId),
      noContact30Days: repo.noContactSince(
        ctx.db,
        teamId,
        new Date(now.getTime() - 30 * 86_400_000).toISOString(),
      ),
    },
    trajectoriesByStep: [1, 2, 3, 4, 5].map((step) => ({
      step,
      count: trajectories.filter((t) => t.nextStep === step).length,
    })),
  }
  recordAudit(ctx, { operation: 'team.overview' })
  return result
}
