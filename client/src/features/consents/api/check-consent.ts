import { queryOptions, useQuery } from '@tanstack/react-query'
import { consentsApi } from '#shared/contracts/consents'
import { callApi } from '../../../lib/api.ts'
import { consentKeys, type ConsentCheckParams } from './list-consents.ts'

/** For one member, recipient, purpose and categories: each consent that is needed today, and whether it is there. */
export function checkConsent(householdId: number, params: ConsentCheckParams) {
  return callApi(consentsApi.check, { params: { householdId }, query: params })
}

export function consentCheckQueryOptions(householdId: number, params: ConsentCheckParams) {
  return queryOptions({
    queryKey: consentKeys.check(householdId, params),
    queryFn: () => checkConsent(householdId, params),
  })
}

/** Asks only once there is something to check; a recorded or withdrawn consent refreshes the answer on screen. */
export function useConsentCheck(householdId: number, params: ConsentCheckParams | null) {
  return useQuery({
    ...consentCheckQueryOptions(
      householdId,
      params ?? { personId: 0, recipient: '', purpose: '', categories: '' },
    ),
    enabled: params !== null,
  })
}
