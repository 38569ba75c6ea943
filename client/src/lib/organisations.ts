import { queryOptions, useQuery } from '@tanstack/react-query'
import { membersApi } from '#shared/contracts/members'
import { callApi } from './api.ts'
import { referenceKey } from './case-data.ts'

/** The administrator-managed list of partner organisations (active ones only): for professionals and actions. */
export const organisationsQueryOptions = queryOptions({
  queryKey: [referenceKey, 'organisations'] as const,
  queryFn: () => callApi(membersApi.organisations, {}),
  staleTime: 5 * 60_000,
})

export function useOrganisations() {
  return useQuery(organisationsQueryOptions)
}
