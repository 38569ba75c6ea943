import { useMutation, useQueryClient } from '@tanstack/react-query'
import { adminApi, type CreateUserInput } from '#shared/contracts/admin'
import { callApi } from '../../../lib/api.ts'
import { teamKeys } from './list-teams.ts'
import { userKeys } from './list-users.ts'

export function createUser(input: CreateUserInput) {
  return callApi(adminApi.createUser, { body: input })
}

export function useCreateUser() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: createUser,
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: userKeys.all }),
        // The team's staff count changed.
        queryClient.invalidateQueries({ queryKey: teamKeys.all }),
      ]),
  })
}
