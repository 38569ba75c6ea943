import { queryOptions, useQuery } from '@tanstack/react-query'
import { teamOverviewApi } from '#shared/contracts/team-overview'
import { callApi } from '../../../lib/api.ts'

export const teamOverviewKeys = {
  all: ['teamOverview'] as const,
}

/** The supervisor's overview: caseload per worker, the risks with their households, trajectories per step. */
export function getTeamOverview() {
  return callApi(teamOverviewApi.overview, {})
}

export const teamOverviewQueryOptions = queryOptions({
  queryKey: teamOverviewKeys.all,
  queryFn: getTeamOverview,
})

export function useTeamOverview() {
  return useQuery(teamOverviewQueryOptions)
}
