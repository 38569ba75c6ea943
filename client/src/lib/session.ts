import { queryOptions, useMutation, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query'
import type { Language, Me } from '#shared/contracts/auth'
import { authApi } from './auth-routes.ts'
import { ApiRequestError, callApi } from './api.ts'
import { changeLanguage } from './i18n.ts'

/**
 * Who is logged in. Shared by the layout, the route guards and every feature that needs the user's role or team,
 * so it lives in lib/ rather than in one feature.
 */
export const sessionKeys = {
  me: ['session', 'me'] as const,
}

/** "Who am I": a 401 here simply means nobody is logged in, so it answers null instead of failing. */
export async function getMe(): Promise<Me | null> {
  try {
    return await callApi(authApi.me, {})
  } catch (error) {
    if (error instanceof ApiRequestError && error.status === 401) return null
    throw error
  }
}

export const meQueryOptions = queryOptions({
  queryKey: sessionKeys.me,
  queryFn: getMe,
  // The session changes only through log-in, log-out and a 401, which all update this cache themselves.
  staleTime: Infinity,
})

export function useMe() {
  return useQuery(meQueryOptions)
}

/** Puts the logged-in user in the cache and follows the language stored on their account. */
export function setSessionUser(queryClient: QueryClient, me: Me) {
  queryClient.setQueryData(sessionKeys.me, me)
  void changeLanguage(me.language)
}

/** Forgets the user and everything fetched on their behalf: the next person at this screen sees none of it. */
export function clearSession(queryClient: QueryClient) {
  queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== 'session' })
  queryClient.setQueryData(sessionKeys.me, null)
}

export function updateMe(language: Language) {
  return callApi(authApi.updateMe, { body: { language } })
}

/** The language switch: immediate on screen, then stored on the account when someone is logged in. */
export function useSwitchLanguage() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: async (language: Language) => {
      await changeLanguage(language)
      const me = queryClient.getQueryData<Me | null>(sessionKeys.me)
      return me ? updateMe(language) : null
    },
    onSuccess: (me) => {
      if (me) queryClient.setQueryData(sessionKeys.me, me)
    },
  })
}
