import { queryOptions, useQuery } from '@tanstack/react-query'
import { membersApi } from '#shared/contracts/members'
import { callApi } from '../../../lib/api.ts'
import { referenceKey } from '../../../lib/case-data.ts'

/**
 * The active partner organisations, to give an action to. The key is the one the households feature caches this
 * list under (a feature never imports another), so it is fetched once.
 */
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
