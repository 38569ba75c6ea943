import { queryOptions, useQuery } from '@tanstack/react-query'
import { portalLoginsApi } from '#shared/contracts/portal-logins'
import { callApi } from '../../../lib/api.ts'
import { householdKeys } from './list-households.ts'

/** The log-ins household members have of their own: waiting for activation with a code, active, or ended. */
export function listPortalLogins(householdId: number) {
  return callApi(portalLoginsApi.list, { params: { householdId } })
}

export function portalLoginsQueryOptions(householdId: number) {
  return queryOptions({
    queryKey: householdKeys.portalLogins(householdId),
    queryFn: () => listPortalLogins(householdId),
  })
}

export function usePortalLogins(householdId: number) {
  return useQuery(portalLoginsQueryOptions(householdId))
}
