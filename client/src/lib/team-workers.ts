import { queryOptions, useQuery } from '@tanstack/react-query'
import { householdsApi } from '#shared/contracts/households'
import { callApi } from './api.ts'
import { referenceKey } from './case-data.ts'

/**
 * The active workers of the user's own team. Shared by the requests feature (who triages, who takes a case up)
 * and the households feature (to whom a case is handed over), so it lives in lib/ like the session.
 */
export function listTeamWorkers() {
  return callApi(householdsApi.teamWorkers, {})
}

export const teamWorkersQueryOptions = queryOptions({
  queryKey: [referenceKey, 'team-workers'] as const,
  queryFn: listTeamWorkers,
  staleTime: 5 * 60_000,
})

export function useTeamWorkers() {
  return useQuery(teamWorkersQueryOptions)
}
