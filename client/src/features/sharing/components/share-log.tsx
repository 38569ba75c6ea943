import { useTranslation } from 'react-i18next'
import { Heading, Paragraph } from '@amsterdam/design-system-react'
import type { Share } from '#shared/contracts/sharing'
import { formatDateTime } from '#shared/domain/dates'
import { currentLanguage } from '../../../lib/i18n.ts'
import { ShareDetails } from './share-details.tsx'

/** Everything shared about the household, the latest first; each entry says when and with whom in its heading. */
export function ShareLog({ shares }: { shares: Share[] }) {
  const { t } = useTranslation()
  const language = currentLanguage()
  if (shares.length === 0) return <Paragraph className="naast-readable">{t('sharing.empty')}</Paragraph>
  return (
    <ol className="naast-card-list naast-readable naast-share-log">
      {shares.map((share) => (
        <li key={share.id} className="naast-card">
          <Heading level={3} size="level-4">
            {t('sharing.entryTitle', {
              recipient: share.recipient,
              when: formatDateTime(share.sharedAt, language),
            })}
          </Heading>
          <ShareDetails share={share} withWhenAndRecipient={false} />
        </li>
      ))}
    </ol>
  )
}
