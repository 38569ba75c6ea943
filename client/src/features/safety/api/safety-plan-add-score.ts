import { safetyApi, type ScoreInput } from '#shared/contracts/safety'
import { callApi } from '../../../lib/api.ts'
import { useSafetyPlanMutation } from './safety-plan-get.ts'

export type AddScoreVariables = { goalKey: string; input: ScoreInput }

/** One party's own score on a goal's safety scale; it stands beside the others and is never averaged. */
export function addScore(householdId: number, { goalKey, input }: AddScoreVariables) {
  return callApi(safetyApi.addScore, { params: { householdId, goalKey }, body: input })
}

export function useAddScore(householdId: number) {
  return useSafetyPlanMutation(householdId, (variables: AddScoreVariables) =>
    addScore(householdId, variables),
  )
}
