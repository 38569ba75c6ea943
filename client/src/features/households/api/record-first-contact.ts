import { useMutation, useQueryClient } from '@tanstack/react-query'
import { householdsApi, type FirstContactInput, type HouseholdDetail } from '#shared/contracts/households'
import { callApi } from '../../../lib/api.ts'
import { householdKeys } from './list-households.ts'

/** Records one or more first-contact facts (legal protection); a part left out stays as it was. */
export function recordFirstContact(householdId: number, input: FirstContactInput) {
  return callApi(householdsApi.recordFirstContact, { params: { householdId }, body: input })
}

export function useRecordFirstContact(householdId: number) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (input: FirstContactInput) => recordFirstContact(householdId, input),
    onSuccess: (firstContact) =>
      queryClient.setQueryData<HouseholdDetail>(householdKeys.detail(householdId), (household) =>
        household ? { ...household, firstContact } : household,
      ),
  })
}
