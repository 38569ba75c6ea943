import { useMutation, useQueryClient } from '@tanstack/react-query'
import { plansApi, type MinorPlanViewInput } from '#shared/contracts/plans'
import { callApi } from '../../../lib/api.ts'
import { planKeys } from './get-plan.ts'

/**
 * Whether a member under 16 sees the whole plan in their own overview, with who (holding parental authority)
 * agreed. The plan overview lists the recorded choices, so it is fetched again.
 */
export function recordMinorView(householdId: number, personId: number, input: MinorPlanViewInput) {
  return callApi(plansApi.recordMinorView, { params: { householdId, personId }, body: input })
}

export function useRecordMinorView(householdId: number, personId: number) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (input: MinorPlanViewInput) => recordMinorView(householdId, personId, input),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: planKeys.overview(householdId) }),
  })
}
