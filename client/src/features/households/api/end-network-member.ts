import { membersApi } from '#shared/contracts/members'
import { callApi } from '../../../lib/api.ts'
import { useHouseholdMutation } from './use-household-mutation.ts'

/** Someone of the network is no longer involved; what was recorded stays. */
export function endNetworkMember(householdId: number, networkMemberId: number) {
  return callApi(membersApi.endNetworkMember, { params: { householdId, networkMemberId }, body: {} })
}

export function useEndNetworkMember(householdId: number) {
  return useHouseholdMutation(householdId, (networkMemberId: number) =>
    endNetworkMember(householdId, networkMemberId),
  )
}
