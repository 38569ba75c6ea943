import { useMutation, useQueryClient } from '@tanstack/react-query'
import type { PortalPlan } from '#shared/contracts/plans'
import { isNotFound } from '../../../lib/api.ts'
import { portalKeys } from './get-portal.ts'

/**
 * Every change the member makes to their plan answers with the plan as they now see it: that reply fills the page
 * at once. A 404 means the goal or action is gone (the worker changed the plan meanwhile): fetch it again.
 */
export function usePortalPlanMutation<V>(
  householdId: number,
  mutationFn: (variables: V) => Promise<PortalPlan>,
) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn,
    onSuccess: (plan) => queryClient.setQueryData(portalKeys.plan(householdId), plan),
    onError: (error) => {
      if (isNotFound(error)) void queryClient.invalidateQueries({ queryKey: portalKeys.plan(householdId) })
    },
  })
}
