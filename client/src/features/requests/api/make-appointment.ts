import { requestsApi } from '#shared/contracts/requests'
import { callApi } from '../../../lib/api.ts'
import { useRequestMutation } from './use-request-mutation.ts'

export function makeAppointment(requestId: number, appointmentOn: string) {
  return callApi(requestsApi.makeAppointment, { params: { requestId }, body: { appointmentOn } })
}

export function useMakeAppointment(requestId: number) {
  return useRequestMutation((appointmentOn: string) => makeAppointment(requestId, appointmentOn))
}
