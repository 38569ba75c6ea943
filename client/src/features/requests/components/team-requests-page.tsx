import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useSearchParams } from 'react-router'
import { Alert, Heading, Link, Paragraph, StandaloneLink, Table } from '@amsterdam/design-system-react'
import type { TeamRequestOverview } from '#shared/contracts/requests'
import { formatDate, formatDateTime } from '#shared/domain/dates'
import { currentLanguage } from '../../../lib/i18n.ts'
import { useMe } from '../../../lib/session.ts'
import { useDocumentTitle } from '../../../lib/use-document-title.ts'
import { QueryResult, useFocusOnMount } from '../../../components/query-states.tsx'
import { RequestTable } from '../../../components/request-table.tsx'
import { NameWithSafetyMark } from '../../../components/safety-mark.tsx'
import { FirstAppointmentText } from '../../../components/first-appointment-text.tsx'
import { StatusMessage } from '../../../components/form.tsx'
import { RouterLink } from '../../../components/router-link.tsx'
import { householdPath, paths, requestPath } from '../../../app/paths.ts'
import { useTeamOverview, type RequestStatusFilter } from '../api/get-team-overview.ts'
import { AssignTriageWorkerForm } from './assign-triage-worker-form.tsx'
import { TeamConsents } from './team-consents.tsx'

const statuses = ['new', 'triaged', 'closed'] as const

function statusFrom(value: string | null): RequestStatusFilter {
  return statuses.find((status) => status === value)
}

/** The supervisor's view of the team's requests: what is late, what has nobody, what is unsafe, and the list. */
export function TeamRequestsPage() {
  const { t } = useTranslation()
  useDocumentTitle(t('teamRequests.title'))
  const teamName = useMe().data?.teamName
  // The filter lives in the URL, so the back button and a copied link keep it.
  const [searchParams] = useSearchParams()
  const status = statusFrom(searchParams.get('status'))
  const overview = useTeamOverview(status)

  return (
    <div className="naast-stack">
      <Heading level={1}>{t('teamRequests.title')}</Heading>
      <Paragraph>
        {teamName ? t('teamRequests.intro', { team: teamName }) : t('teamRequests.title')}
      </Paragraph>
      <StandaloneLink href={paths.registerRequest} linkComponent={RouterLink}>
        {t('inbox.registerRequest')}
      </StandaloneLink>
      <QueryResult query={overview}>{(data) => <OverviewView overview={data} status={status} />}</QueryResult>
    </div>
  )
}

function OverviewView({ overview, status }: { overview: TeamRequestOverview; status: RequestStatusFilter }) {
  const { t } = useTranslation()
  const total = overview.counts.new + overview.counts.triaged + overview.counts.closed
  const filters = [
    { status: undefined, label: t('teamRequests.all'), count: total },
    ...statuses.map((s) => ({ status: s, label: t(`requestStatus.${s}`), count: overview.counts[s] })),
  ]
  return (
    <>
      {overview.overdue.length > 0 && (
        <Alert
          severity="warning"
          heading={t('inbox.overdueTitle', { count: overview.overdue.length })}
          headingLevel={2}
        >
          <div className="naast-stack naast-alert-body">
            <Paragraph>{t('teamRequests.overdueIntro')}</Paragraph>
            <RequestTable caption={t('inbox.overdueCaption')} requests={overview.overdue} />
          </div>
        </Alert>
      )}

      <Unassigned requests={overview.unassigned} />
      <SafetySignals signals={overview.safetyNotFollowedUp} />
      <TeamConsents />

      <section className="naast-stack" aria-labelledby="team-requests-all">
        <Heading level={2} id="team-requests-all">
          {t('teamRequests.listTitle')}
        </Heading>
        <nav aria-label={t('teamRequests.filterLabel')}>
          <ul className="naast-filter-list">
            {filters.map((filter) => (
              <li key={filter.status ?? 'all'}>
                <Link
                  href={filter.status ? `${paths.teamRequests}?status=${filter.status}` : paths.teamRequests}
                  linkComponent={RouterLink}
                  aria-current={filter.status === status ? 'page' : undefined}
                  className="naast-filter-list__link"
                >
                  {t('teamRequests.filter', { label: filter.label, count: filter.count })}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
        {overview.requests.length === 0 ? (
          <Paragraph role="status">
            {status ? t('teamRequests.noneWithStatus') : t('teamRequests.none')}
          </Paragraph>
        ) : (
          <RequestTable caption={t('teamRequests.listTitle')} requests={overview.requests} />
        )}
      </section>
    </>
  )
}

function AssignedMessage({ message, onClose }: { message: string; onClose: () => void }) {
  const ref = useFocusOnMount<HTMLDivElement>()
  return (
    <div ref={ref} tabIndex={-1} className="naast-focus-target">
      <StatusMessage heading={message} headingLevel={3} onClose={onClose} />
    </div>
  )
}

function Unassigned({ requests }: { requests: TeamRequestOverview['unassigned'] }) {
  const { t } = useTranslation()
  const language = currentLanguage()
  const [assigned, setAssigned] = useState<string | null>(null)
  return (
    <section className="naast-stack" aria-labelledby="team-requests-unassigned">
      <Heading level={2} id="team-requests-unassigned">
        {t('teamRequests.unassignedTitle')}
      </Heading>
      {assigned && <AssignedMessage key={assigned} message={assigned} onClose={() => setAssigned(null)} />}
      {requests.length === 0 ? (
        <Paragraph>{t('teamRequests.unassignedEmpty')}</Paragraph>
      ) : (
        <Table className="naast-table naast-table--compact">
          <Table.Caption className="ams-visually-hidden">{t('teamRequests.unassignedTitle')}</Table.Caption>
          <Table.Header>
            <Table.Row>
              <Table.HeaderCell scope="col">{t('requestTable.household')}</Table.HeaderCell>
              <Table.HeaderCell scope="col">{t('requestTable.received')}</Table.HeaderCell>
              <Table.HeaderCell scope="col">{t('requestTable.firstAppointment')}</Table.HeaderCell>
              <Table.HeaderCell scope="col">{t('teamRequests.assignColumn')}</Table.HeaderCell>
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {requests.map((request) => (
              <Table.Row key={request.id}>
                <Table.Cell>
                  <NameWithSafetyMark safetyMark={request.safetyMark}>
                    <Link href={requestPath(request.id)} linkComponent={RouterLink}>
                      {request.householdName}
                    </Link>
                  </NameWithSafetyMark>
                </Table.Cell>
                <Table.Cell>{formatDate(request.receivedOn, language)}</Table.Cell>
                <Table.Cell>
                  <FirstAppointmentText
                    state={request.firstAppointmentState}
                    dueOn={request.firstAppointmentDueOn}
                    short
                  />
                </Table.Cell>
                <Table.Cell>
                  <AssignTriageWorkerForm
                    requestId={request.id}
                    householdName={request.householdName}
                    onAssigned={(name) =>
                      setAssigned(t('teamRequests.assigned', { household: request.householdName, name }))
                    }
                  />
                </Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      )}
    </section>
  )
}

function SafetySignals({ signals }: { signals: TeamRequestOverview['safetyNotFollowedUp'] }) {
  const { t } = useTranslation()
  const language = currentLanguage()
  return (
    <section className="naast-stack" aria-labelledby="team-requests-safety">
      <Heading level={2} id="team-requests-safety">
        {t('teamRequests.safetyTitle')}
      </Heading>
      <Paragraph className="naast-readable">{t('teamRequests.safetyIntro')}</Paragraph>
      {signals.length === 0 ? (
        <Paragraph>{t('teamRequests.safetyEmpty')}</Paragraph>
      ) : (
        <Table className="naast-table">
          <Table.Caption className="ams-visually-hidden">{t('teamRequests.safetyTitle')}</Table.Caption>
          <Table.Header>
            <Table.Row>
              <Table.HeaderCell scope="col">{t('requestTable.household')}</Table.HeaderCell>
              <Table.HeaderCell scope="col">{t('teamRequests.raisedAt')}</Table.HeaderCell>
              <Table.HeaderCell scope="col">{t('teamRequests.raisedBy')}</Table.HeaderCell>
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {signals.map((signal) => (
              <Table.Row key={signal.signalId}>
                <Table.Cell>
                  <NameWithSafetyMark safetyMark>
                    <Link href={householdPath(signal.householdId)} linkComponent={RouterLink}>
                      {signal.householdName}
                    </Link>
                  </NameWithSafetyMark>
                </Table.Cell>
                <Table.Cell>{formatDateTime(signal.raisedAt, language)}</Table.Cell>
                <Table.Cell>{signal.raisedBy.name}</Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      )}
    </section>
  )
}
