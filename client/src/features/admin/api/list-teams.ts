import { queryOptions, useQuery } from '@tanstack/react-query'
import { adminApi } from '#shared/contracts/admin'
import { callApi } from '../../../lib/api.ts'

export const teamKeys = {
  all: ['admin', 'teams'] as const,
}

export function listTeams() {
  return callApi(adminApi.listTeams, {})
}

export const teamsQueryOptions = queryOptions({ queryKey: teamKeys.all, queryFn: listTeams })

export function useTeams() {
  return useQuery(teamsQueryOptions)
}
