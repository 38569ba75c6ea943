import { useMutation, useQueryClient } from '@tanstack/react-query'
import { reflectionsApi, type Reflection, type RequestReflectionInput } from '#shared/contracts/reflections'
import { callApi } from '../../../lib/api.ts'
import { invalidateCaseData } from '../../../lib/case-data.ts'
import { reflectionKeys } from './list-reflections.ts'

/** Asks for a reflection on the case with a question; with `held`, records one that already took place. */
export function requestReflection(householdId: number, input: RequestReflectionInput) {
  return callApi(reflectionsApi.request, { params: { householdId }, body: input })
}

/** The new reflection shows on the case at once; the team's list (and anything else on screen) refreshes. */
export function useRequestReflection(householdId: number) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (input: RequestReflectionInput) => requestReflection(householdId, input),
    onSuccess: (reflection) => {
      queryClient.setQueryData<Reflection[]>(reflectionKeys.household(householdId), (list) =>
        list ? [reflection, ...list.filter((r) => r.id !== reflection.id)] : list,
      )
      // Not awaited: the caller's own onSuccess runs first.
      void invalidateCaseData(queryClient)
    },
  })
}
