import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query'
import { themesApi } from '#shared/contracts/themes'
import { callApi } from '../../../lib/api.ts'

export const themeKeys = {
  all: ['themes'] as const,
  neighbourhood: (quarter: string | undefined) =>
    [...themeKeys.all, 'neighbourhood', quarter ?? 'current'] as const,
  recurring: () => [...themeKeys.all, 'recurring'] as const,
  household: (householdId: number) => [...themeKeys.all, 'household', householdId] as const,
}

/** The figures of the team's neighbourhoods in one quarter (without one: the current quarter). */
export function getNeighbourhoodThemes(quarter: string | undefined) {
  return callApi(themesApi.neighbourhood, { query: { quarter } })
}

export function neighbourhoodThemesQueryOptions(quarter: string | undefined) {
  return queryOptions({
    queryKey: themeKeys.neighbourhood(quarter),
    queryFn: () => getNeighbourhoodThemes(quarter),
    // Another quarter keeps the page (and the focused quarter select) in place while it loads.
    placeholderData: keepPreviousData,
  })
}

export function useNeighbourhoodThemes(quarter: string | undefined) {
  return useQuery(neighbourhoodThemesQueryOptions(quarter))
}
