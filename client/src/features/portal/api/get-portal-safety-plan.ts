import { queryOptions, useQuery } from '@tanstack/react-query'
import { safetyApi } from '#shared/contracts/safety'
import { callApi } from '../../../lib/api.ts'
import { portalKeys } from './get-portal.ts'

/**
 * The agreements about safety and the scores, as this member may see them (filtered on the server). A member
 * recorded as a possible source of danger gets 404, exactly as if there were nothing to see.
 */
export function getPortalSafetyPlan(householdId: number) {
  return callApi(safetyApi.portalSafetyPlan, { params: { householdId } })
}

export function portalSafetyPlanQueryOptions(householdId: number) {
  return queryOptions({
    queryKey: [...portalKeys.household(householdId), 'safetyPlan'] as const,
    queryFn: () => getPortalSafetyPlan(householdId),
  })
}

export function usePortalSafetyPlan(householdId: number) {
  return useQuery(portalSafetyPlanQueryOptions(householdId))
}
