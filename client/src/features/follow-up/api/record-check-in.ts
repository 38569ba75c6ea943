import { followUpApi, type CheckInInput } from '#shared/contracts/follow-up'
import { callApi } from '../../../lib/api.ts'
import { useFollowUpMutation } from './use-follow-up-mutation.ts'

/** A brief check-in: when, how and a line about how it goes. The next one is due an interval after it. */
export function recordCheckIn(householdId: number, input: CheckInInput) {
  return callApi(followUpApi.checkIn, { params: { householdId }, body: input })
}

export function useRecordCheckIn(householdId: number) {
  return useFollowUpMutation(householdId, (input: CheckInInput) => recordCheckIn(householdId, input))
}
