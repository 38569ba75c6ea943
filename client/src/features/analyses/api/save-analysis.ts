import { useMutation, useQueryClient } from '@tanstack/react-query'
import { analysesApi, type SaveAnalysisInput } from '#shared/contracts/analyses'
import { callApi } from '../../../lib/api.ts'
import { analysisKeys } from './list-analyses.ts'

/** Saves a new dated snapshot with every cell; earlier snapshots stay as they were. */
export function saveAnalysis(householdId: number, input: SaveAnalysisInput) {
  return callApi(analysesApi.save, { params: { householdId }, body: input })
}

export function useSaveAnalysis(householdId: number) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (input: SaveAnalysisInput) => saveAnalysis(householdId, input),
    onSuccess: async (analysis) => {
      queryClient.setQueryData(analysisKeys.detail(householdId, analysis.id), analysis)
      await queryClient.invalidateQueries({ queryKey: analysisKeys.list(householdId) })
    },
  })
}
