import { membersApi, type ProfessionalInput } from '#shared/contracts/members'
import { callApi } from '../../../lib/api.ts'
import { useHouseholdMutation } from './use-household-mutation.ts'

/** A professional of a partner organisation who is involved with the household. */
export function addProfessional(householdId: number, input: ProfessionalInput) {
  return callApi(membersApi.addProfessional, { params: { householdId }, body: input })
}

export function useAddProfessional(householdId: number) {
  return useHouseholdMutation(householdId, (input: ProfessionalInput) => addProfessional(householdId, input))
}
