import { useMutation, useQueryClient } from '@tanstack/react-query'
import { adminApi } from '#shared/contracts/admin'
import { callApi } from '../../../lib/api.ts'
import { teamKeys } from './list-teams.ts'
import { userKeys } from './list-users.ts'

export function assignTeam(userId: number, teamId: number | null) {
  return callApi(adminApi.assignTeam, { params: { userId }, body: { teamId } })
}

export function useAssignTeam() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: ({ userId, teamId }: { userId: number; teamId: number | null }) => assignTeam(userId, teamId),
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: userKeys.all }),
        queryClient.invalidateQueries({ queryKey: teamKeys.all }),
      ]),
  })
}
