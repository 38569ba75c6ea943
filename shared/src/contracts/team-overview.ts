import { z } from 'zod'
import { Id, type RouteSpec } from './common.ts'

/**
 * The supervisor's overview of the team's open cases (route steps 8–10): caseload per worker and the risks, each
 * number with the households behind it.
 */
export const HouseholdRef = z.object({
  householdId: Id,
  householdName: z.string(),
  /** A date that explains why it is listed (due, expiring, last contact …), or null. */
  on: z.string().nullable(),
})
export type HouseholdRef = z.infer<typeof HouseholdRef>

export const overviewMetrics = [
  'overdueFirstAppointments',
  'overdueCheckIns',
  'overdueSafetyPictures',
  'openTrajectories',
  'consentsExpiring',
  'withoutAgreedPlan',
  'noContact30Days',
] as const
export const OverviewMetric = z.enum(overviewMetrics)
export type OverviewMetric = z.infer<typeof OverviewMetric>

export const TeamOverview = z.object({
  /** Open cases per worker, split by phase. */
  workers: z.array(
    z.object({
      workerId: Id,
      name: z.string(),
      active: z.number().int(),
      pulse: z.number().int(),
      background: z.number().int(),
      households: z.array(HouseholdRef),
    }),
  ),
  metrics: z.record(OverviewMetric, z.array(HouseholdRef)),
  /** Open meldcode trajectories by the step they wait at (1–5). */
  trajectoriesByStep: z.array(z.object({ step: z.number().int(), count: z.number().int() })),
})
export type TeamOverview = z.infer<typeof TeamOverview>

export const teamOverviewApi = {
  overview: { method: 'GET', path: '/api/team/overview', response: TeamOverview },
} as const satisfies Record<string, RouteSpec>
