import type { TFunction } from 'i18next'
import type { CasePhase } from '#shared/contracts/follow-up'

/** "elke 4 weken", "elke 3 maanden" (13 weeks), "elke 10 dagen": the interval as people say it. */
export function intervalText(days: number, t: TFunction): string {
  if (days % 7 !== 0) return t('followUp.every.days', { count: days })
  const weeks = days / 7
  // A quarter is 13 weeks: "elke 13 weken" reads as "elke 3 maanden".
  if (weeks % 13 === 0) return t('followUp.every.months', { count: (weeks / 13) * 3 })
  return t('followUp.every.weeks', { count: weeks })
}

/** "Actieve ondersteuning", "Vinger aan de pols: elke 4 weken contact". */
export function phaseText(record: { phase: CasePhase; intervalDays: number | null }, t: TFunction): string {
  const phase = t(`followUp.phases.${record.phase}`)
  if (record.phase === 'active' || record.intervalDays === null) return phase
  return t('followUp.phaseWithInterval', { phase, interval: intervalText(record.intervalDays, t) })
}
