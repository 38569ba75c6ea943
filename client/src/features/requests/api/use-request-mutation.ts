import { useMutation, useQueryClient } from '@tanstack/react-query'
import type { RequestDetail } from '#shared/contracts/requests'
import { invalidateCaseData } from '../../../lib/case-data.ts'
import { requestKeys } from './get-request.ts'

/**
 * Every change to a request answers with the request as it now is: that reply fills the page at once, and the
 * lists the request appears on (inbox, team overview, household page) are refreshed.
 */
export function useRequestMutation<V>(mutationFn: (variables: V) => Promise<RequestDetail>) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn,
    onSuccess: (request) => {
      queryClient.setQueryData(requestKeys.detail(request.id), request)
      // Not awaited: the caller's own onSuccess runs first, even when the refreshed list then drops the row
      // the form sat in (assigning an unassigned request removes it from that list).
      void invalidateCaseData(queryClient)
    },
  })
}
