import { safetyApi, type ConversationStepInput } from '#shared/contracts/safety'
import { callApi } from '../../../lib/api.ts'
import { useTrajectoryMutation } from './safety-cache.ts'

export type ConverseVariables = { trajectoryId: number; input: ConversationStepInput }

/** Step 3: the conversation with those involved, or why it did not happen. */
export function converse(householdId: number, { trajectoryId, input }: ConverseVariables) {
  return callApi(safetyApi.converse, { params: { householdId, trajectoryId }, body: input })
}

export function useConverse(householdId: number) {
  return useTrajectoryMutation(householdId, (variables: ConverseVariables) =>
    converse(householdId, variables),
  )
}
