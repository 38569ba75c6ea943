import { useMutation, useQueryClient } from '@tanstack/react-query'
import { requestsApi } from '#shared/contracts/requests'
import { callApi } from '../../../lib/api.ts'
import { invalidateCaseData } from '../../../lib/case-data.ts'

export type TransferDecision = 'accept' | 'decline'

export function decideOnTransfer(transferId: number, decision: TransferDecision) {
  const route = decision === 'accept' ? requestsApi.acceptTransfer : requestsApi.declineTransfer
  return callApi(route, { params: { transferId }, body: {} })
}

/** Accepting moves the case to this worker; declining leaves it with the colleague who offered it. */
export function useDecideOnTransfer() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: ({ transferId, decision }: { transferId: number; decision: TransferDecision }) =>
      decideOnTransfer(transferId, decision),
    onSuccess: () => invalidateCaseData(queryClient),
  })
}
