import { useTranslation } from 'react-i18next'
import { Heading, Link, Paragraph, UnorderedList } from '@amsterdam/design-system-react'
import type { ConsentWithHousehold } from '#shared/contracts/consents'
import { formatDate } from '#shared/domain/dates'
import { currentLanguage } from '../../../lib/i18n.ts'
import { ErrorState, LoadingState } from '../../../components/query-states.tsx'
import { RouterLink } from '../../../components/router-link.tsx'
import { householdPath } from '../../../app/paths.ts'
import { useExpiringConsents } from '../api/list-expiring-consents.ts'

/** "Toestemming die binnenkort afloopt": one line per consent, the household's name a link to its page. */
export function ExpiringConsents() {
  const { t } = useTranslation()
  const consents = useExpiringConsents()
  return (
    <section className="naast-stack" aria-labelledby="inbox-expiring-consents">
      <Heading level={2} id="inbox-expiring-consents">
        {t('consentLists.expiringTitle')}
      </Heading>
      {consents.isPending ? (
        <LoadingState />
      ) : consents.isError ? (
        <ErrorState error={consents.error} onRetry={() => void consents.refetch()} headingLevel={3} />
      ) : consents.data.length === 0 ? (
        <Paragraph>{t('consentLists.expiringEmpty')}</Paragraph>
      ) : (
        <>
          <Paragraph>{t('consentLists.expiringIntro')}</Paragraph>
          <UnorderedList>
            {consents.data.map((consent) => (
              <UnorderedList.Item key={consent.id}>
                <Link href={householdPath(consent.householdId)} linkComponent={RouterLink}>
                  {consent.householdName}
                </Link>
                {': '}
                <ExpiringLine consent={consent} />
              </UnorderedList.Item>
            ))}
          </UnorderedList>
        </>
      )}
    </section>
  )
}

function ExpiringLine({ consent }: { consent: ConsentWithHousehold }) {
  const { t } = useTranslation()
  const values = {
    giver: consent.giver.name,
    subject: consent.subject.name,
    recipient: consent.recipient,
    date: consent.validUntil ? formatDate(consent.validUntil, currentLanguage()) : '',
  }
  // Only say whom it is about when that is not the person who gave it.
  return consent.giver.personId === consent.subject.personId
    ? t('consentLists.expiringLine', values)
    : t('consentLists.expiringLineAbout', values)
}
