import { followUpApi, type SetPhaseInput } from '#shared/contracts/follow-up'
import { callApi } from '../../../lib/api.ts'
import { useFollowUpMutation } from './use-follow-up-mutation.ts'

/**
 * Scales the case down (check-ins every so many days, the household's own moment of contact) or back up to active
 * support. The server refuses a closed case (409: re-open it first) and a missing interval (400, on the field).
 */
export function setPhase(householdId: number, input: SetPhaseInput) {
  return callApi(followUpApi.setPhase, { params: { householdId }, body: input })
}

export function useSetPhase(householdId: number) {
  return useFollowUpMutation(householdId, (input: SetPhaseInput) => setPhase(householdId, input))
}
