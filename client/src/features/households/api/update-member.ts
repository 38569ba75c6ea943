import { membersApi, type UpdateMemberInput } from '#shared/contracts/members'
import { callApi } from '../../../lib/api.ts'
import { useHouseholdMutation } from './use-household-mutation.ts'

/** Changes a member's details; only the fields sent change, null clears an optional one. */
export function updateMember(householdId: number, personId: number, input: UpdateMemberInput) {
  return callApi(membersApi.update, { params: { householdId, personId }, body: input })
}

export function useUpdateMember(householdId: number, personId: number) {
  return useHouseholdMutation(householdId, (input: UpdateMemberInput) =>
    updateMember(householdId, personId, input),
  )
}
