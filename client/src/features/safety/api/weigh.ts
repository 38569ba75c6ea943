import { safetyApi, type WeighingInput } from '#shared/contracts/safety'
import { callApi } from '../../../lib/api.ts'
import { useTrajectoryMutation } from './safety-cache.ts'

export type WeighVariables = { trajectoryId: number; input: WeighingInput }

/** Step 4: the afwegingskader's five answers with reasoning; the server computes and stores the outcome. */
export function weigh(householdId: number, { trajectoryId, input }: WeighVariables) {
  return callApi(safetyApi.weigh, { params: { householdId, trajectoryId }, body: input })
}

export function useWeigh(householdId: number) {
  return useTrajectoryMutation(householdId, (variables: WeighVariables) => weigh(householdId, variables))
}
