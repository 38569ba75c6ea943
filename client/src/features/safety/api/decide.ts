import { safetyApi, type DecisionInput } from '#shared/contracts/safety'
import { callApi } from '../../../lib/api.ts'
import { useTrajectoryMutation } from './safety-cache.ts'

export type DecideVariables = { trajectoryId: number; input: DecisionInput }

/**
 * Step 5: help and/or a report to Veilig Thuis. Refused with 409 CHECKPOINT_MISSING while step 4 is not done; the
 * decision follows up the trajectory's signals and ends the trajectory.
 */
export function decide(householdId: number, { trajectoryId, input }: DecideVariables) {
  return callApi(safetyApi.decide, { params: { householdId, trajectoryId }, body: input })
}

export function useDecide(householdId: number) {
  return useTrajectoryMutation(householdId, (variables: DecideVariables) => decide(householdId, variables))
}
