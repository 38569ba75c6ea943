import { queryOptions, useQuery } from '@tanstack/react-query'
import { reflectionsApi } from '#shared/contracts/reflections'
import { callApi } from '../../../lib/api.ts'

export const reflectionKeys = {
  all: ['reflections'] as const,
  household: (householdId: number) => [...reflectionKeys.all, householdId] as const,
  team: () => [...reflectionKeys.all, 'team'] as const,
}

/** The reflections on one case: asked for and not yet held first, then held ones, newest first. */
export function listReflections(householdId: number) {
  return callApi(reflectionsApi.list, { params: { householdId } })
}

export function reflectionsQueryOptions(householdId: number) {
  return queryOptions({
    queryKey: reflectionKeys.household(householdId),
    queryFn: () => listReflections(householdId),
  })
}

export function useReflections(householdId: number) {
  return useQuery(reflectionsQueryOptions(householdId))
}
