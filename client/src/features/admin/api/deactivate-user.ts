import { useMutation, useQueryClient } from '@tanstack/react-query'
import { adminApi } from '#shared/contracts/admin'
import { callApi } from '../../../lib/api.ts'
import { teamKeys } from './list-teams.ts'
import { userKeys } from './list-users.ts'

export function deactivateUser(userId: number) {
  return callApi(adminApi.deactivateUser, { params: { userId }, body: {} })
}

export function useDeactivateUser() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: deactivateUser,
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: userKeys.all }),
        queryClient.invalidateQueries({ queryKey: teamKeys.all }),
      ]),
  })
}
