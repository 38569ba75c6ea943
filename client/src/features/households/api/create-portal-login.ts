import { useMutation, useQueryClient } from '@tanstack/react-query'
import { portalLoginsApi, type CreatePortalLoginInput } from '#shared/contracts/portal-logins'
import { callApi } from '../../../lib/api.ts'
import { householdKeys } from './list-households.ts'

type Variables = { personId: number; input: CreatePortalLoginInput }

/**
 * Makes a log-in for a member of 12 or older, or a new code for one still waiting (the old code stops working).
 * The reply holds the one-time code: it is shown once and never fetched again.
 */
export function createPortalLogin(householdId: number, { personId, input }: Variables) {
  return callApi(portalLoginsApi.create, { params: { householdId, personId }, body: input })
}

export function useCreatePortalLogin(householdId: number) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (variables: Variables) => createPortalLogin(householdId, variables),
    // On a conflict too: the list was out of date (someone activated meanwhile), so fetch it again. Not awaited:
    // the code shows at once, the status beside it follows.
    onSettled: () => {
      void queryClient.invalidateQueries({ queryKey: householdKeys.portalLogins(householdId) })
    },
  })
}
