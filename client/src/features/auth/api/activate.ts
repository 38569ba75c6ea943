import { useMutation, useQueryClient } from '@tanstack/react-query'
import { authApi, type ActivateInput, type Me } from '#shared/contracts/auth'
import { callApi } from '../../../lib/api.ts'
import { currentLanguage } from '../../../lib/i18n.ts'
import { clearSession, setSessionUser, updateMe } from '../../../lib/session.ts'

/**
 * Activates the log-in and logs the member in. The account was made by the worker, so its language is not yet the
 * member's own choice: the language of this page is stored on it (if that fails, activation still succeeded).
 */
export async function activate(input: ActivateInput): Promise<Me> {
  const me = await callApi(authApi.activate, { body: input })
  const language = currentLanguage()
  if (me.language === language) return me
  try {
    return await updateMe(language)
  } catch {
    return me
  }
}

/**
 * A household member activates the log-in their worker made (one-time code and a password of their own) and is
 * logged in: the session cache then holds them, and the page moves on to their start page, as after log-in.
 */
export function useActivate() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: activate,
    onSuccess: (me) => {
      // Nothing fetched for whoever used this browser before may show up for this member.
      clearSession(queryClient)
      setSessionUser(queryClient, me)
    },
  })
}
