import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Heading, Paragraph } from '@amsterdam/design-system-react'
import type { HouseholdDetail } from '#shared/contracts/households'
import { useHousehold } from '../../../lib/household-detail.ts'
import { QueryResult } from '../../../components/query-states.tsx'
import { useShares } from '../api/list-shares.ts'
import { useConsentSuggestions } from '../api/consent-suggestions.ts'
import { ShareLog } from './share-log.tsx'
import { RecordShareForm } from './record-share-form.tsx'
import { FocusedStatus } from '../../../components/focused-status.tsx'
import './sharing.css'

/**
 * "Gedeelde informatie" on the household page: what was shared, with whom, about whom and on what basis; and
 * recording a share, after a preview of exactly what will be recorded and whose consent it rests on. Members come
 * from the household detail every feature shares.
 */
export function SharingSection({ householdId }: { householdId: number }) {
  const { t } = useTranslation()
  const household = useHousehold(householdId)
  const shares = useShares(householdId)
  // Counted, so the same message twice (two shares with the same recipient) takes focus again.
  const [message, setMessage] = useState<{ text: string; count: number } | null>(null)

  return (
    <section className="naast-stack" aria-labelledby="household-sharing">
      <Heading level={2} id="household-sharing">
        {t('sharing.title')}
      </Heading>
      <Paragraph className="naast-readable">{t('sharing.intro')}</Paragraph>
      {message && (
        <FocusedStatus key={message.count} heading={message.text} onClose={() => setMessage(null)} />
      )}
      <QueryResult query={shares} errorHeadingLevel={3}>
        {(list) => <ShareLog shares={list} />}
      </QueryResult>
      <QueryResult query={household} errorHeadingLevel={3}>
        {(detail) => (
          <RecordShare
            household={detail}
            onRecorded={(text) => setMessage((previous) => ({ text, count: (previous?.count ?? 0) + 1 }))}
            onStart={() => setMessage(null)}
          />
        )}
      </QueryResult>
    </section>
  )
}

function RecordShare({
  household,
  onRecorded,
  onStart,
}: {
  household: HouseholdDetail
  onRecorded: (message: string) => void
  onStart: () => void
}) {
  const { t } = useTranslation()
  const [open, setOpen] = useState(false)
  const suggestions = useConsentSuggestions(household.id, open)
  return (
    <details className="naast-details" onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary>{t('sharing.recordSummary')}</summary>
      <div className="naast-details__body">
        <RecordShareForm
          household={household}
          suggestions={suggestions.data}
          onRecorded={onRecorded}
          onStart={onStart}
        />
      </div>
    </details>
  )
}
