import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Heading, Paragraph } from '@amsterdam/design-system-react'
import type { Consent } from '#shared/contracts/consents'
import type { HouseholdDetail } from '#shared/contracts/households'
import { useHousehold } from '../../../lib/household-detail.ts'
import { QueryResult } from '../../../components/query-states.tsx'
import { useConsents } from '../api/list-consents.ts'
import { useWithdrawConsent } from '../api/withdraw-consent.ts'
import { ConsentTable } from './consent-table.tsx'
import { WithdrawConsentDialog } from './withdraw-consent-dialog.tsx'
import { RecordConsentForm } from './record-consent-form.tsx'
import { ConsentCheckForm } from './consent-check-form.tsx'
import { FocusedStatus } from '../../../components/focused-status.tsx'
import './consents.css'

/**
 * "Toestemming voor delen" on the household page: what the household agreed may be shared, with whom and why;
 * recording a new consent (the giver follows the age rule) and withdrawing one; and, before sharing, whose consent
 * is still missing. Members, ages and authority come from the household detail every feature shares.
 */
export function ConsentSection({ householdId }: { householdId: number }) {
  const { t } = useTranslation()
  const household = useHousehold(householdId)
  const consents = useConsents(householdId)

  return (
    <section className="naast-stack" aria-labelledby="household-consents">
      <Heading level={2} id="household-consents">
        {t('consents.title')}
      </Heading>
      <Paragraph className="naast-readable">{t('consents.intro')}</Paragraph>
      <QueryResult query={household} errorHeadingLevel={3}>
        {(detail) => (
          <QueryResult query={consents} errorHeadingLevel={3}>
            {(list) => <ConsentParts household={detail} consents={list} />}
          </QueryResult>
        )}
      </QueryResult>
    </section>
  )
}

function ConsentParts({ household, consents }: { household: HouseholdDetail; consents: Consent[] }) {
  const { t } = useTranslation()
  const withdraw = useWithdrawConsent(household.id)
  const [toWithdraw, setToWithdraw] = useState<Consent | null>(null)
  const [message, setMessage] = useState<string | null>(null)
  // One confirmation at a time: a withdrawal clears the last "recorded", and the other way round.
  const [recorded, setRecorded] = useState<string | null>(null)

  return (
    <>
      {message && <FocusedStatus key={message} heading={message} onClose={() => setMessage(null)} />}
      {consents.length === 0 ? (
        <Paragraph className="naast-readable">{t('consents.empty')}</Paragraph>
      ) : (
        <ConsentTable
          consents={consents}
          onWithdraw={(consent) => {
            setMessage(null)
            setRecorded(null)
            setToWithdraw(consent)
          }}
        />
      )}
      <details className="naast-details">
        <summary>{t('consents.recordSummary')}</summary>
        <div className="naast-details__body">
          <RecordConsentForm
            household={household}
            consents={consents}
            message={recorded}
            onMessage={(next) => {
              setMessage(null)
              setRecorded(next)
            }}
          />
        </div>
      </details>
      <details className="naast-details">
        <summary>{t('consents.checkSummary')}</summary>
        <div className="naast-details__body">
          <ConsentCheckForm household={household} consents={consents} />
        </div>
      </details>
      <WithdrawConsentDialog
        consent={toWithdraw}
        withdraw={withdraw}
        onClose={() => setToWithdraw(null)}
        onWithdrawn={setMessage}
      />
    </>
  )
}
