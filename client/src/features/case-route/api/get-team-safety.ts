import { queryOptions, useQuery } from '@tanstack/react-query'
import { teamSafetyApi } from '#shared/contracts/safety'
import { callApi } from '../../../lib/api.ts'

export const teamSafetyKeys = {
  all: ['teamSafety'] as const,
}

/** The supervisor's safety list: open meldcode trajectories, open signals and out-of-date safety pictures. */
export function getTeamSafety() {
  return callApi(teamSafetyApi.teamSafety, {})
}

export const teamSafetyQueryOptions = queryOptions({ queryKey: teamSafetyKeys.all, queryFn: getTeamSafety })

export function useTeamSafety() {
  return useQuery(teamSafetyQueryOptions)
}
