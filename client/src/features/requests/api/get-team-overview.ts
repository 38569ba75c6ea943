import { queryOptions, useQuery } from '@tanstack/react-query'
import { requestsApi } from '#shared/contracts/requests'
import { callApi } from '../../../lib/api.ts'
import { requestKeys } from './get-request.ts'

export type RequestStatusFilter = 'new' | 'triaged' | 'closed' | undefined

/** The supervisor's view: counts by status, overdue first appointments, unassigned requests, open safety signals. */
export function getTeamOverview(status: RequestStatusFilter) {
  return callApi(requestsApi.teamOverview, { query: { status } })
}

export function teamOverviewQueryOptions(status: RequestStatusFilter) {
  return queryOptions({
    queryKey: requestKeys.team(status ?? 'all'),
    queryFn: () => getTeamOverview(status),
  })
}

export function useTeamOverview(status: RequestStatusFilter) {
  return useQuery(teamOverviewQueryOptions(status))
}
