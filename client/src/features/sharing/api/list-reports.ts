import { useQuery } from '@tanstack/react-query'
import { safetyApi } from '#shared/contracts/safety'
import { callApi } from '../../../lib/api.ts'
import { sharingKeys } from './list-shares.ts'

export type MeldcodeReport = { trajectoryId: number; on: string; reference: string }

/**
 * The household's recorded reports to Veilig Thuis (meldcode step 5), newest first: a share on meldrecht rests on
 * one of them. Asked only once the worker chooses that basis.
 */
export function useMeldcodeReports(householdId: number, enabled: boolean) {
  return useQuery({
    queryKey: sharingKeys.reports(householdId),
    queryFn: () => callApi(safetyApi.overview, { params: { householdId } }),
    select: (overview): MeldcodeReport[] =>
      overview.trajectories
        .flatMap((trajectory) =>
          trajectory.decision?.report
            ? [
                {
                  trajectoryId: trajectory.id,
                  on: trajectory.decision.report.on,
                  reference: trajectory.decision.report.reference,
                },
              ]
            : [],
        )
        .sort((a, b) => b.on.localeCompare(a.on) || b.trajectoryId - a.trajectoryId),
    enabled,
  })
}
