import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { DescriptionList, Heading, Paragraph, Table } from '@amsterdam/design-system-react'
import type { Closure } from '#shared/contracts/case-route'
import type { CheckIn, FollowUp } from '#shared/contracts/follow-up'
import { formatDate } from '#shared/domain/dates'
import { currentLanguage } from '../../../lib/i18n.ts'
import { useScrollToAnchor } from '../../../lib/use-scroll-to-anchor.ts'
import { QueryResult } from '../../../components/query-states.tsx'
import { FocusedStatus } from '../../../components/focused-status.tsx'
import { WarningIcon } from '../../../components/icons.tsx'
import { useFollowUp } from '../api/get-follow-up.ts'
import { CheckInForm } from './check-in-form.tsx'
import { FollowUpHistory } from './follow-up-history.tsx'
import { PhaseForm } from './phase-form.tsx'
import { ReopenForm } from './reopen-form.tsx'
import { phaseText } from './phase-words.ts'
import './follow-up.css'

/** The anchor "Vandaag" links to for a due check-in. */
const anchor = 'vinger-aan-de-pols'

/**
 * "Vinger aan de pols" on the household page (route steps 8–9): the phase after active support (check-ins at an
 * agreed interval, or background support), when the next check-in is due, recording one in seconds, and re-opening
 * a closed case in one action with its history intact. Stay beside the household as long as needed, not longer.
 */
export function FollowUpSection({ householdId }: { householdId: number }) {
  const { t } = useTranslation()
  const followUp = useFollowUp(householdId)
  // One confirmation at a time; counted, so the same words after a second action take focus again.
  const [message, setMessage] = useState<{ text: string; count: number } | null>(null)
  const show = (text: string) => setMessage((previous) => ({ text, count: (previous?.count ?? 0) + 1 }))
  const clear = () => setMessage(null)
  useScrollToAnchor(anchor, followUp.isSuccess)

  return (
    <section className="naast-stack" aria-labelledby={anchor}>
      <Heading level={2} id={anchor} tabIndex={-1}>
        {t('followUp.title')}
      </Heading>
      <Paragraph className="naast-readable">{t('followUp.intro')}</Paragraph>
      {message && <FocusedStatus key={message.count} heading={message.text} onClose={clear} />}
      <QueryResult query={followUp} errorHeadingLevel={3}>
        {(data) => (
          <>
            {data.closure ? (
              <ClosedCase
                householdId={householdId}
                closure={data.closure}
                onReopened={show}
                onStart={clear}
              />
            ) : (
              <>
                <CurrentPhase followUp={data} />
                {data.phase !== 'active' && (
                  <CheckInForm householdId={householdId} onSaved={show} onStart={clear} />
                )}
              </>
            )}
            {(data.checkIns.length > 0 || (!data.closure && data.phase !== 'active')) && (
              <CheckIns checkIns={data.checkIns} />
            )}
            {!data.closure && (
              // Keyed by the phase: after a change it closes and the form starts from the new phase.
              <details key={data.current?.since ?? 'none'} className="naast-details">
                <summary>{t('followUp.change.summary')}</summary>
                <div className="naast-details__body">
                  <PhaseForm
                    householdId={householdId}
                    current={data.current}
                    onSaved={show}
                    onStart={clear}
                  />
                </div>
              </details>
            )}
            <FollowUpHistory followUp={data} />
          </>
        )}
      </QueryResult>
    </section>
  )
}

/** The phase in words, since when, by whom and why, the household's own moment, and the next check-in. */
function CurrentPhase({ followUp }: { followUp: FollowUp }) {
  const { t } = useTranslation()
  const language = currentLanguage()
  const current = followUp.current
  return (
    <div className="naast-card naast-readable naast-follow-up-current">
      <DescriptionList termsWidth="medium" aria-label={t('followUp.current.label')}>
        <DescriptionList.Term>{t('followUp.current.phase')}</DescriptionList.Term>
        <DescriptionList.Description>
          <strong>{phaseText(current ?? { phase: followUp.phase, intervalDays: null }, t)}</strong>
          {!current && <span className="naast-line">{t('followUp.current.noPhaseYet')}</span>}
        </DescriptionList.Description>
        {current && (
          <>
            <DescriptionList.Term>{t('followUp.current.since')}</DescriptionList.Term>
            <DescriptionList.Description>{formatDate(current.since, language)}</DescriptionList.Description>
            <DescriptionList.Term>{t('followUp.current.by')}</DescriptionList.Term>
            <DescriptionList.Description>{current.by}</DescriptionList.Description>
            <DescriptionList.Term>{t('followUp.current.reason')}</DescriptionList.Term>
            <DescriptionList.Description className="naast-follow-up-text">
              {current.reason}
            </DescriptionList.Description>
          </>
        )}
        {current && current.phase !== 'active' && (
          <>
            <DescriptionList.Term>{t('followUp.current.ownMoment')}</DescriptionList.Term>
            <DescriptionList.Description className="naast-follow-up-text">
              {current.ownContactMoment || t('followUp.current.ownMomentNone')}
            </DescriptionList.Description>
          </>
        )}
        {followUp.nextCheckInOn && (
          <>
            <DescriptionList.Term>{t('followUp.current.next')}</DescriptionList.Term>
            <DescriptionList.Description>
              <span className="naast-line">{formatDate(followUp.nextCheckInOn, language)}</span>
              {followUp.overdue && (
                <>
                  {/* The word and an icon, never colour alone. */}
                  <span className="naast-overdue">
                    <WarningIcon className="naast-overdue__icon" />
                    {t('followUp.current.overdue')}
                  </span>
                  <span className="naast-line">{t('followUp.current.overdueHint')}</span>
                </>
              )}
            </DescriptionList.Description>
          </>
        )}
      </DescriptionList>
    </div>
  )
}

/** A closed case: when and why it was closed, and re-opening it in one action. */
function ClosedCase({
  householdId,
  closure,
  onReopened,
  onStart,
}: {
  householdId: number
  closure: Closure
  onReopened: (message: string) => void
  onStart: () => void
}) {
  const { t } = useTranslation()
  const language = currentLanguage()
  return (
    <div className="naast-card naast-readable naast-follow-up-closed">
      <Heading level={3}>{t('followUp.closed.title')}</Heading>
      <Paragraph className="naast-follow-up-text">
        {t('followUp.closed.line', { date: formatDate(closure.closedOn, language), reason: closure.reason })}
      </Paragraph>
      <Paragraph size="small" className="naast-secondary">
        {t('followUp.closed.by', { name: closure.by })}
      </Paragraph>
      <Paragraph>{t('followUp.closed.noFollowUp')}</Paragraph>
      <ReopenForm householdId={householdId} onReopened={onReopened} onStart={onStart} />
    </div>
  )
}

/** Every check-in, newest first (the server's order): date, how, the note and who recorded it. */
function CheckIns({ checkIns }: { checkIns: CheckIn[] }) {
  const { t } = useTranslation()
  const language = currentLanguage()
  return (
    <section className="naast-stack" aria-labelledby="check-ins-title">
      <Heading level={3} id="check-ins-title">
        {t('followUp.checkIns.title')}
      </Heading>
      {checkIns.length === 0 ? (
        <Paragraph>{t('followUp.checkIns.empty')}</Paragraph>
      ) : (
        <Table className="naast-table">
          <Table.Caption className="ams-visually-hidden">{t('followUp.checkIns.caption')}</Table.Caption>
          <Table.Header>
            <Table.Row>
              <Table.HeaderCell scope="col">{t('followUp.checkIns.on')}</Table.HeaderCell>
              <Table.HeaderCell scope="col">{t('followUp.checkIns.how')}</Table.HeaderCell>
              <Table.HeaderCell scope="col">{t('followUp.checkIns.note')}</Table.HeaderCell>
              <Table.HeaderCell scope="col">{t('followUp.checkIns.by')}</Table.HeaderCell>
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {checkIns.map((checkIn) => (
              <Table.Row key={checkIn.id}>
                <Table.Cell>{formatDate(checkIn.on, language)}</Table.Cell>
                <Table.Cell>{t(`followUp.checkIn.hows.${checkIn.how}`)}</Table.Cell>
                <Table.Cell className="naast-follow-up-text">{checkIn.note}</Table.Cell>
                <Table.Cell>{checkIn.by}</Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      )}
    </section>
  )
}
