import { queryOptions, useQuery } from '@tanstack/react-query'
import { requestsApi, type DuplicateQuery } from '#shared/contracts/requests'
import { callApi } from '../../../lib/api.ts'

export const requestKeys = {
  all: ['requests'] as const,
  detail: (requestId: number) => [...requestKeys.all, 'detail', requestId] as const,
  duplicates: (query: DuplicateQuery) => [...requestKeys.all, 'duplicates', query] as const,
  team: (status: string) => [...requestKeys.all, 'team', status] as const,
}

export function getRequest(requestId: number) {
  return callApi(requestsApi.get, { params: { requestId } })
}

export function requestQueryOptions(requestId: number) {
  return queryOptions({
    queryKey: requestKeys.detail(requestId),
    queryFn: () => getRequest(requestId),
  })
}

export function useRequest(requestId: number) {
  return useQuery(requestQueryOptions(requestId))
}
