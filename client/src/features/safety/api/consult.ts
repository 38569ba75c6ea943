import { safetyApi, type ConsultationInput } from '#shared/contracts/safety'
import { callApi } from '../../../lib/api.ts'
import { useTrajectoryMutation } from './safety-cache.ts'

export type ConsultVariables = { trajectoryId: number; input: ConsultationInput }

/** Step 2: the colleague consulted (and Veilig Thuis, if asked for advice). A later save replaces it. */
export function consult(householdId: number, { trajectoryId, input }: ConsultVariables) {
  return callApi(safetyApi.consult, { params: { householdId, trajectoryId }, body: input })
}

export function useConsult(householdId: number) {
  return useTrajectoryMutation(householdId, (variables: ConsultVariables) => consult(householdId, variables))
}
