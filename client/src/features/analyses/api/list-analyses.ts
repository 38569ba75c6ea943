import { queryOptions, useQuery } from '@tanstack/react-query'
import { analysesApi } from '#shared/contracts/analyses'
import { callApi } from '../../../lib/api.ts'

export const analysisKeys = {
  all: ['analyses'] as const,
  list: (householdId: number) => [...analysisKeys.all, 'list', householdId] as const,
  detail: (householdId: number, analysisId: number) =>
    [...analysisKeys.all, 'detail', householdId, analysisId] as const,
  compare: (householdId: number, from: number, to: number) =>
    [...analysisKeys.all, 'compare', householdId, from, to] as const,
}

/** The household's broad-view snapshots, newest first. */
export function listAnalyses(householdId: number) {
  return callApi(analysesApi.list, { params: { householdId } })
}

export function analysisListQueryOptions(householdId: number) {
  return queryOptions({
    queryKey: analysisKeys.list(householdId),
    queryFn: () => listAnalyses(householdId),
  })
}

export function useAnalysisList(householdId: number) {
  return useQuery(analysisListQueryOptions(householdId))
}
