import { useTranslation } from 'react-i18next'
import { Paragraph, StandaloneLink } from '@amsterdam/design-system-react'
import { formatDateTime } from '#shared/domain/dates'
import { currentLanguage } from '../../../lib/i18n.ts'
import { RouterLink } from '../../../components/router-link.tsx'
import { planPath } from '../../../app/paths.ts'
import { usePlan } from '../api/get-plan.ts'

/** On the household page: the way to the plan, and its newest version. */
export function PlanLink({ householdId }: { householdId: number }) {
  const { t } = useTranslation()
  const language = currentLanguage()
  const plan = usePlan(householdId)
  const current = plan.data?.current
  return (
    <div className="naast-cell-stack">
      <StandaloneLink href={planPath(householdId)} linkComponent={RouterLink}>
        {t('plan.link')}
      </StandaloneLink>
      <Paragraph size="small" className="naast-secondary">
        {t('plan.linkHint')}{' '}
        {current
          ? t('plan.lastVersion', {
              version: current.version,
              date: formatDateTime(current.createdAt, language),
              name: current.createdBy.name,
            })
          : plan.isSuccess && t('plan.noPlanYet')}
      </Paragraph>
    </div>
  )
}
