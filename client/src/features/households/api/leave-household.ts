import { membersApi } from '#shared/contracts/members'
import { callApi } from '../../../lib/api.ts'
import { useHouseholdMutation } from './use-household-mutation.ts'

/** Someone leaves the household; they stay on record as a former member. */
export function leaveHousehold(householdId: number, personId: number, leftOn: string) {
  return callApi(membersApi.leave, { params: { householdId, personId }, body: { leftOn } })
}

export function useLeaveHousehold(householdId: number, personId: number) {
  return useHouseholdMutation(householdId, (leftOn: string) => leaveHousehold(householdId, personId, leftOn))
}
