import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { settingsApi, type UpdateSettingsInput } from '#shared/contracts/settings'
import { callApi } from '../../../lib/api.ts'

export const settingsKeys = {
  all: ['admin', 'settings'] as const,
}

/** The municipality's settings, kept by the administrator. */
export function readSettings() {
  return callApi(settingsApi.read, {})
}

/** Only the settings sent are changed; the page sends all of them. */
export function updateSettings(input: UpdateSettingsInput) {
  return callApi(settingsApi.update, { body: input })
}

export const settingsQueryOptions = queryOptions({ queryKey: settingsKeys.all, queryFn: readSettings })

export function useSettings() {
  return useQuery(settingsQueryOptions)
}

export function useUpdateSettings() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: updateSettings,
    onSuccess: (settings) => queryClient.setQueryData(settingsKeys.all, settings),
  })
}
