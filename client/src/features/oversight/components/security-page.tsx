import { useEffect, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Button, Heading, Paragraph, Table } from '@amsterdam/design-system-react'
import type { ReadingSignal } from '#shared/contracts/oversight'
import { formatDateTime } from '#shared/domain/dates'
import { errorText } from '../../../lib/api.ts'
import { currentLanguage } from '../../../lib/i18n.ts'
import { useDocumentTitle } from '../../../lib/use-document-title.ts'
import { QueryResult } from '../../../components/query-states.tsx'
import { useEmergencyAccesses } from '../api/emergency-access.ts'
import { useReadingSignals, useReviewReadingSignal } from '../api/reading-signals.ts'
import { EmergencyAccessTable } from './emergency-access-table.tsx'
import './oversight.css'

/**
 * "Beveiliging": what a privacy officer looks for. Who opened unusually many households within an hour, and
 * every emergency access. People, counts and reasons only: no case content.
 */
export function SecurityPage() {
  const { t } = useTranslation()
  useDocumentTitle(t('oversight.security.title'))
  return (
    <div className="naast-stack">
      <Heading level={1}>{t('oversight.security.title')}</Heading>
      <Paragraph className="naast-readable">{t('oversight.security.intro')}</Paragraph>
      <ReadingSignals />
      <EmergencyAccesses />
    </div>
  )
}

function ReadingSignals() {
  const { t } = useTranslation()
  const signals = useReadingSignals()
  return (
    <section className="naast-stack" aria-labelledby="security-signals">
      <Heading level={2} id="security-signals">
        {t('oversight.security.signalsTitle')}
      </Heading>
      <Paragraph className="naast-readable">{t('oversight.security.signalsIntro')}</Paragraph>
      <QueryResult query={signals} errorHeadingLevel={3}>
        {(list) =>
          list.length === 0 ? (
            <Paragraph>{t('oversight.security.signalsEmpty')}</Paragraph>
          ) : (
            <SignalsTable signals={list} />
          )
        }
      </QueryResult>
    </section>
  )
}

function SignalsTable({ signals }: { signals: ReadingSignal[] }) {
  const { t } = useTranslation()
  const language = currentLanguage()
  const review = useReviewReadingSignal()
  // The button goes once a signal is seen: focus moves to the words that replaced it.
  const [justReviewed, setJustReviewed] = useState<number | null>(null)

  function onReview(signalId: number) {
    if (review.isPending) return
    review.mutate(signalId, { onSuccess: (signal) => setJustReviewed(signal.id) })
  }

  return (
    <Table className="naast-table naast-table--compact">
      <Table.Caption className="ams-visually-hidden">{t('oversight.security.signalsTitle')}</Table.Caption>
      <Table.Header>
        <Table.Row>
          <Table.HeaderCell scope="col">{t('oversight.security.person')}</Table.HeaderCell>
          <Table.HeaderCell scope="col">{t('oversight.security.role')}</Table.HeaderCell>
          <Table.HeaderCell scope="col">{t('oversight.security.team')}</Table.HeaderCell>
          <Table.HeaderCell scope="col">{t('oversight.security.detectedAt')}</Table.HeaderCell>
          <Table.HeaderCell scope="col">{t('oversight.security.what')}</Table.HeaderCell>
          <Table.HeaderCell scope="col">{t('oversight.security.status')}</Table.HeaderCell>
        </Table.Row>
      </Table.Header>
      <Table.Body>
        {signals.map((signal) => (
          <Table.Row key={signal.id}>
            <Table.HeaderCell scope="row">
              <span className="naast-user-name">{signal.userName}</span>
              <span className="naast-user-email">{signal.userEmail}</span>
            </Table.HeaderCell>
            <Table.Cell>{t(`roles.${signal.userRole}`)}</Table.Cell>
            <Table.Cell>{signal.userTeamName ?? t('oversight.noTeam')}</Table.Cell>
            <Table.Cell>{formatDateTime(signal.detectedAt, language)}</Table.Cell>
            <Table.Cell>
              {t('oversight.security.count', {
                households: signal.householdCount,
                threshold: signal.threshold,
              })}
            </Table.Cell>
            <Table.Cell>
              {signal.reviewedAt ? (
                <ReviewedStatus
                  reviewedAt={signal.reviewedAt}
                  reviewedByName={signal.reviewedByName}
                  focus={justReviewed === signal.id}
                />
              ) : (
                <div className="naast-cell-stack">
                  <strong>{t('oversight.security.notReviewed')}</strong>
                  <Button
                    variant="secondary"
                    onClick={() => onReview(signal.id)}
                    aria-disabled={(review.isPending && review.variables === signal.id) || undefined}
                  >
                    {review.isPending && review.variables === signal.id
                      ? t('oversight.security.reviewing')
                      : t('oversight.security.review')}
                    <span className="ams-visually-hidden">
                      : {t('oversight.security.reviewLabel', { name: signal.userName })}
                    </span>
                  </Button>
                  {review.isError && review.variables === signal.id && (
                    <Paragraph size="small" role="alert" className="naast-error-text">
                      {errorText(review.error, t)}
                    </Paragraph>
                  )}
                </div>
              )}
            </Table.Cell>
          </Table.Row>
        ))}
      </Table.Body>
    </Table>
  )
}

function ReviewedStatus({
  reviewedAt,
  reviewedByName,
  focus,
}: {
  reviewedAt: string
  reviewedByName: string | null
  focus: boolean
}) {
  const { t } = useTranslation()
  const ref = useRef<HTMLSpanElement>(null)
  useEffect(() => {
    if (focus) ref.current?.focus()
  }, [focus])
  const date = formatDateTime(reviewedAt, currentLanguage())
  return (
    <span ref={ref} tabIndex={-1} className="naast-focus-target">
      {reviewedByName
        ? t('oversight.security.reviewedBy', { name: reviewedByName, date })
        : t('oversight.security.reviewedOn', { date })}
    </span>
  )
}

function EmergencyAccesses() {
  const { t } = useTranslation()
  const accesses = useEmergencyAccesses()
  return (
    <section className="naast-stack" aria-labelledby="security-emergency">
      <Heading level={2} id="security-emergency">
        {t('oversight.security.emergencyTitle')}
      </Heading>
      <Paragraph className="naast-readable">{t('oversight.security.emergencyIntro')}</Paragraph>
      <QueryResult query={accesses} errorHeadingLevel={3}>
        {(list) =>
          list.length === 0 ? (
            <Paragraph>{t('oversight.security.emergencyEmpty')}</Paragraph>
          ) : (
            <EmergencyAccessTable
              caption={t('oversight.security.emergencyTitle')}
              accesses={list}
              household="teamOnly"
            />
          )
        }
      </QueryResult>
    </section>
  )
}
