import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { accountApi, type DisableTwoFactorInput } from '#shared/contracts/account'
import type { SecondFactorInput } from '#shared/contracts/auth'
import { callApi } from '../../../lib/api.ts'

export const accountKeys = {
  all: ['account'] as const,
  twoFactor: ['account', 'two-factor'] as const,
  sessions: ['account', 'sessions'] as const,
}

/** Whether the user's own two-factor log-in is on, since when, whether their role requires it, codes left. */
export const twoFactorQueryOptions = queryOptions({
  queryKey: accountKeys.twoFactor,
  queryFn: () => callApi(accountApi.twoFactor, {}),
})

export function useTwoFactorStatus() {
  return useQuery(twoFactorQueryOptions)
}

/** A new secret to scan (replaces one not yet confirmed); switching on needs a code from it. */
export function useSetupTwoFactor() {
  return useMutation({ mutationFn: () => callApi(accountApi.setupTwoFactor, { body: {} }) })
}

function useTwoFactorChange<I, O>(mutationFn: (input: I) => Promise<O>) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: accountKeys.twoFactor }),
  })
}

/** Switches two-factor log-in on with a code from the app; answers the ten recovery codes, to show once. */
export function useConfirmTwoFactor() {
  return useTwoFactorChange((input: SecondFactorInput) =>
    callApi(accountApi.confirmTwoFactor, { body: input }),
  )
}

/** Ten new recovery codes (the old ones stop working); needs a current code from the app. */
export function useNewRecoveryCodes() {
  return useTwoFactorChange((input: SecondFactorInput) =>
    callApi(accountApi.newRecoveryCodes, { body: input }),
  )
}

/** Switches two-factor log-in off (refused for a role that requires it); needs the password. */
export function useDisableTwoFactor() {
  return useTwoFactorChange((input: DisableTwoFactorInput) =>
    callApi(accountApi.disableTwoFactor, { body: input }),
  )
}
