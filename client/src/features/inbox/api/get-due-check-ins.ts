import { queryOptions, useQuery } from '@tanstack/react-query'
import { followUpApi } from '#shared/contracts/follow-up'
import { callApi } from '../../../lib/api.ts'
import { inboxKeys } from './get-inbox.ts'

/** The worker's scaled-down households whose check-in is overdue or due within a week (chosen on the server). */
export function getDueCheckIns() {
  return callApi(followUpApi.due, {})
}

export const dueCheckInsQueryOptions = queryOptions({
  queryKey: [...inboxKeys.all, 'dueCheckIns'] as const,
  queryFn: getDueCheckIns,
})

export function useDueCheckIns() {
  return useQuery(dueCheckInsQueryOptions)
}
