/**
 * Bar lengths in steps of 5% of the track (20 steps), because the Content-Security-Policy allows no inline
 * styles: each step count is a class (`naast-indicator-w1` … `naast-indicator-w20`, see indicators.css). The
 * same idea as the team overview's bars, kept apart because features do not import each other.
 */
export const trackSteps = 20

/**
 * The steps for each value: scaled to `max` (a share: 1, i.e. 100%), or to the largest value when `max` is null.
 * A value above zero always gets at least one step; no value (null) and zero get none.
 */
export function trendSteps(values: readonly (number | null)[], max: number | null): number[] {
  const top = max ?? Math.max(0, ...values.map((v) => v ?? 0))
  return values.map((value) => {
    if (value === null || value <= 0 || top <= 0) return 0
    return Math.min(trackSteps, Math.max(1, Math.round((value / top) * trackSteps)))
  })
}

export function trendClass(steps: number): string {
  return `naast-indicator-w${Math.min(trackSteps, Math.max(1, steps))}`
}
