import { useMutation, useQueryClient } from '@tanstack/react-query'
import { adminApi } from '#shared/contracts/admin'
import { callApi } from '../../../lib/api.ts'
import { userKeys } from './list-users.ts'

/** Resets a user's second factor: they set it up again at their next log-in, and their sessions end. Audited. */
export function resetTwoFactor(userId: number) {
  return callApi(adminApi.resetTwoFactor, { params: { userId }, body: {} })
}

export function useResetTwoFactor() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: resetTwoFactor,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: userKeys.all }),
  })
}
