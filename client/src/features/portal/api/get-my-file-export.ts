import { queryOptions, useQuery } from '@tanstack/react-query'
import { householdFileApi } from '#shared/contracts/household-file'
import { callApi } from '../../../lib/api.ts'
import { portalKeys } from './get-portal.ts'

/** Everything the file holds about the member, as they may see it (the server audits each export). */
export function getMyFileExport(householdId: number) {
  return callApi(householdFileApi.export, { params: { householdId } })
}

export function myFileExportQueryOptions(householdId: number) {
  return queryOptions({
    queryKey: [...portalKeys.household(householdId), 'export'] as const,
    queryFn: () => getMyFileExport(householdId),
  })
}

/** For the readable page: the same export the download gives. */
export function useMyFileExport(householdId: number) {
  return useQuery(myFileExportQueryOptions(householdId))
}
