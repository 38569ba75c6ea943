/** Indicators and stories (being built). */
export function IndicatorsPage() {
  return null
}
