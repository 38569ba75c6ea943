import { queryOptions, useQuery } from '@tanstack/react-query'
import { householdFileApi } from '#shared/contracts/household-file'
import { callApi } from '../../../lib/api.ts'
import { portalKeys } from './get-portal.ts'

/** The consents the member gave, or that are about them (chosen on the server). */
export function getMyConsents(householdId: number) {
  return callApi(householdFileApi.consents, { params: { householdId } })
}

export function myConsentsQueryOptions(householdId: number) {
  return queryOptions({
    queryKey: portalKeys.consents(householdId),
    queryFn: () => getMyConsents(householdId),
  })
}

export function useMyConsents(householdId: number) {
  return useQuery(myConsentsQueryOptions(householdId))
}
