import { safetyApi, type DangerSourcesInput } from '#shared/contracts/safety'
import { callApi } from '../../../lib/api.ts'
import { useSafetyPlanMutation } from './safety-plan-get.ts'

/**
 * Replaces the list of members recorded as a possible source of danger. Whoever is on it does not see the safety
 * plan in their portal (the server answers 404 to them).
 */
export function setDangerSources(householdId: number, input: DangerSourcesInput) {
  return callApi(safetyApi.setDangerSources, { params: { householdId }, body: input })
}

export function useSetDangerSources(householdId: number) {
  return useSafetyPlanMutation(householdId, (input: DangerSourcesInput) =>
    setDangerSources(householdId, input),
  )
}
