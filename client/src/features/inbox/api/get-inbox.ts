import { queryOptions, useQuery } from '@tanstack/react-query'
import { requestsApi } from '#shared/contracts/requests'
import { callApi } from '../../../lib/api.ts'

export const inboxKeys = {
  all: ['inbox'] as const,
}

/** What is new for the worker: cases to pick up, transfers offered, requests to triage, overdue appointments. */
export function getInbox() {
  return callApi(requestsApi.inbox, {})
}

export const inboxQueryOptions = queryOptions({
  queryKey: inboxKeys.all,
  queryFn: getInbox,
})

export function useInbox() {
  return useQuery(inboxQueryOptions)
}
