/**
 * Bar lengths in steps of 5% of the track (20 steps), because the Content-Security-Policy allows no inline
 * styles: each step count is a class (`naast-bar-w1` … `naast-bar-w20`, see styles/theme.css).
 */
export const barTrackSteps = 20

/** The class for a bar of `steps` steps (at least one: a bar of none is not drawn). */
export function barWidthClass(steps: number): string {
  return `naast-bar-w${Math.min(barTrackSteps, Math.max(1, steps))}`
}
