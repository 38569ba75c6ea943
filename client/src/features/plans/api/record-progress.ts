import { useMutation, useQueryClient } from '@tanstack/react-query'
import { plansApi, type ProgressInput } from '#shared/contracts/plans'
import { callApi } from '../../../lib/api.ts'
import { planKeys } from './get-plan.ts'

/** The worker's view of how a goal is going: 1 to 10 and a few words. Progress is kept apart from the versions. */
export function recordProgress(householdId: number, goalKey: string, input: ProgressInput) {
  return callApi(plansApi.recordProgress, { params: { householdId, goalKey }, body: input })
}

export function useRecordProgress(householdId: number, goalKey: string) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (input: ProgressInput) => recordProgress(householdId, goalKey, input),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: planKeys.overview(householdId) }),
  })
}
