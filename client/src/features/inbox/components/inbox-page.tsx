import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import {
  Alert,
  Button,
  Heading,
  Link,
  Paragraph,
  Row,
  StandaloneLink,
  Table,
} from '@amsterdam/design-system-react'
import type { Inbox } from '#shared/contracts/requests'
import { formatDate, formatDateTime } from '#shared/domain/dates'
import { errorText } from '../../../lib/api.ts'
import { currentLanguage } from '../../../lib/i18n.ts'
import { useDocumentTitle } from '../../../lib/use-document-title.ts'
import { QueryResult, useFocusOnMount } from '../../../components/query-states.tsx'
import { RequestTable } from '../../../components/request-table.tsx'
import { NameWithSafetyMark } from '../../../components/safety-mark.tsx'
import { StatusMessage } from '../../../components/form.tsx'
import { RouterLink } from '../../../components/router-link.tsx'
import { householdPath, paths } from '../../../app/paths.ts'
import { useInbox } from '../api/get-inbox.ts'
import { usePickUp } from '../api/pick-up.ts'
import { useDecideOnTransfer, type TransferDecision } from '../api/decide-on-transfer.ts'
import { ExpiringConsents } from './expiring-consents.tsx'
import { SafetyAttention } from './safety-attention.tsx'
import { DueCheckIns } from './due-check-ins.tsx'

type Outcome = { kind: 'done'; message: string } | { kind: 'failed'; message: string }

/** "Vandaag": the worker's start page. What waits for them, the most urgent first. */
export function InboxPage() {
  const { t } = useTranslation()
  useDocumentTitle(t('inbox.title'))
  const inbox = useInbox()
  const [outcome, setOutcome] = useState<Outcome | null>(null)

  return (
    <div className="naast-stack">
      <Heading level={1}>{t('inbox.title')}</Heading>
      <Paragraph>{t('inbox.intro')}</Paragraph>
      <StandaloneLink href={paths.registerRequest} linkComponent={RouterLink}>
        {t('inbox.registerRequest')}
      </StandaloneLink>
      {outcome && <OutcomeMessage key={outcome.message} outcome={outcome} onClose={() => setOutcome(null)} />}
      <QueryResult query={inbox}>{(data) => <InboxView inbox={data} onOutcome={setOutcome} />}</QueryResult>
    </div>
  )
}

/** After "Oppakken" or a decision the row disappears; focus goes to the message that says what happened. */
function OutcomeMessage({ outcome, onClose }: { outcome: Outcome; onClose: () => void }) {
  const { t } = useTranslation()
  const ref = useFocusOnMount<HTMLDivElement>()
  return (
    <div ref={ref} tabIndex={-1} className="naast-focus-target">
      {outcome.kind === 'done' ? (
        <StatusMessage heading={outcome.message} headingLevel={2} onClose={onClose} />
      ) : (
        <Alert heading={t('errorPage.title')} headingLevel={2} severity="error" role="alert">
          <Paragraph>{outcome.message}</Paragraph>
        </Alert>
      )}
    </div>
  )
}

function InboxView({ inbox, onOutcome }: { inbox: Inbox; onOutcome: (outcome: Outcome) => void }) {
  const { t } = useTranslation()
  return (
    <>
      {inbox.overdueAppointments.length > 0 && (
        <Alert
          severity="warning"
          heading={t('inbox.overdueTitle', { count: inbox.overdueAppointments.length })}
          headingLevel={2}
        >
          <div className="naast-stack naast-alert-body">
            <Paragraph>{t('inbox.overdueIntro')}</Paragraph>
            <RequestTable caption={t('inbox.overdueCaption')} requests={inbox.overdueAppointments} />
          </div>
        </Alert>
      )}
      <SafetyAttention />
      <DueCheckIns />
      <NewCases cases={inbox.newCases} onOutcome={onOutcome} />
      <Transfers transfers={inbox.transfers} onOutcome={onOutcome} />
      <section className="naast-stack" aria-labelledby="inbox-triage">
        <Heading level={2} id="inbox-triage">
          {t('inbox.toTriageTitle')}
        </Heading>
        {inbox.toTriage.length === 0 ? (
          <Paragraph>{t('inbox.toTriageEmpty')}</Paragraph>
        ) : (
          <RequestTable caption={t('inbox.toTriageTitle')} requests={inbox.toTriage} />
        )}
      </section>
      <ExpiringConsents />
    </>
  )
}

function NewCases({ cases, onOutcome }: { cases: Inbox['newCases']; onOutcome: (outcome: Outcome) => void }) {
  const { t } = useTranslation()
  const language = currentLanguage()
  const pickUp = usePickUp()
  return (
    <section className="naast-stack" aria-labelledby="inbox-new">
      <Heading level={2} id="inbox-new">
        {t('inbox.newTitle')}
      </Heading>
      {cases.length === 0 ? (
        <Paragraph>{t('inbox.newEmpty')}</Paragraph>
      ) : (
        <Table className="naast-table">
          <Table.Caption className="ams-visually-hidden">{t('inbox.newTitle')}</Table.Caption>
          <Table.Header>
            <Table.Row>
              <Table.HeaderCell scope="col">{t('inbox.household')}</Table.HeaderCell>
              <Table.HeaderCell scope="col">{t('inbox.assignedAt')}</Table.HeaderCell>
              <Table.HeaderCell scope="col">
                <span className="ams-visually-hidden">{t('inbox.action')}</span>
              </Table.HeaderCell>
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {cases.map((item) => (
              <Table.Row key={item.householdId}>
                <Table.Cell>
                  <NameWithSafetyMark safetyMark={item.safetyMark}>
                    <Link href={householdPath(item.householdId)} linkComponent={RouterLink}>
                      {item.householdName}
                    </Link>
                  </NameWithSafetyMark>
                </Table.Cell>
                <Table.Cell>{formatDate(item.assignedAt, language)}</Table.Cell>
                <Table.Cell>
                  <Button
                    variant="secondary"
                    aria-disabled={pickUp.isPending || undefined}
                    onClick={() => {
                      if (pickUp.isPending) return
                      pickUp.mutate(item.householdId, {
                        onSuccess: () =>
                          onOutcome({
                            kind: 'done',
                            message: t('inbox.pickedUp', { name: item.householdName }),
                          }),
                        onError: (error) => onOutcome({ kind: 'failed', message: errorText(error, t) }),
                      })
                    }}
                  >
                    {t('inbox.pickUp')}
                    <span className="ams-visually-hidden">: {item.householdName}</span>
                  </Button>
                </Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      )}
    </section>
  )
}

function Transfers({
  transfers,
  onOutcome,
}: {
  transfers: Inbox['transfers']
  onOutcome: (outcome: Outcome) => void
}) {
  const { t } = useTranslation()
  const language = currentLanguage()
  const decide = useDecideOnTransfer()

  function onDecide(transfer: Inbox['transfers'][number], decision: TransferDecision) {
    if (decide.isPending) return
    decide.mutate(
      { transferId: transfer.transferId, decision },
      {
        onSuccess: () =>
          onOutcome({
            kind: 'done',
            message:
              decision === 'accept'
                ? t('inbox.transferAccepted', { name: transfer.householdName })
                : t('inbox.transferDeclined', { name: transfer.householdName, from: transfer.from.name }),
          }),
        onError: (error) => onOutcome({ kind: 'failed', message: errorText(error, t) }),
      },
    )
  }

  return (
    <section className="naast-stack" aria-labelledby="inbox-transfers">
      <Heading level={2} id="inbox-transfers">
        {t('inbox.transfersTitle')}
      </Heading>
      {transfers.length === 0 ? (
        <Paragraph>{t('inbox.transfersEmpty')}</Paragraph>
      ) : (
        <ul className="naast-card-list">
          {transfers.map((transfer) => (
            <li key={transfer.transferId} className="naast-card">
              <Heading level={3}>{transfer.householdName}</Heading>
              <Paragraph size="small">
                {t('inbox.transferFrom', {
                  name: transfer.from.name,
                  date: formatDateTime(transfer.createdAt, language),
                })}
              </Paragraph>
              {transfer.note && <Paragraph>{transfer.note}</Paragraph>}
              <Row gap="small" wrap>
                <Button
                  aria-disabled={decide.isPending || undefined}
                  onClick={() => onDecide(transfer, 'accept')}
                >
                  {t('inbox.accept')}
                  <span className="ams-visually-hidden">: {transfer.householdName}</span>
                </Button>
                <Button
                  variant="secondary"
                  aria-disabled={decide.isPending || undefined}
                  onClick={() => onDecide(transfer, 'decline')}
                >
                  {t('inbox.decline')}
                  <span className="ams-visually-hidden">: {transfer.householdName}</span>
                </Button>
              </Row>
            </li>
          ))}
        </ul>
      )}
    </section>
  )
}
