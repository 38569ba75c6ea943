import { Navigate, Outlet, useLocation } from 'react-router'
import type { Role } from '#shared/domain/roles'
import { useMe } from '../lib/session.ts'
import { ErrorState, LoadingState } from '../components/query-states.tsx'
import { NotFound } from '../components/not-found.tsx'
import { loginPath, startPath } from './paths.ts'

/**
 * Lets a page through only for the roles it is meant for. Not logged in: to the log-in page, remembering this
 * page. Another role: "not found", the same answer the server gives for a page that is not yours.
 */
export function RequireRole({ roles }: { roles: readonly Role[] }) {
  const me = useMe()
  const location = useLocation()
  if (me.isPending) return <LoadingState />
  if (me.isError) return <ErrorState error={me.error} onRetry={() => void me.refetch()} headingLevel={1} />
  if (!me.data) return <Navigate to={loginPath(location.pathname + location.search)} replace />
  if (!roles.includes(me.data.role)) return <NotFound />
  return <Outlet />
}

/** "/" is nobody's page: it forwards to the start page of the role, or to the log-in page. */
export function StartRedirect() {
  const me = useMe()
  if (me.isPending) return <LoadingState />
  if (me.isError) return <ErrorState error={me.error} onRetry={() => void me.refetch()} headingLevel={1} />
  return <Navigate to={me.data ? startPath(me.data) : loginPath()} replace />
}
