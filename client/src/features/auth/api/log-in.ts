import { useMutation, useQueryClient } from '@tanstack/react-query'
import { authApi, type LoginInput } from '#shared/contracts/auth'
import { callApi } from '../../../lib/api.ts'
import { clearSession, setSessionUser } from '../../../lib/session.ts'

export function logIn(input: LoginInput) {
  return callApi(authApi.login, { body: input })
}

/**
 * The password step. Straight in: the session cache then holds the new user, and the log-in page moves on to their
 * start page. Otherwise the reply says which step comes next (the code from the app, or setting that up first).
 */
export function useLogIn() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: logIn,
    onSuccess: (result) => {
      // Nothing fetched for whoever used this browser before may show up for this user.
      clearSession(queryClient)
      if (result.status === 'signedIn') setSessionUser(queryClient, result.me)
    },
  })
}
