import { infiniteQueryOptions, useInfiniteQuery } from '@tanstack/react-query'
import { adminApi } from '#shared/contracts/admin'
import { callApi } from '../../../lib/api.ts'

export const userKeys = {
  all: ['admin', 'users'] as const,
  list: (q: string) => [...userKeys.all, 'list', q] as const,
}

export function listUsers(q: string, cursor?: string) {
  return callApi(adminApi.listUsers, { query: { q: q || undefined, cursor } })
}

export function usersQueryOptions(q: string) {
  return infiniteQueryOptions({
    queryKey: userKeys.list(q),
    queryFn: ({ pageParam }) => listUsers(q, pageParam),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (lastPage) => lastPage.nextCursor ?? undefined,
  })
}

export function useUsers(q: string) {
  return useInfiniteQuery(usersQueryOptions(q))
}
