/** On the household page: the case timeline (being built). */
export function TimelineSection(_props: { householdId: number }) {
  return null
}
