import { useMutation, useQueryClient } from '@tanstack/react-query'
import { adminApi, type CreateTeamInput } from '#shared/contracts/admin'
import { callApi } from '../../../lib/api.ts'
import { teamKeys } from './list-teams.ts'

export function createTeam(input: CreateTeamInput) {
  return callApi(adminApi.createTeam, { body: input })
}

export function useCreateTeam() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: createTeam,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: teamKeys.all }),
  })
}
