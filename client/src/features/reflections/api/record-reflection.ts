import { useMutation, useQueryClient } from '@tanstack/react-query'
import { reflectionsApi, type HeldInput, type Reflection } from '#shared/contracts/reflections'
import { callApi } from '../../../lib/api.ts'
import { invalidateCaseData } from '../../../lib/case-data.ts'
import { reflectionKeys } from './list-reflections.ts'

/** Records an asked-for reflection as held: who took part, considerations, counter-arguments, advice, follow-up. */
export function recordReflection(householdId: number, reflectionId: number, input: HeldInput) {
  return callApi(reflectionsApi.record, { params: { householdId, reflectionId }, body: input })
}

export function useRecordReflection(householdId: number) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: ({ reflectionId, input }: { reflectionId: number; input: HeldInput }) =>
      recordReflection(householdId, reflectionId, input),
    onSuccess: (reflection) => {
      queryClient.setQueryData<Reflection[]>(reflectionKeys.household(householdId), (list) =>
        list?.map((r) => (r.id === reflection.id ? reflection : r)),
      )
      void invalidateCaseData(queryClient)
    },
    // A 409 (a colleague recorded it meanwhile) is not refreshed away here: the form keeps what was typed and
    // says so; the list catches up the next time it is fetched.
  })
}
