import { safetyApi } from '#shared/contracts/safety'
import { callApi } from '../../../lib/api.ts'
import { useOverviewMutation } from './safety-cache.ts'

export type FollowUpSignalVariables = { signalId: number; note: string }

/** Closes an open signal (not in a meldcode trajectory) with what was done about it. */
export function followUpSignal(householdId: number, { signalId, note }: FollowUpSignalVariables) {
  return callApi(safetyApi.followUpSignal, { params: { householdId, signalId }, body: { note } })
}

export function useFollowUpSignal(householdId: number) {
  // A 409: followed up or put in a trajectory meanwhile. Show it as it now is.
  return useOverviewMutation(
    householdId,
    (variables: FollowUpSignalVariables) => followUpSignal(householdId, variables),
    { refreshOnError: true },
  )
}
