import { barTrackSteps } from '../../../lib/bar-width.ts'

/**
 * The steps for each value: scaled to `max` (a share: 1, i.e. 100%), or to the largest value when `max` is null.
 * A value above zero always gets at least one step; no value (null) and zero get none.
 */
export function trendSteps(values: readonly (number | null)[], max: number | null): number[] {
  const top = max ?? Math.max(0, ...values.map((v) => v ?? 0))
  return values.map((value) => {
    if (value === null || value <= 0 || top <= 0) return 0
    return Math.min(barTrackSteps, Math.max(1, Math.round((value / top) * barTrackSteps)))
  })
}
