import { useMutation, useQueryClient } from '@tanstack/react-query'
import { plansApi, type PortalPlan, type ProgressInput } from '#shared/contracts/plans'
import { callApi, isNotFound } from '../../../lib/api.ts'
import { portalKeys } from './get-portal.ts'

/** How it goes with one goal: a mark from 1 to 10 and, if the member likes, a few words. */
export function recordPortalProgress(householdId: number, goalKey: string, input: ProgressInput) {
  return callApi(plansApi.portalProgress, { params: { householdId, goalKey }, body: input })
}

/** The reply is the one new entry: it is added to the plan on screen at once, then the plan is fetched again. */
export function useRecordPortalProgress(householdId: number, goalKey: string) {
  const queryClient = useQueryClient()
  const key = portalKeys.plan(householdId)
  return useMutation({
    mutationFn: (input: ProgressInput) => recordPortalProgress(householdId, goalKey, input),
    onSuccess: (entry) => {
      queryClient.setQueryData<PortalPlan>(key, (plan) =>
        plan ? { ...plan, progress: [...plan.progress, entry] } : plan,
      )
      void queryClient.invalidateQueries({ queryKey: key })
    },
    onError: (error) => {
      if (isNotFound(error)) void queryClient.invalidateQueries({ queryKey: key })
    },
  })
}
