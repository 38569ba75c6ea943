import { useMutation, useQueryClient } from '@tanstack/react-query'
import { consentsApi, type Consent } from '#shared/contracts/consents'
import { callApi } from '../../../lib/api.ts'
import { invalidateCaseData } from '../../../lib/case-data.ts'
import { consentKeys } from './list-consents.ts'

/** Withdrawal takes effect at once; the consent stays on record with who withdrew it and when. */
export function withdrawConsent(householdId: number, consentId: number) {
  return callApi(consentsApi.withdraw, { params: { householdId, consentId }, body: {} })
}

export function useWithdrawConsent(householdId: number) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (consentId: number) => withdrawConsent(householdId, consentId),
    onSuccess: (consent) => {
      queryClient.setQueryData<Consent[]>(consentKeys.list(householdId), (list) =>
        list?.map((c) => (c.id === consent.id ? consent : c)),
      )
      void invalidateCaseData(queryClient)
    },
    // A 409 means someone else withdrew it meanwhile: refresh, so the list shows that.
    onError: () => void invalidateCaseData(queryClient),
  })
}
