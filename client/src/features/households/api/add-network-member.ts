import { membersApi, type NetworkMemberInput } from '#shared/contracts/members'
import { callApi } from '../../../lib/api.ts'
import { useHouseholdMutation } from './use-household-mutation.ts'

/** Someone from the informal network (family, friends, neighbours) who helps the household. */
export function addNetworkMember(householdId: number, input: NetworkMemberInput) {
  return callApi(membersApi.addNetworkMember, { params: { householdId }, body: input })
}

export function useAddNetworkMember(householdId: number) {
  return useHouseholdMutation(householdId, (input: NetworkMemberInput) =>
    addNetworkMember(householdId, input),
  )
}
