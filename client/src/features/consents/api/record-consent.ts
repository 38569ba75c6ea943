import { useMutation, useQueryClient } from '@tanstack/react-query'
import { consentsApi, type Consent, type RecordConsentInput } from '#shared/contracts/consents'
import { callApi } from '../../../lib/api.ts'
import { invalidateCaseData } from '../../../lib/case-data.ts'
import { consentKeys } from './list-consents.ts'

/** One giver's consent about one member; the server checks the giver against the age rule on the day it was given. */
export function recordConsent(householdId: number, input: RecordConsentInput) {
  return callApi(consentsApi.record, { params: { householdId }, body: input })
}

/** The new consent shows in the list at once; what depends on it (the check, sharing) is marked stale. */
export function useRecordConsent(householdId: number) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (input: RecordConsentInput) => recordConsent(householdId, input),
    onSuccess: (consent) => {
      queryClient.setQueryData<Consent[]>(consentKeys.list(householdId), (list) =>
        list ? [consent, ...list.filter((c) => c.id !== consent.id)] : list,
      )
      // Not awaited: the caller's own onSuccess runs first.
      void invalidateCaseData(queryClient)
    },
  })
}
