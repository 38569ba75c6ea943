import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { emergencyAccessApi, type EmergencyFindQuery } from '#shared/contracts/oversight'
import { callApi } from '../../../lib/api.ts'
import { householdDetailKey } from '../../../lib/household-detail.ts'

export const emergencyAccessKeys = {
  all: ['emergencyAccess'] as const,
  find: (query: EmergencyFindQuery) =>
    ['emergencyAccess', 'find', query.postcode, query.houseNumber] as const,
  current: (householdId: number) => ['emergencyAccess', 'current', householdId] as const,
  list: ['emergencyAccess', 'list'] as const,
}

/** Households at one exact address: finding a file outside one's own work is by address only. */
export function findEmergencyCandidates(query: EmergencyFindQuery) {
  return callApi(emergencyAccessApi.find, { query })
}

/** Runs only once an address was submitted (null: nothing asked yet). */
export function useEmergencyCandidates(query: EmergencyFindQuery | null) {
  return useQuery({
    queryKey: query ? emergencyAccessKeys.find(query) : [...emergencyAccessKeys.all, 'find', null],
    queryFn: () => findEmergencyCandidates(query!),
    enabled: query !== null,
    // Who may be opened changes when access starts or ends elsewhere: always ask again.
    staleTime: 0,
  })
}

export function startEmergencyAccess({ householdId, reason }: { householdId: number; reason: string }) {
  return callApi(emergencyAccessApi.start, { params: { householdId }, body: { reason } })
}

/** Starts emergency access; the household's page then loads with the access in place. */
export function useStartEmergencyAccess() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: startEmergencyAccess,
    onSuccess: (access) => {
      queryClient.setQueryData(emergencyAccessKeys.current(access.householdId), access)
      void queryClient.invalidateQueries({ queryKey: emergencyAccessKeys.list })
      // A "not found" from before the access started must not stay in the cache.
      queryClient.removeQueries({ queryKey: householdDetailKey(access.householdId) })
    },
  })
}

export function currentEmergencyAccessQueryOptions(householdId: number) {
  return queryOptions({
    queryKey: emergencyAccessKeys.current(householdId),
    queryFn: () => callApi(emergencyAccessApi.current, { params: { householdId } }),
    staleTime: 60_000,
  })
}

/**
 * The user's own running emergency access to this household, for the banner on its page. Only staff can have
 * one, so the query runs for them alone (`enabled`).
 */
export function useCurrentEmergencyAccess(householdId: number, enabled: boolean) {
  return useQuery({ ...currentEmergencyAccessQueryOptions(householdId), enabled })
}

export function endEmergencyAccess(householdId: number) {
  return callApi(emergencyAccessApi.end, { params: { householdId }, body: {} })
}

/**
 * Ends the access early. The household's details are marked out of date without fetching them again (that fetch
 * would be refused, and show in the household's log as a refused look): opening the page again asks the server.
 */
export function useEndEmergencyAccess() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: endEmergencyAccess,
    onSuccess: (_, householdId) => {
      void queryClient.invalidateQueries({ queryKey: householdDetailKey(householdId), refetchType: 'none' })
      queryClient.setQueryData(emergencyAccessKeys.current(householdId), null)
      void queryClient.invalidateQueries({ queryKey: emergencyAccessKeys.list })
    },
  })
}

export function listEmergencyAccesses() {
  return callApi(emergencyAccessApi.list, {})
}

export const emergencyAccessListQueryOptions = queryOptions({
  queryKey: emergencyAccessKeys.list,
  queryFn: listEmergencyAccesses,
})

/** Supervisor: in and into their team. Administrator: all. Newest first. */
export function useEmergencyAccesses() {
  return useQuery(emergencyAccessListQueryOptions)
}
