import { queryOptions, useQuery } from '@tanstack/react-query'
import { householdsApi } from '#shared/contracts/households'
import { callApi } from '../../../lib/api.ts'
import { referenceKey } from '../../../lib/case-data.ts'

/** The administrator-managed list of expertise a triage can ask for. */
export function listExpertises() {
  return callApi(householdsApi.expertises, {})
}

export const expertisesQueryOptions = queryOptions({
  queryKey: [referenceKey, 'expertises'] as const,
  queryFn: listExpertises,
  staleTime: 5 * 60_000,
})

export function useExpertises() {
  return useQuery(expertisesQueryOptions)
}
