import { plansApi } from '#shared/contracts/plans'
import { callApi } from '../../../lib/api.ts'
import { usePortalPlanMutation } from './use-portal-plan-mutation.ts'

/** The member marks one of their own actions done (the server refuses anyone else's). */
export function markActionDone(householdId: number, actionKey: string) {
  return callApi(plansApi.portalActionDone, { params: { householdId, actionKey } })
}

export function useMarkActionDone(householdId: number) {
  return usePortalPlanMutation(householdId, (actionKey: string) => markActionDone(householdId, actionKey))
}
