import { infiniteQueryOptions, useInfiniteQuery } from '@tanstack/react-query'
import { adminApi, type UserListQuery } from '#shared/contracts/admin'
import { callApi } from '../../../lib/api.ts'

/** All accounts, or only those marked for review (not used for 90 days). */
export type UserListShow = UserListQuery['show']

export const userKeys = {
  all: ['admin', 'users'] as const,
  list: (q: string, show: UserListShow) => [...userKeys.all, 'list', q, show] as const,
}

export function listUsers(q: string, show: UserListShow, cursor?: string) {
  return callApi(adminApi.listUsers, {
    query: { q: q || undefined, show: show === 'all' ? undefined : show, cursor },
  })
}

export function usersQueryOptions(q: string, show: UserListShow = 'all') {
  return infiniteQueryOptions({
    queryKey: userKeys.list(q, show),
    queryFn: ({ pageParam }) => listUsers(q, show, pageParam),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (lastPage) => lastPage.nextCursor ?? undefined,
  })
}

export function useUsers(q: string, show: UserListShow = 'all') {
  return useInfiniteQuery(usersQueryOptions(q, show))
}
