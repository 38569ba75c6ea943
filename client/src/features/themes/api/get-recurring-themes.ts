import { queryOptions, useQuery } from '@tanstack/react-query'
import { themesApi } from '#shared/contracts/themes'
import { callApi } from '../../../lib/api.ts'
import { themeKeys } from './get-neighbourhood-themes.ts'

/** The team's recurring themes, with households per neighbourhood (small counts suppressed). */
export function getRecurringThemes() {
  return callApi(themesApi.recurring, {})
}

export function recurringThemesQueryOptions() {
  return queryOptions({ queryKey: themeKeys.recurring(), queryFn: getRecurringThemes })
}

export function useRecurringThemes() {
  return useQuery(recurringThemesQueryOptions())
}
