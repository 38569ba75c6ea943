import { queryOptions, useQuery } from '@tanstack/react-query'
import { membersApi } from '#shared/contracts/members'
import { callApi } from '../../../lib/api.ts'
import { referenceKey } from '../../../lib/case-data.ts'

/** The administrator-managed list of partner organisations (active ones only). */
export function listOrganisations() {
  return callApi(membersApi.organisations, {})
}

export const organisationsQueryOptions = queryOptions({
  queryKey: [referenceKey, 'organisations'] as const,
  queryFn: listOrganisations,
  staleTime: 5 * 60_000,
})

export function useOrganisations() {
  return useQuery(organisationsQueryOptions)
}
