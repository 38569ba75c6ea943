import { QueryClient } from '@tanstack/react-query'
import { ApiRequestError, ContractDriftError, onUnauthenticated } from '../lib/api.ts'
import { clearSession } from '../lib/session.ts'

/** A 4xx will answer the same the second time, and drift is a bug: only network and server trouble is retried. */
function shouldRetry(failureCount: number, error: unknown) {
  if (error instanceof ApiRequestError && error.status < 500) return false
  if (error instanceof ContractDriftError) return false
  return failureCount < 2
}

export const queryClient = new QueryClient({
  defaultOptions: {
    // networkMode 'always': when the browser thinks it is offline, try anyway and say so, instead of waiting
    // silently ("Even geduld…" for ever) until it thinks it is back.
    queries: { retry: shouldRetry, staleTime: 30_000, networkMode: 'always' },
    // A mutation is never repeated behind the user's back: it may have worked the first time.
    mutations: { retry: false, networkMode: 'always' },
  },
})

// The session ended mid-work (expired, or logged out elsewhere): forget the user and what was fetched for them.
// The route guard then sends them to the log-in page, remembering where they were.
onUnauthenticated(() => clearSession(queryClient))
