import { useMutation, useQueryClient } from '@tanstack/react-query'
import { adminApi, type CreateNeighbourhoodInput } from '#shared/contracts/admin'
import { callApi } from '../../../lib/api.ts'
import { neighbourhoodKeys } from './list-neighbourhoods.ts'
import { teamKeys } from './list-teams.ts'

export function createNeighbourhood(input: CreateNeighbourhoodInput) {
  return callApi(adminApi.createNeighbourhood, { body: input })
}

export function useCreateNeighbourhood() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: createNeighbourhood,
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: neighbourhoodKeys.all }),
        // A team's neighbourhood count changed.
        queryClient.invalidateQueries({ queryKey: teamKeys.all }),
      ]),
  })
}
