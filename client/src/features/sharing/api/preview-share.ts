import { useMutation } from '@tanstack/react-query'
import { sharingApi, type RecordShareInput } from '#shared/contracts/sharing'
import { callApi } from '../../../lib/api.ts'

/** Exactly what would be recorded, and per person whether consent covers it. Nothing is saved. */
export function previewShare(householdId: number, input: RecordShareInput) {
  return callApi(sharingApi.preview, { params: { householdId }, body: input })
}

/** A question, not a change: a mutation only because it is a POST asked on request, so nothing is cached. */
export function usePreviewShare(householdId: number) {
  return useMutation({ mutationFn: (input: RecordShareInput) => previewShare(householdId, input) })
}
