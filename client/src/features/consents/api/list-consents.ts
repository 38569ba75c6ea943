import { queryOptions, useQuery } from '@tanstack/react-query'
import { consentsApi } from '#shared/contracts/consents'
import { callApi } from '../../../lib/api.ts'

export type ConsentCheckParams = {
  personId: number
  recipient: string
  purpose: string
  /** Comma-separated, as the route takes them. */
  categories: string
}

export const consentKeys = {
  all: ['consents'] as const,
  list: (householdId: number) => [...consentKeys.all, 'list', householdId] as const,
  check: (householdId: number, params: ConsentCheckParams) =>
    [...consentKeys.all, 'check', householdId, params] as const,
}

/** Every consent recorded for the household, newest first, with its status on the day of asking. */
export function listConsents(householdId: number) {
  return callApi(consentsApi.list, { params: { householdId } })
}

export function consentsQueryOptions(householdId: number) {
  return queryOptions({
    queryKey: consentKeys.list(householdId),
    queryFn: () => listConsents(householdId),
  })
}

export function useConsents(householdId: number) {
  return useQuery(consentsQueryOptions(householdId))
}
