import { queryOptions, useQuery } from '@tanstack/react-query'
import { analysesApi } from '#shared/contracts/analyses'
import { callApi } from '../../../lib/api.ts'
import { analysisKeys } from './list-analyses.ts'

/** The scores that changed between two snapshots. */
export function compareAnalyses(householdId: number, from: number, to: number) {
  return callApi(analysesApi.compare, { params: { householdId }, query: { from, to } })
}

export function analysisComparisonQueryOptions(householdId: number, from: number, to: number) {
  return queryOptions({
    queryKey: analysisKeys.compare(householdId, from, to),
    queryFn: () => compareAnalyses(householdId, from, to),
  })
}

export function useAnalysisComparison(householdId: number, pair: { from: number; to: number } | null) {
  return useQuery({
    ...analysisComparisonQueryOptions(householdId, pair?.from ?? 0, pair?.to ?? 0),
    enabled: pair !== null,
  })
}
