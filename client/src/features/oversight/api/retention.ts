import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { retentionApi, type RetentionOverview } from '#shared/contracts/oversight'
import { ApiRequestError, callApi } from '../../../lib/api.ts'

export const retentionKeys = {
  overview: ['retention', 'overview'] as const,
  household: (householdId: number) => ['retention', 'household', householdId] as const,
}

/** Until when one household's file is kept, for the worker on its page. */
export function getHouseholdRetention(householdId: number) {
  return callApi(retentionApi.ofHousehold, { params: { householdId } })
}

export function useHouseholdRetention(householdId: number) {
  return useQuery({
    queryKey: retentionKeys.household(householdId),
    queryFn: () => getHouseholdRetention(householdId),
  })
}

/** When the daily check last ran, and the files past their retention date. */
export function getRetentionOverview() {
  return callApi(retentionApi.overview, {})
}

export const retentionOverviewQueryOptions = queryOptions({
  queryKey: retentionKeys.overview,
  queryFn: getRetentionOverview,
})

export function useRetentionOverview() {
  return useQuery(retentionOverviewQueryOptions)
}

export function runRetentionCheck() {
  return callApi(retentionApi.run, { body: {} })
}

/** Runs the daily check now; its answer is the new overview. */
export function useRunRetentionCheck() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: runRetentionCheck,
    onSuccess: (overview) => queryClient.setQueryData(retentionKeys.overview, overview),
  })
}

export function deleteFile({
  householdId,
  confirmHouseholdId,
}: {
  householdId: number
  confirmHouseholdId: number
}) {
  return callApi(retentionApi.deleteFile, { params: { householdId }, body: { confirmHouseholdId } })
}

/** Deletes a file for good; it leaves the list at once. */
export function useDeleteFile() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: deleteFile,
    onSuccess: (_, { householdId }) => {
      queryClient.setQueryData<RetentionOverview>(
        retentionKeys.overview,
        (overview) =>
          overview && { ...overview, due: overview.due.filter((file) => file.householdId !== householdId) },
      )
      void queryClient.invalidateQueries({ queryKey: retentionKeys.overview })
    },
  })
}

/** A file that is gone or not this user's answers 404 or 403: the section then says nothing. */
export function isNoAccess(error: unknown) {
  return error instanceof ApiRequestError && (error.status === 404 || error.status === 403)
}
