import { safetyApi, type ConditionInput } from '#shared/contracts/safety'
import { callApi } from '../../../lib/api.ts'
import { useSafetyPlanMutation } from './safety-plan-get.ts'

export type UpdateConditionVariables = { conditionId: number; input: ConditionInput }

/** Changes a condition as a whole: its words, watcher, review date, goal and status (kept, not kept, ended). */
export function updateCondition(householdId: number, { conditionId, input }: UpdateConditionVariables) {
  return callApi(safetyApi.updateCondition, { params: { householdId, conditionId }, body: input })
}

export function useUpdateCondition(householdId: number) {
  return useSafetyPlanMutation(householdId, (variables: UpdateConditionVariables) =>
    updateCondition(householdId, variables),
  )
}
