import type { z } from 'zod'
import { followUpApi, type ReopenInput } from '#shared/contracts/follow-up'
import { callApi } from '../../../lib/api.ts'
import { useFollowUpMutation } from './use-follow-up-mutation.ts'

export type ReopenCaseInput = z.input<typeof ReopenInput>

/** Re-opens a closed case in one action: it is active support again, and its history stays. */
export function reopenCase(householdId: number, input: ReopenCaseInput) {
  return callApi(followUpApi.reopen, { params: { householdId }, body: input })
}

export function useReopenCase(householdId: number) {
  return useFollowUpMutation(householdId, (input: ReopenCaseInput) => reopenCase(householdId, input))
}
