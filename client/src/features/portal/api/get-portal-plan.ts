import { queryOptions, useQuery } from '@tanstack/react-query'
import { plansApi } from '#shared/contracts/plans'
import { callApi } from '../../../lib/api.ts'
import { portalKeys } from './get-portal.ts'

/** The member's own plan, already filtered for them on the server (what they may see, and nothing more). */
export function getPortalPlan(householdId: number) {
  return callApi(plansApi.portalPlan, { params: { householdId } })
}

export function portalPlanQueryOptions(householdId: number) {
  return queryOptions({
    queryKey: portalKeys.plan(householdId),
    queryFn: () => getPortalPlan(householdId),
  })
}

export function usePortalPlan(householdId: number) {
  return useQuery(portalPlanQueryOptions(householdId))
}
