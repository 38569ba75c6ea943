import { requestsApi, type TriageInput } from '#shared/contracts/requests'
import { callApi } from '../../../lib/api.ts'
import { useRequestMutation } from './use-request-mutation.ts'

export function triageRequest(requestId: number, input: TriageInput) {
  return callApi(requestsApi.triage, { params: { requestId }, body: input })
}

export function useTriageRequest(requestId: number) {
  return useRequestMutation((input: TriageInput) => triageRequest(requestId, input))
}
