import { useMutation } from '@tanstack/react-query'
import { plansApi, type MinorPlanViewInput } from '#shared/contracts/plans'
import { callApi } from '../../../lib/api.ts'

/**
 * Whether a member under 16 sees the whole plan in their own overview, with who (holding parental authority)
 * agreed. The overview does not return the choice, so nothing is cached or refetched.
 */
export function recordMinorView(householdId: number, personId: number, input: MinorPlanViewInput) {
  return callApi(plansApi.recordMinorView, { params: { householdId, personId }, body: input })
}

export function useRecordMinorView(householdId: number, personId: number) {
  return useMutation({
    mutationFn: (input: MinorPlanViewInput) => recordMinorView(householdId, personId, input),
  })
}
