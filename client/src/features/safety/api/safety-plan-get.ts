import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { safetyApi, type SafetyPlan } from '#shared/contracts/safety'
import { callApi } from '../../../lib/api.ts'

/** Under the household's safety data, so a change to the safety page can refresh it with the rest. */
export const safetyPlanKey = (householdId: number) => ['safety', householdId, 'plan'] as const

/** The safety plan: conditions, the plan's safety goals with their worry and scores, and the danger sources. */
export function getSafetyPlan(householdId: number) {
  return callApi(safetyApi.safetyPlan, { params: { householdId } })
}

export function safetyPlanQueryOptions(householdId: number) {
  return queryOptions({
    queryKey: safetyPlanKey(householdId),
    queryFn: () => getSafetyPlan(householdId),
  })
}

export function useSafetyPlan(householdId: number) {
  return useQuery(safetyPlanQueryOptions(householdId))
}

/** A write to the safety plan: it answers with the whole fresh plan, which replaces what is cached (no refetch). */
export function useSafetyPlanMutation<V>(
  householdId: number,
  mutationFn: (variables: V) => Promise<SafetyPlan>,
) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn,
    onSuccess: (plan) => queryClient.setQueryData(safetyPlanKey(householdId), plan),
  })
}
