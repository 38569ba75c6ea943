import { safetyApi } from '#shared/contracts/safety'
import { callApi } from '../../../lib/api.ts'
import { useSafetyPlanMutation } from './safety-plan-get.ts'

export type SetWorryVariables = { goalKey: string; worry: string }

/** The worry beside a safety goal: what could happen, to whom, if nothing changes (in plain words). */
export function setWorry(householdId: number, { goalKey, worry }: SetWorryVariables) {
  return callApi(safetyApi.setWorry, { params: { householdId, goalKey }, body: { worry } })
}

export function useSetWorry(householdId: number) {
  return useSafetyPlanMutation(householdId, (variables: SetWorryVariables) =>
    setWorry(householdId, variables),
  )
}
