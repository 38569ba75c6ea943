import { useMutation, useQueryClient } from '@tanstack/react-query'
import { themesApi, type CaseTheme, type TagThemeInput } from '#shared/contracts/themes'
import { callApi } from '../../../lib/api.ts'
import { invalidateCaseData } from '../../../lib/case-data.ts'
import { themeKeys } from './get-neighbourhood-themes.ts'

/** Tags a case with a recurring theme; the server makes the theme when it is new. */
export function tagCaseTheme(householdId: number, input: TagThemeInput) {
  return callApi(themesApi.tag, { params: { householdId }, body: input })
}

/** The tag shows on the case at once; the team's themes (the suggestions) refresh. */
export function useTagCaseTheme(householdId: number) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (input: TagThemeInput) => tagCaseTheme(householdId, input),
    onSuccess: (theme) => {
      queryClient.setQueryData<CaseTheme[]>(themeKeys.household(householdId), (list) =>
        list
          ? [...list.filter((t) => t.id !== theme.id), theme].sort((a, b) =>
              a.name.localeCompare(b.name, 'nl'),
            )
          : list,
      )
      // Not awaited: the caller's own onSuccess runs first.
      void invalidateCaseData(queryClient)
    },
  })
}
