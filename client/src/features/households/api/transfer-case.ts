import { useMutation, useQueryClient } from '@tanstack/react-query'
import { requestsApi } from '#shared/contracts/requests'
import { callApi } from '../../../lib/api.ts'
import { invalidateCaseData } from '../../../lib/case-data.ts'

export type TransferCaseInput = { toWorkerId: number; note?: string }

/** Offers the case to a colleague; it stays with the sender until the colleague accepts. */
export function transferCase(householdId: number, input: TransferCaseInput) {
  return callApi(requestsApi.transfer, { params: { householdId }, body: input })
}

export function useTransferCase(householdId: number) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (input: TransferCaseInput) => transferCase(householdId, input),
    onSuccess: () => void invalidateCaseData(queryClient),
  })
}
