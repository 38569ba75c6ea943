import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { authApi, type Me, type SecondFactorInput } from '#shared/contracts/auth'
import { ApiRequestError, callApi } from '../../../lib/api.ts'
import { clearSession, setSessionUser } from '../../../lib/session.ts'

/**
 * The steps after a correct password, for accounts with two-factor log-in. They ride on a short-lived log-in cookie
 * the password step set; no session exists until they succeed.
 */
export const loginStepKeys = {
  // Under 'session', so a 401 elsewhere (which clears every other query) cannot make it fetch again by itself.
  enrolment: ['session', 'login-enrolment'] as const,
}

/** The log-in cookie ran out (or is gone): the user starts again with e-mail address and password. */
export function isLoginStepExpired(error: unknown): boolean {
  return error instanceof ApiRequestError && error.status === 401
}

export function logInSecondFactor(input: SecondFactorInput) {
  return callApi(authApi.loginSecondFactor, { body: input })
}

/** The code from the app (or a recovery code): the user is then logged in. */
export function useLogInSecondFactor() {
  const finish = useFinishLogIn()
  return useMutation({ mutationFn: logInSecondFactor, onSuccess: finish })
}

/** The QR code and key for an account that must set up two-factor log-in before it gets in. */
export const loginEnrolmentQueryOptions = queryOptions({
  queryKey: loginStepKeys.enrolment,
  queryFn: () => callApi(authApi.loginEnrolment, {}),
  // The server keeps the same secret until it is confirmed; there is nothing to refresh.
  staleTime: Infinity,
  gcTime: 0,
})

export function useLoginEnrolment() {
  return useQuery(loginEnrolmentQueryOptions)
}

export function logInEnrol(input: SecondFactorInput) {
  return callApi(authApi.loginEnrol, { body: input })
}

/**
 * Confirms the new second factor with a code from the app. The server logs the user in at once, but the page first
 * shows the recovery codes: the session cache gets the user only when they continue (useFinishLogIn).
 */
export function useLogInEnrol() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: logInEnrol,
    // The secret has done its work: it should not stay in memory.
    onSuccess: () => queryClient.removeQueries({ queryKey: loginStepKeys.enrolment }),
  })
}

/** Puts the user who just logged in into the session cache; the log-in page then moves on. */
export function useFinishLogIn() {
  const queryClient = useQueryClient()
  return (me: Me) => {
    // Nothing fetched for whoever used this browser before may show up for this user.
    clearSession(queryClient)
    setSessionUser(queryClient, me)
  }
}
