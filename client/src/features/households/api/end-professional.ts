import { membersApi } from '#shared/contracts/members'
import { callApi } from '../../../lib/api.ts'
import { useHouseholdMutation } from './use-household-mutation.ts'

/** A professional is no longer involved; what was recorded stays. */
export function endProfessional(householdId: number, professionalId: number) {
  return callApi(membersApi.endProfessional, { params: { householdId, professionalId }, body: {} })
}

export function useEndProfessional(householdId: number) {
  return useHouseholdMutation(householdId, (professionalId: number) =>
    endProfessional(householdId, professionalId),
  )
}
