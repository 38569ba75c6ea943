import { requestsApi } from '#shared/contracts/requests'
import { callApi } from '../../../lib/api.ts'
import { useRequestMutation } from './use-request-mutation.ts'

export type AppointmentOutcome = 'held' | 'not_held'

export function recordAppointmentOutcome(requestId: number, outcome: AppointmentOutcome) {
  return callApi(requestsApi.recordAppointmentOutcome, { params: { requestId }, body: { outcome } })
}

export function useRecordAppointmentOutcome(requestId: number) {
  return useRequestMutation((outcome: AppointmentOutcome) => recordAppointmentOutcome(requestId, outcome))
}
