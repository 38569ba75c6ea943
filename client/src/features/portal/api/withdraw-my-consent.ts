import { useMutation, useQueryClient } from '@tanstack/react-query'
import { householdFileApi } from '#shared/contracts/household-file'
import { callApi } from '../../../lib/api.ts'
import { portalKeys } from './get-portal.ts'

/** The member withdraws one of their consents; it counts at once. The reply is their consents as they now are. */
export function withdrawMyConsent(householdId: number, consentId: number) {
  return callApi(householdFileApi.withdrawConsent, { params: { householdId, consentId }, body: {} })
}

export function useWithdrawMyConsent(householdId: number) {
  const queryClient = useQueryClient()
  const key = portalKeys.consents(householdId)
  return useMutation({
    mutationFn: (consentId: number) => withdrawMyConsent(householdId, consentId),
    onSuccess: (consents) => queryClient.setQueryData(key, consents),
    // Gone or already withdrawn (by someone else meanwhile): fetch the list again, so the page shows how it is.
    onError: () => void queryClient.invalidateQueries({ queryKey: key }),
  })
}
