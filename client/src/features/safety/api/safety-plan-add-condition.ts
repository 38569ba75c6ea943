import { safetyApi, type ConditionInput } from '#shared/contracts/safety'
import { callApi } from '../../../lib/api.ts'
import { useSafetyPlanMutation } from './safety-plan-get.ts'

/** A new safety condition (veiligheidsvoorwaarde); the server refuses one without a watcher (field "watcher"). */
export function addCondition(householdId: number, input: ConditionInput) {
  return callApi(safetyApi.addCondition, { params: { householdId }, body: input })
}

export function useAddCondition(householdId: number) {
  return useSafetyPlanMutation(householdId, (input: ConditionInput) => addCondition(householdId, input))
}
