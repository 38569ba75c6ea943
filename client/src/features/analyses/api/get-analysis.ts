import { queryOptions, useQuery } from '@tanstack/react-query'
import { analysesApi } from '#shared/contracts/analyses'
import { callApi } from '../../../lib/api.ts'
import { analysisKeys } from './list-analyses.ts'

/** One snapshot with every cell, and what is not yet assessed or heard. */
export function getAnalysis(householdId: number, analysisId: number) {
  return callApi(analysesApi.get, { params: { householdId, analysisId } })
}

export function analysisQueryOptions(householdId: number, analysisId: number) {
  return queryOptions({
    queryKey: analysisKeys.detail(householdId, analysisId),
    queryFn: () => getAnalysis(householdId, analysisId),
  })
}

/** Waits for an id: the newest snapshot's id comes from the list first. */
export function useAnalysis(householdId: number, analysisId: number | undefined) {
  return useQuery({
    ...analysisQueryOptions(householdId, analysisId ?? 0),
    enabled: analysisId !== undefined,
  })
}
