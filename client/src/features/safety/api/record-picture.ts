import { safetyApi, type RecordPictureInput } from '#shared/contracts/safety'
import { callApi } from '../../../lib/api.ts'
import { useOverviewMutation } from './safety-cache.ts'

/** "Zicht op veiligheid": how safe one member is on a day, and what that is based on. */
export function recordPicture(householdId: number, input: RecordPictureInput) {
  return callApi(safetyApi.recordPicture, { params: { householdId }, body: input })
}

export function useRecordPicture(householdId: number) {
  return useOverviewMutation(householdId, (input: RecordPictureInput) => recordPicture(householdId, input))
}
