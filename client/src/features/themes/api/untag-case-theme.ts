import { useMutation, useQueryClient } from '@tanstack/react-query'
import { themesApi, type CaseTheme } from '#shared/contracts/themes'
import { callApi } from '../../../lib/api.ts'
import { invalidateCaseData } from '../../../lib/case-data.ts'
import { themeKeys } from './get-neighbourhood-themes.ts'

/** Removes a theme from a case. */
export function untagCaseTheme(householdId: number, themeId: number) {
  return callApi(themesApi.untag, { params: { householdId, themeId } })
}

export function useUntagCaseTheme(householdId: number) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (themeId: number) => untagCaseTheme(householdId, themeId),
    onSuccess: (_reply, themeId) => {
      queryClient.setQueryData<CaseTheme[]>(themeKeys.household(householdId), (list) =>
        list?.filter((t) => t.id !== themeId),
      )
      void invalidateCaseData(queryClient)
    },
  })
}
