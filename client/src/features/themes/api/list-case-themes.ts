import { queryOptions, useQuery } from '@tanstack/react-query'
import { themesApi } from '#shared/contracts/themes'
import { callApi } from '../../../lib/api.ts'
import { themeKeys } from './get-neighbourhood-themes.ts'

/** The recurring themes one case is tagged with, by name. */
export function listCaseThemes(householdId: number) {
  return callApi(themesApi.list, { params: { householdId } })
}

export function caseThemesQueryOptions(householdId: number) {
  return queryOptions({
    queryKey: themeKeys.household(householdId),
    queryFn: () => listCaseThemes(householdId),
  })
}

export function useCaseThemes(householdId: number) {
  return useQuery(caseThemesQueryOptions(householdId))
}
