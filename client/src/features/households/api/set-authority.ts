import { membersApi, type AuthorityInput } from '#shared/contracts/members'
import { callApi } from '../../../lib/api.ts'
import { useHouseholdMutation } from './use-household-mutation.ts'

/** Who holds parental authority (gezag) over a minor; replaces what was recorded before. */
export function setAuthority(householdId: number, personId: number, input: AuthorityInput) {
  return callApi(membersApi.setAuthority, { params: { householdId, personId }, body: input })
}

export function useSetAuthority(householdId: number, personId: number) {
  return useHouseholdMutation(householdId, (input: AuthorityInput) =>
    setAuthority(householdId, personId, input),
  )
}
