/** On the household page: recurring themes the case is tagged with (being built). */
export function CaseThemesSection(_props: { householdId: number }) {
  return null
}
