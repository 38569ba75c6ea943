import { useMutation, useQueryClient } from '@tanstack/react-query'
import { authApi, type LoginInput } from '#shared/contracts/auth'
import { callApi } from '../../../lib/api.ts'
import { clearSession, setSessionUser } from '../../../lib/session.ts'

export function logIn(input: LoginInput) {
  return callApi(authApi.login, { body: input })
}

/** Logs in; the session cache then holds the new user, and the log-in page moves on to their start page. */
export function useLogIn() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: logIn,
    onSuccess: (me) => {
      // Nothing fetched for whoever used this browser before may show up for this user.
      clearSession(queryClient)
      setSessionUser(queryClient, me)
    },
  })
}
