import { queryOptions, useQuery } from '@tanstack/react-query'
import { reflectionsApi } from '#shared/contracts/reflections'
import { callApi } from '../../../lib/api.ts'
import { reflectionKeys } from './list-reflections.ts'

/** The supervisor's list: every reflection asked for or held on the team's cases. */
export function getTeamReflections() {
  return callApi(reflectionsApi.team, {})
}

export function teamReflectionsQueryOptions() {
  return queryOptions({ queryKey: reflectionKeys.team(), queryFn: getTeamReflections })
}

export function useTeamReflections() {
  return useQuery(teamReflectionsQueryOptions())
}
