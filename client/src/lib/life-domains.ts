import { queryOptions, useQuery } from '@tanstack/react-query'
import { conversationsApi, type LifeDomain } from '#shared/contracts/conversations'
import type { Language } from '#shared/domain/dates'
import { callApi } from './api.ts'
import { referenceKey } from './case-data.ts'

/**
 * The administrator-managed life domains (leefgebieden). Shared by the conversations feature (what a conversation
 * was about) and the broad-view analysis (one column per domain), so it lives in lib/ like the team's workers.
 */
export function listLifeDomains() {
  return callApi(conversationsApi.lifeDomains, {})
}

export const lifeDomainsQueryOptions = queryOptions({
  queryKey: [referenceKey, 'life-domains'] as const,
  queryFn: listLifeDomains,
  staleTime: 5 * 60_000,
})

export function useLifeDomains() {
  return useQuery(lifeDomainsQueryOptions)
}

/** A domain carries both names; the user's language picks one. */
export function domainName(domain: Pick<LifeDomain, 'nameNl' | 'nameEn'>, language: Language): string {
  return language === 'en' ? domain.nameEn : domain.nameNl
}
