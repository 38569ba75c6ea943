import { useTranslation } from 'react-i18next'
import type { LifeDomain } from '#shared/contracts/conversations'
import type { HouseholdDetail } from '#shared/contracts/households'
import type { ChangeCount } from '#shared/contracts/plans'
import type { z } from 'zod'
import { currentLanguage } from '../../../lib/i18n.ts'
import { domainName } from '../../../lib/life-domains.ts'

type Summary = z.infer<typeof ChangeCount>[]

export const fullName = (person: { givenName: string; familyName: string }) =>
  `${person.givenName} ${person.familyName}`

/** Names of everyone who is or was in the household, by person id: a plan may name someone who has left. */
export function peopleById(household: HouseholdDetail): Map<number, string> {
  return new Map([
    ...household.members.map((m) => [m.id, fullName(m)] as const),
    ...household.formerMembers.map((m) => [m.id, fullName(m)] as const),
  ])
}

/** "Wonen, Inkomen & schulden" in the user's language; a switched-off domain still has its name in the list. */
export function useDomainNames(domains: LifeDomain[]) {
  const language = currentLanguage()
  const byId = new Map(domains.map((d) => [d.id, domainName(d, language)]))
  return (ids: number[]) => ids.map((id) => byId.get(id) ?? `#${id}`)
}

const areaOrder = ['goal', 'action', 'position', 'direction', 'decision', 'evaluation', 'domainWithoutGoal']
const changeOrder = ['added', 'changed', 'removed']

/** The change counts of a version in words: "1 doel toegevoegd, 2 acties gewijzigd". */
export function useSummaryText() {
  const { t } = useTranslation()
  return (summary: Summary) => {
    const sorted = [...summary].sort(
      (a, b) =>
        areaOrder.indexOf(a.area) - areaOrder.indexOf(b.area) ||
        changeOrder.indexOf(a.change) - changeOrder.indexOf(b.change),
    )
    if (sorted.length === 0) return t('plan.noChanges')
    return sorted.map((c) => t(`plan.summary.${c.area}.${c.change}`, { count: c.count })).join(', ')
  }
}
