import { safetyApi } from '#shared/contracts/safety'
import { callApi } from '../../../lib/api.ts'
import { useTrajectoryMutation } from './safety-cache.ts'

export type MapSignalsVariables = { trajectoryId: number; signalIds: number[] }

/** Step 1 again: the signals the trajectory maps, replacing the ones it had. */
export function mapSignals(householdId: number, { trajectoryId, signalIds }: MapSignalsVariables) {
  return callApi(safetyApi.mapSignals, { params: { householdId, trajectoryId }, body: { signalIds } })
}

export function useMapSignals(householdId: number) {
  return useTrajectoryMutation(householdId, (variables: MapSignalsVariables) =>
    mapSignals(householdId, variables),
  )
}
