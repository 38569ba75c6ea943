import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { accountApi } from '#shared/contracts/account'
import { authApi, type ChangePasswordInput } from '#shared/contracts/auth'
import { callApi } from '../../../lib/api.ts'
import { accountKeys } from './two-factor.ts'

/** The sessions open in the user's name: device, started, last active, and which one is this browser. */
export const sessionsQueryOptions = queryOptions({
  queryKey: accountKeys.sessions,
  queryFn: () => callApi(accountApi.sessions, {}),
})

export function useSessions() {
  return useQuery(sessionsQueryOptions)
}

/** Logs out one of the user's other sessions; the list then reloads. */
export function useEndSession() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (sessionId: string) => callApi(accountApi.endSession, { params: { sessionId }, body: {} }),
    onSettled: () => queryClient.invalidateQueries({ queryKey: accountKeys.sessions }),
  })
}

/** Changes the password; the server ends every other session of the user, so the list reloads. */
export function useChangePassword() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (input: ChangePasswordInput) => callApi(authApi.changePassword, { body: input }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: accountKeys.sessions }),
  })
}
