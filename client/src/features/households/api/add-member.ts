import { membersApi, type AddMemberInput } from '#shared/contracts/members'
import { callApi } from '../../../lib/api.ts'
import { useHouseholdMutation } from './use-household-mutation.ts'

/** Someone joins the household; joined on defaults to today on the server. */
export function addMember(householdId: number, input: AddMemberInput) {
  return callApi(membersApi.add, { params: { householdId }, body: input })
}

export function useAddMember(householdId: number) {
  return useHouseholdMutation(householdId, (input: AddMemberInput) => addMember(householdId, input))
}
