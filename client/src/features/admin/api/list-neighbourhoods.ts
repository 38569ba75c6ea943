import { queryOptions, useQuery } from '@tanstack/react-query'
import { adminApi } from '#shared/contracts/admin'
import { callApi } from '../../../lib/api.ts'

export const neighbourhoodKeys = {
  all: ['admin', 'neighbourhoods'] as const,
}

export function listNeighbourhoods() {
  return callApi(adminApi.listNeighbourhoods, {})
}

export const neighbourhoodsQueryOptions = queryOptions({
  queryKey: neighbourhoodKeys.all,
  queryFn: listNeighbourhoods,
})

export function useNeighbourhoods() {
  return useQuery(neighbourhoodsQueryOptions)
}
