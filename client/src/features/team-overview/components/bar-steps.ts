import { barTrackSteps } from '../../../lib/bar-width.ts'

/**
 * The steps for the parts of one stacked bar, scaled so `max` fills `longest` steps. Largest remainder keeps the
 * parts adding up to the bar's own rounded length, and a part that is not zero always gets at least one step, so
 * no household disappears from view (the exact numbers are always written beside the bar).
 */
export function barSteps(parts: readonly number[], max: number, longest: number = barTrackSteps): number[] {
  if (max <= 0) return parts.map(() => 0)
  const exact = parts.map((part) => (Math.max(0, part) / max) * longest)
  const total = parts.reduce((sum, part) => sum + Math.max(0, part), 0)
  const nonZero = parts.filter((part) => part > 0).length
  const target = total > 0 ? Math.max(nonZero, Math.round((total / max) * longest)) : 0
  const steps = exact.map((value, i) => ((parts[i] ?? 0) > 0 ? Math.max(1, Math.floor(value)) : 0))
  let sum = steps.reduce((a, b) => a + b, 0)
  const byRemainder = exact
    .map((value, i) => ({ i, remainder: value - Math.floor(value) }))
    .filter(({ i }) => (parts[i] ?? 0) > 0)
    .sort((a, b) => b.remainder - a.remainder || a.i - b.i)
  for (let k = 0; sum < target && byRemainder.length > 0; k += 1) {
    const index = byRemainder[k % byRemainder.length]!.i
    steps[index] = steps[index]! + 1
    sum += 1
  }
  while (sum > target) {
    const largest = steps.reduce((best, value, i) => (value > steps[best]! ? i : best), 0)
    if (steps[largest]! <= 1) break
    steps[largest] = steps[largest]! - 1
    sum -= 1
  }
  return steps
}
