import { queryOptions, useQuery } from '@tanstack/react-query'
import { safetyApi } from '#shared/contracts/safety'
import { callApi } from '../../../lib/api.ts'

export const safetyKeys = {
  all: ['safety'] as const,
  /** The household's safety: signals, pictures and meldcode trajectories. Other safety queries sit under it. */
  overview: (householdId: number) => [...safetyKeys.all, householdId] as const,
}

/** Signals, the current safety picture of each member, and the meldcode trajectories of one household. */
export function getSafetyOverview(householdId: number) {
  return callApi(safetyApi.overview, { params: { householdId } })
}

export function safetyOverviewQueryOptions(householdId: number) {
  return queryOptions({
    queryKey: safetyKeys.overview(householdId),
    queryFn: () => getSafetyOverview(householdId),
  })
}

export function useSafetyOverview(householdId: number) {
  return useQuery(safetyOverviewQueryOptions(householdId))
}
