import { queryOptions, useQuery } from '@tanstack/react-query'
import { consentsApi } from '#shared/contracts/consents'
import { callApi } from '../../../lib/api.ts'
import { requestKeys } from './get-request.ts'

/** For the supervisor: consents withdrawn this month and shares made under meldrecht, across the team. */
export function getTeamConsents() {
  return callApi(consentsApi.teamOverview, {})
}

export const teamConsentsQueryOptions = queryOptions({
  queryKey: [...requestKeys.all, 'teamConsents'] as const,
  queryFn: getTeamConsents,
})

export function useTeamConsents() {
  return useQuery(teamConsentsQueryOptions)
}
