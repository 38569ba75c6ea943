import { queryOptions, useQuery } from '@tanstack/react-query'
import { householdsApi } from '#shared/contracts/households'
import { callApi } from '../../../lib/api.ts'
import { referenceKey } from '../../../lib/case-data.ts'

/** The neighbourhoods of the user's team: where a new household can be registered. */
export function listTeamNeighbourhoods() {
  return callApi(householdsApi.teamNeighbourhoods, {})
}

export const teamNeighbourhoodsQueryOptions = queryOptions({
  queryKey: [referenceKey, 'team-neighbourhoods'] as const,
  queryFn: listTeamNeighbourhoods,
  staleTime: 5 * 60_000,
})

export function useTeamNeighbourhoods() {
  return useQuery(teamNeighbourhoodsQueryOptions)
}
