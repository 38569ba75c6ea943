import { useTranslation } from 'react-i18next'
import { Heading, Paragraph } from '@amsterdam/design-system-react'
import { formatDate } from '#shared/domain/dates'
import { currentLanguage } from '../../../lib/i18n.ts'
import { today } from '../../../lib/today.ts'
import { ErrorState } from '../../../components/query-states.tsx'
import { isNoAccess, useHouseholdRetention } from '../api/retention.ts'

/**
 * "Bewaartermijn" on the household page: until when the file is kept and why (Youth Act for a file with a minor,
 * the municipality's period otherwise). The date moves with every change to the file.
 */
export function HouseholdRetention({ householdId }: { householdId: number }) {
  const { t } = useTranslation()
  const language = currentLanguage()
  const retention = useHouseholdRetention(householdId)
  // Not for this user (emergency access reads the file only): the section stays away.
  if (retention.isPending || isNoAccess(retention.error)) return null
  return (
    <section className="naast-stack" aria-labelledby="household-retention">
      <Heading level={2} id="household-retention">
        {t('oversight.householdRetention.title')}
      </Heading>
      {retention.isError ? (
        <ErrorState error={retention.error} onRetry={() => void retention.refetch()} headingLevel={3} />
      ) : (
        <>
          <Paragraph>
            {t('oversight.householdRetention.line', {
              date: formatDate(retention.data.retentionDate, language),
              years: retention.data.years,
              changed: formatDate(retention.data.lastChangedAt, language),
              kind: t(`oversight.householdRetention.kinds.${retention.data.kind}`),
            })}
          </Paragraph>
          {retention.data.retentionDate <= today() && (
            <Paragraph>{t('oversight.householdRetention.due')}</Paragraph>
          )}
        </>
      )}
    </section>
  )
}
