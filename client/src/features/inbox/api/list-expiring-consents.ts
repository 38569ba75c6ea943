import { queryOptions, useQuery } from '@tanstack/react-query'
import { consentsApi } from '#shared/contracts/consents'
import { callApi } from '../../../lib/api.ts'
import { inboxKeys } from './get-inbox.ts'

/** Consents in the worker's own households that end within 30 days, soonest first (chosen on the server). */
export function listExpiringConsents() {
  return callApi(consentsApi.expiring, {})
}

export const expiringConsentsQueryOptions = queryOptions({
  queryKey: [...inboxKeys.all, 'expiringConsents'] as const,
  queryFn: listExpiringConsents,
})

export function useExpiringConsents() {
  return useQuery(expiringConsentsQueryOptions)
}
