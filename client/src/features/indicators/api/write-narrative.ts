import { useMutation, useQueryClient } from '@tanstack/react-query'
import { indicatorsApi, type Narrative, type NarrativeInput } from '#shared/contracts/indicators'
import { callApi } from '../../../lib/api.ts'
import { indicatorKeys } from './get-indicators.ts'

/** Writes a vertelpunt for the team and a quarter. */
export function writeNarrative(input: NarrativeInput) {
  return callApi(indicatorsApi.writeNarrative, { body: input })
}

/** The new story is added to its quarter's list at once, then the list is fetched again. */
export function useWriteNarrative() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: writeNarrative,
    onSuccess: (narrative) => {
      const key = indicatorKeys.narratives(narrative.quarter)
      queryClient.setQueryData<Narrative[]>(key, (list) =>
        list ? [...list.filter((n) => n.id !== narrative.id), narrative] : list,
      )
      void queryClient.invalidateQueries({ queryKey: key })
    },
  })
}
