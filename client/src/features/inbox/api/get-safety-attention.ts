import { queryOptions, useQuery } from '@tanstack/react-query'
import { teamSafetyApi } from '#shared/contracts/safety'
import { callApi } from '../../../lib/api.ts'
import { inboxKeys } from './get-inbox.ts'

/** Households of the worker's caseload with open signals or an open meldcode trajectory (chosen on the server). */
export function getSafetyAttention() {
  return callApi(teamSafetyApi.attention, {})
}

export const safetyAttentionQueryOptions = queryOptions({
  queryKey: [...inboxKeys.all, 'safetyAttention'] as const,
  queryFn: getSafetyAttention,
})

export function useSafetyAttention() {
  return useQuery(safetyAttentionQueryOptions)
}
