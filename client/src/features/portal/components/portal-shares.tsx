import { useTranslation } from 'react-i18next'
import { Heading, Paragraph } from '@amsterdam/design-system-react'
import type { Share } from '#shared/contracts/sharing'
import { formatDateTime } from '#shared/domain/dates'
import { currentLanguage } from '../../../lib/i18n.ts'
import { ErrorState, LoadingState } from '../../../components/query-states.tsx'
import { useMyShares } from '../api/get-my-shares.ts'
import { capitalise, useCategoryWords } from './portal-file-words.ts'

/** "Wat we over u hebben gedeeld": each time something about the member was told to someone else, newest first. */
export function PortalShares({ householdId }: { householdId: number }) {
  const { t } = useTranslation()
  const shares = useMyShares(householdId)

  return (
    <section className="naast-stack" aria-labelledby="portal-shares">
      <Heading level={2} id="portal-shares">
        {t('portalFile.sharesTitle')}
      </Heading>
      {shares.isPending ? (
        <LoadingState />
      ) : shares.isError ? (
        <ErrorState error={shares.error} onRetry={() => void shares.refetch()} headingLevel={3} />
      ) : shares.data.length === 0 ? (
        <Paragraph>{t('portalFile.sharesEmpty')}</Paragraph>
      ) : (
        <>
          <Paragraph>{t('portalFile.sharesIntro')}</Paragraph>
          <ul className="naast-portal-file-list">
            {shares.data.map((share) => (
              <li key={share.id}>
                <ShareItem share={share} />
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  )
}

/** When, with whom, about what, what was told, why and how: short lines, the word before each in bold. */
export function ShareItem({ share }: { share: Share }) {
  const { t } = useTranslation()
  const categoryWords = useCategoryWords()
  const facts = [
    { term: t('portalFile.shareWhen'), text: formatDateTime(share.sharedAt, currentLanguage()) },
    { term: t('portalFile.shareWith'), text: share.recipient },
    { term: t('portalFile.shareAbout'), text: capitalise(categoryWords(share.categories)) },
    { term: t('portalFile.shareSummary'), text: share.summary },
    { term: t('portalFile.sharePurpose'), text: share.purpose },
    { term: t('portalFile.shareHow'), text: t(`portalFile.shareHows.${share.how}`) },
  ]
  return (
    <div className="naast-portal-file-item">
      <dl className="naast-portal-file-facts">
        {facts.map((fact) => (
          <div key={fact.term}>
            <dt>{fact.term}</dt>
            <dd className="naast-portal-words">{fact.text}</dd>
          </div>
        ))}
      </dl>
      {share.basis === 'meldcode' && <Paragraph>{t('portalFile.shareWithoutConsent')}</Paragraph>}
    </div>
  )
}
