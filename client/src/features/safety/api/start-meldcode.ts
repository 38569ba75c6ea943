import { safetyApi } from '#shared/contracts/safety'
import { callApi } from '../../../lib/api.ts'
import { useTrajectoryMutation } from './safety-cache.ts'

/** Starts a meldcode trajectory with its first step: the open signals it maps. */
export function startMeldcode(householdId: number, signalIds: number[]) {
  return callApi(safetyApi.startMeldcode, { params: { householdId }, body: { signalIds } })
}

export function useStartMeldcode(householdId: number) {
  return useTrajectoryMutation(householdId, (signalIds: number[]) => startMeldcode(householdId, signalIds))
}
