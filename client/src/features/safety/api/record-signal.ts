import { safetyApi, type RecordSignalInput } from '#shared/contracts/safety'
import { callApi } from '../../../lib/api.ts'
import { useOverviewMutation } from './safety-cache.ts'

/** A concrete observation about one or more members; it puts the safety mark on the household. */
export function recordSignal(householdId: number, input: RecordSignalInput) {
  return callApi(safetyApi.recordSignal, { params: { householdId }, body: input })
}

export function useRecordSignal(householdId: number) {
  return useOverviewMutation(householdId, (input: RecordSignalInput) => recordSignal(householdId, input))
}
