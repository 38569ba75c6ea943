import { useTranslation } from 'react-i18next'
import { Heading, Link, Paragraph, UnorderedList } from '@amsterdam/design-system-react'
import type { SafetyAttention as Attention } from '#shared/contracts/safety'
import { ErrorState, LoadingState } from '../../../components/query-states.tsx'
import { RouterLink } from '../../../components/router-link.tsx'
import { safetyPath } from '../../../app/paths.ts'
import { useSafetyAttention } from '../api/get-safety-attention.ts'

/**
 * "Veiligheid" on the worker's Vandaag: per household of their caseload, what safety asks next (open signals,
 * overdue safety pictures, the next meldcode step), the household's name a link to its safety page.
 */
export function SafetyAttention() {
  const { t } = useTranslation()
  const attention = useSafetyAttention()
  return (
    <section className="naast-stack" aria-labelledby="inbox-safety">
      <Heading level={2} id="inbox-safety">
        {t('safetyAttention.title')}
      </Heading>
      {attention.isPending ? (
        <LoadingState />
      ) : attention.isError ? (
        <ErrorState error={attention.error} onRetry={() => void attention.refetch()} headingLevel={3} />
      ) : attention.data.length === 0 ? (
        <Paragraph>{t('safetyAttention.empty')}</Paragraph>
      ) : (
        <>
          <Paragraph>{t('safetyAttention.intro')}</Paragraph>
          <UnorderedList>
            {attention.data.map((item) => (
              <UnorderedList.Item key={item.householdId}>
                <Link href={safetyPath(item.householdId)} linkComponent={RouterLink}>
                  {item.householdName}
                </Link>
                {': '}
                <AttentionLine item={item} />
              </UnorderedList.Item>
            ))}
          </UnorderedList>
        </>
      )}
    </section>
  )
}

function AttentionLine({ item }: { item: Attention[number] }) {
  const { t } = useTranslation()
  const parts = [
    item.openSignals > 0 ? t('safetyAttention.openSignals', { count: item.openSignals }) : null,
    item.overdueMembers.length > 0
      ? t('safetyAttention.overdue', { names: item.overdueMembers.join(', ') })
      : null,
    item.openTrajectory
      ? item.openTrajectory.nextStep === 5
        ? t('safetyAttention.trajectoryDecide')
        : t('safetyAttention.trajectory', {
            step: item.openTrajectory.nextStep ?? '',
            days: item.openTrajectory.ageDays,
          })
      : null,
  ].filter((part): part is string => part !== null)
  return <>{parts.join('; ')}.</>
}
