import { plansApi, type GoalViewInput } from '#shared/contracts/plans'
import { callApi } from '../../../lib/api.ts'
import { usePortalPlanMutation } from './use-portal-plan-mutation.ts'

/** Where the member stands on one goal, in their own words; replaces what they wrote before. */
export function writeGoalView(householdId: number, goalKey: string, input: GoalViewInput) {
  return callApi(plansApi.portalGoalView, { params: { householdId, goalKey }, body: input })
}

export function useWriteGoalView(householdId: number, goalKey: string) {
  return usePortalPlanMutation(householdId, (input: GoalViewInput) =>
    writeGoalView(householdId, goalKey, input),
  )
}
