import { queryOptions, useQuery } from '@tanstack/react-query'
import { householdsApi } from '#shared/contracts/households'
import { callApi } from '../../../lib/api.ts'

export const portalKeys = {
  all: ['portal'] as const,
  household: (householdId: number) => [...portalKeys.all, householdId] as const,
  plan: (householdId: number) => [...portalKeys.household(householdId), 'plan'] as const,
  consents: (householdId: number) => [...portalKeys.household(householdId), 'consents'] as const,
  shares: (householdId: number) => [...portalKeys.household(householdId), 'shares'] as const,
  accessLog: (householdId: number) => [...portalKeys.household(householdId), 'accessLog'] as const,
}

export function getPortal(householdId: number) {
  return callApi(householdsApi.portal, { params: { householdId } })
}

export function portalQueryOptions(householdId: number) {
  return queryOptions({ queryKey: portalKeys.household(householdId), queryFn: () => getPortal(householdId) })
}

export function usePortal(householdId: number) {
  return useQuery(portalQueryOptions(householdId))
}
