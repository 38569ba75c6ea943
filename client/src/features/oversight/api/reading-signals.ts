import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { readingSignalsApi, type ReadingSignal } from '#shared/contracts/oversight'
import { callApi } from '../../../lib/api.ts'

export const readingSignalKeys = {
  all: ['readingSignals'] as const,
}

/** Users who opened more different households within an hour than the threshold; no case content. */
export function listReadingSignals() {
  return callApi(readingSignalsApi.list, {})
}

export const readingSignalsQueryOptions = queryOptions({
  queryKey: readingSignalKeys.all,
  queryFn: listReadingSignals,
})

export function useReadingSignals() {
  return useQuery(readingSignalsQueryOptions)
}

export function reviewReadingSignal(signalId: number) {
  return callApi(readingSignalsApi.review, { params: { signalId }, body: {} })
}

/** Marks a signal as seen; the list shows who did and when. */
export function useReviewReadingSignal() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: reviewReadingSignal,
    onSuccess: (reviewed) => {
      queryClient.setQueryData<ReadingSignal[]>(readingSignalKeys.all, (signals) =>
        signals?.map((signal) => (signal.id === reviewed.id ? reviewed : signal)),
      )
    },
    onSettled: () => queryClient.invalidateQueries({ queryKey: readingSignalKeys.all }),
  })
}
