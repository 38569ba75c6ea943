import { useMutation, useQueryClient, type QueryClient } from '@tanstack/react-query'
import type { SafetyOverview, Trajectory } from '#shared/contracts/safety'
import { referenceKey } from '../../../lib/case-data.ts'
import { safetyKeys } from './get-safety-overview.ts'

/**
 * A write that answers with the household's safety overview (a signal, a picture, a follow-up). With
 * `refreshOnError`, a refusal (a 409: changed by someone else meanwhile) shows the case as it now is.
 */
export function useOverviewMutation<V>(
  householdId: number,
  mutationFn: (variables: V) => Promise<SafetyOverview>,
  { refreshOnError = false } = {},
) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn,
    onSuccess: (overview) => refreshAfterOverview(queryClient, householdId, overview),
    onError: refreshOnError ? () => void refreshAfterError(queryClient, householdId) : undefined,
  })
}

/** A meldcode step: it answers with its trajectory; a refusal shows the case as it now is. */
export function useTrajectoryMutation<V>(
  householdId: number,
  mutationFn: (variables: V) => Promise<Trajectory>,
) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn,
    onSuccess: (trajectory) => refreshAfterTrajectory(queryClient, householdId, trajectory),
    onError: () => void refreshAfterError(queryClient, householdId),
  })
}

/**
 * After a write: the safety overview the server answered with goes into the cache at once, and everything else
 * that shows case data is marked stale — the safety mark on the caseload and the household page, the route map
 * (['caseRoute', householdId]), the team's safety list. Features never import each other, so this is by predicate.
 */
function refreshAfterOverview(queryClient: QueryClient, householdId: number, overview: SafetyOverview) {
  const key = safetyKeys.overview(householdId)
  queryClient.setQueryData(key, overview)
  // Not awaited: the caller's own onSuccess runs first.
  void invalidateAllBut(queryClient, key)
}

/**
 * A meldcode step answers with its trajectory: it shows at once in the cached overview; the overview itself is
 * fetched again too, because a step also changes signals (which trajectory they are in, their follow-up).
 */
function refreshAfterTrajectory(queryClient: QueryClient, householdId: number, trajectory: Trajectory) {
  queryClient.setQueryData<SafetyOverview>(safetyKeys.overview(householdId), (overview) =>
    overview
      ? {
          ...overview,
          trajectories: overview.trajectories.some((t) => t.id === trajectory.id)
            ? overview.trajectories.map((t) => (t.id === trajectory.id ? trajectory : t))
            : [trajectory, ...overview.trajectories],
        }
      : overview,
  )
  void invalidateAllBut(queryClient, null)
}

/** A refused write (someone else decided meanwhile, a signal was followed up): show the case as it is now. */
function refreshAfterError(queryClient: QueryClient, householdId: number) {
  return queryClient.invalidateQueries({ queryKey: safetyKeys.overview(householdId), exact: true })
}

function invalidateAllBut(queryClient: QueryClient, fresh: readonly unknown[] | null) {
  return queryClient.invalidateQueries({
    predicate: (query) => {
      const [first] = query.queryKey
      if (first === 'session' || first === referenceKey) return false
      return !(fresh && sameKey(query.queryKey, fresh))
    },
  })
}

function sameKey(a: readonly unknown[], b: readonly unknown[]) {
  return a.length === b.length && a.every((part, i) => part === b[i])
}
