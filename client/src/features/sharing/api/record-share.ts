import { useMutation, useQueryClient } from '@tanstack/react-query'
import { sharingApi, type RecordShareInput, type Share } from '#shared/contracts/sharing'
import { callApi } from '../../../lib/api.ts'
import { invalidateCaseData } from '../../../lib/case-data.ts'
import { sharingKeys } from './list-shares.ts'

/**
 * Records a share. The server checks consent again at this moment: a consent withdrawn since the preview answers
 * 409 with one line per missing consent, and nothing is saved.
 */
export function recordShare(householdId: number, input: RecordShareInput) {
  return callApi(sharingApi.record, { params: { householdId }, body: input })
}

const latestFirst = (a: Share, b: Share) => b.sharedAt.localeCompare(a.sharedAt) || b.id - a.id

export function useRecordShare(householdId: number) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (input: RecordShareInput) => recordShare(householdId, input),
    onSuccess: (share) => {
      queryClient.setQueryData<Share[]>(sharingKeys.list(householdId), (list) =>
        list ? [share, ...list.filter((s) => s.id !== share.id)].sort(latestFirst) : list,
      )
      // Not awaited: the caller's own onSuccess runs first.
      void invalidateCaseData(queryClient)
    },
    // A refusal means a consent changed meanwhile: refresh what shows consents.
    onError: () => void invalidateCaseData(queryClient),
  })
}
