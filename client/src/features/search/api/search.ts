import { infiniteQueryOptions, useInfiniteQuery } from '@tanstack/react-query'
import { searchApi } from '#shared/contracts/search'
import { callApi } from '../../../lib/api.ts'

export const searchKeys = {
  all: ['search'] as const,
  results: (q: string) => [...searchKeys.all, q] as const,
}

/** One page of ranked hits; the server searches only households the user may open. */
export function search(q: string, offset: number) {
  return callApi(searchApi.search, { query: { q, offset } })
}

/** Offset pages ("Meer resultaten"): each page says where the next one starts, or null at the end. */
export function searchQueryOptions(q: string) {
  return infiniteQueryOptions({
    queryKey: searchKeys.results(q),
    queryFn: ({ pageParam }) => search(q, pageParam),
    initialPageParam: 0,
    getNextPageParam: (lastPage) => lastPage.nextOffset ?? undefined,
  })
}

export function useSearch(q: string) {
  return useInfiniteQuery({ ...searchQueryOptions(q), enabled: q !== '' })
}
