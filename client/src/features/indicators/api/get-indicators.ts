import { queryOptions, useQuery } from '@tanstack/react-query'
import { indicatorsApi } from '#shared/contracts/indicators'
import { callApi } from '../../../lib/api.ts'

export const indicatorKeys = {
  all: ['indicators'] as const,
  report: (quarter: string) => [...indicatorKeys.all, 'report', quarter] as const,
  narratives: (quarter: string) => [...indicatorKeys.all, 'narratives', quarter] as const,
}

/** The team's five indicators for a quarter, with the three quarters before it. */
export function getIndicators(quarter: string) {
  return callApi(indicatorsApi.report, { query: { quarter } })
}

export function indicatorsQueryOptions(quarter: string) {
  return queryOptions({ queryKey: indicatorKeys.report(quarter), queryFn: () => getIndicators(quarter) })
}

export function useIndicators(quarter: string) {
  return useQuery(indicatorsQueryOptions(quarter))
}

/** The team's vertelpunten of a quarter, in the order they were written. */
export function listNarratives(quarter: string) {
  return callApi(indicatorsApi.narratives, { query: { quarter } })
}

export function narrativesQueryOptions(quarter: string) {
  return queryOptions({ queryKey: indicatorKeys.narratives(quarter), queryFn: () => listNarratives(quarter) })
}

export function useNarratives(quarter: string) {
  return useQuery(narrativesQueryOptions(quarter))
}
