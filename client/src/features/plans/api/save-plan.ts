import { useMutation, useQueryClient } from '@tanstack/react-query'
import { plansApi, type SavePlanInput } from '#shared/contracts/plans'
import { callApi } from '../../../lib/api.ts'
import { planKeys } from './get-plan.ts'

/**
 * Saves the whole plan on top of the version it was read as. The server refuses (409) when someone saved a newer
 * version meanwhile, and writes no version when nothing changed.
 */
export function savePlan(householdId: number, input: SavePlanInput) {
  return callApi(plansApi.save, { params: { householdId }, body: input })
}

export function useSavePlan(householdId: number) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (input: SavePlanInput) => savePlan(householdId, input),
    onSuccess: async (version) => {
      queryClient.setQueryData(planKeys.version(householdId, version.version), version)
      await queryClient.invalidateQueries({ queryKey: planKeys.overview(householdId) })
    },
  })
}
