import { queryOptions, useQueries } from '@tanstack/react-query'
import { requestsApi, type DuplicateQuery, type PossibleDuplicate } from '#shared/contracts/requests'
import { callApi } from '../../../lib/api.ts'
import { requestKeys } from './get-request.ts'

/** Households of the team that may be the one a request is about (same address, or same name and birthdate). */
export function listDuplicates(query: DuplicateQuery) {
  return callApi(requestsApi.duplicates, { query })
}

export function duplicatesQueryOptions(query: DuplicateQuery) {
  return queryOptions({
    queryKey: requestKeys.duplicates(query),
    queryFn: () => listDuplicates(query),
  })
}

/** One household per row, with every reason any of the look-ups found for it. */
export function mergeDuplicates(lists: (PossibleDuplicate[] | undefined)[]): PossibleDuplicate[] {
  const byId = new Map<number, PossibleDuplicate>()
  for (const duplicate of lists.flat()) {
    if (!duplicate) continue
    const known = byId.get(duplicate.householdId)
    byId.set(
      duplicate.householdId,
      known ? { ...known, reasons: [...new Set([...known.reasons, ...duplicate.reasons])] } : duplicate,
    )
  }
  return [...byId.values()]
}

/** Runs several look-ups at once (the address, and each person with a name and birthdate) and merges them. */
export function useDuplicates(queries: DuplicateQuery[]) {
  return useQueries({
    queries: queries.map((query) => duplicatesQueryOptions(query)),
    combine: (results) => ({
      duplicates: mergeDuplicates(results.map((result) => result.data)),
      isFetching: results.some((result) => result.isFetching),
      error: results.find((result) => result.isError)?.error ?? null,
    }),
  })
}
