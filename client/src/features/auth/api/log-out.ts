import { useMutation } from '@tanstack/react-query'
import { authApi } from '../../../lib/auth-routes.ts'
import { ApiRequestError, callApi } from '../../../lib/api.ts'

export async function logOut() {
  try {
    await callApi(authApi.logout, { body: {} })
  } catch (error) {
    // A session that had already ended is logged out all the same.
    if (!(error instanceof ApiRequestError && error.status === 401)) throw error
  }
}

/**
 * Logs out. The caller then loads the log-in page afresh, which drops every piece of case data held in memory:
 * the next person at a shared computer starts from nothing.
 */
export function useLogOut() {
  return useMutation({ mutationFn: logOut })
}
