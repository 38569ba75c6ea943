import { useMutation, useQueryClient } from '@tanstack/react-query'
import type { HouseholdDetail } from '#shared/contracts/households'
import { invalidateCaseData } from '../../../lib/case-data.ts'
import { householdKeys } from './list-households.ts'

/**
 * Every change to who belongs to a household (members, network, professionals) answers with the household as it
 * now is: that reply fills the page at once, and lists that show members (caseload, team) are refreshed.
 */
export function useHouseholdMutation<V>(
  householdId: number,
  mutationFn: (variables: V) => Promise<HouseholdDetail>,
) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn,
    onSuccess: (household) => {
      queryClient.setQueryData(householdKeys.detail(householdId), household)
      // Not awaited: the caller's own onSuccess runs first, even when the form it sat in is gone then.
      void invalidateCaseData(queryClient)
    },
  })
}
