import { requestsApi } from '#shared/contracts/requests'
import { callApi } from '../../../lib/api.ts'
import { useRequestMutation } from './use-request-mutation.ts'

export function assignTriageWorker(requestId: number, workerId: number) {
  return callApi(requestsApi.assignTriage, { params: { requestId }, body: { workerId } })
}

/** A supervisor chooses who triages a request that has nobody yet. */
export function useAssignTriageWorker() {
  return useRequestMutation(({ requestId, workerId }: { requestId: number; workerId: number }) =>
    assignTriageWorker(requestId, workerId),
  )
}
