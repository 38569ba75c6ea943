import { useQuery } from '@tanstack/react-query'
import { consentsApi } from '#shared/contracts/consents'
import { callApi } from '../../../lib/api.ts'
import { sharingKeys } from './list-shares.ts'

export type Suggestions = { recipients: string[]; purposes: string[] }

/**
 * The recipients and purposes of the household's consents that hold today, each once. A share is only covered by
 * a consent with the same recipient and purpose, so the form offers those words. Asked only once the form is open.
 */
export function useConsentSuggestions(householdId: number, enabled: boolean) {
  return useQuery({
    queryKey: sharingKeys.consents(householdId),
    queryFn: () => callApi(consentsApi.list, { params: { householdId } }),
    select: (consents): Suggestions => {
      const valid = consents.filter((consent) => consent.status === 'valid')
      return {
        recipients: distinct(valid.map((consent) => consent.recipient)),
        purposes: distinct(valid.map((consent) => consent.purpose)),
      }
    },
    enabled,
  })
}

function distinct(values: string[]): string[] {
  const seen = new Map<string, string>()
  for (const value of values) {
    const trimmed = value.trim()
    if (trimmed && !seen.has(trimmed.toLowerCase())) seen.set(trimmed.toLowerCase(), trimmed)
  }
  return [...seen.values()].sort((a, b) => a.localeCompare(b))
}
