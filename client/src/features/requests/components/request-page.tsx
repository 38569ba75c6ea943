import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useLocation, useParams } from 'react-router'
import { DescriptionList, Heading, Link, Paragraph, StandaloneLink } from '@amsterdam/design-system-react'
import type { RequestDetail } from '#shared/contracts/requests'
import { formatDate, formatDateTime } from '#shared/domain/dates'
import { currentLanguage } from '../../../lib/i18n.ts'
import { useMe } from '../../../lib/session.ts'
import { useDocumentTitle } from '../../../lib/use-document-title.ts'
import { QueryResult, useFocusOnMount } from '../../../components/query-states.tsx'
import { NotFound } from '../../../components/not-found.tsx'
import { RouterLink } from '../../../components/router-link.tsx'
import { SafetyMark } from '../../../components/safety-mark.tsx'
import { StatusMessage } from '../../../components/form.tsx'
import { ChevronBackwardIcon } from '../../../components/icons.tsx'
import { householdPath, paths } from '../../../app/paths.ts'
import { useRequest } from '../api/get-request.ts'
import { AppointmentSection } from './appointment-section.tsx'
import { TriageSection } from './triage-section.tsx'
import { AssignTriageWorkerForm } from './assign-triage-worker-form.tsx'

/** One request (aanmelding): the question, the five-day first appointment, and the triage. */
export function RequestPage() {
  const { requestId } = useParams()
  const id = Number(requestId)
  // A malformed id cannot exist; answer as the server would for any unknown request.
  if (!Number.isSafeInteger(id) || id <= 0) return <NotFound />
  return <RequestLoader requestId={id} />
}

function RequestLoader({ requestId }: { requestId: number }) {
  const { t } = useTranslation()
  const query = useRequest(requestId)
  useDocumentTitle(query.data ? t('request.title', { name: query.data.householdName }) : undefined)
  return (
    <QueryResult query={query} notFoundPage errorHeadingLevel={1}>
      {(request) => <RequestView request={request} />}
    </QueryResult>
  )
}

function RegisteredMessage({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation()
  const ref = useFocusOnMount<HTMLDivElement>()
  return (
    <div ref={ref} tabIndex={-1} className="naast-focus-target">
      <StatusMessage heading={t('request.registered')} headingLevel={2} onClose={onClose}>
        <Paragraph>{t('request.registeredNext')}</Paragraph>
      </StatusMessage>
    </div>
  )
}

/** The form gives way to the name; focus goes to the message that says so. */
function AssignedMessage({ name, onClose }: { name: string; onClose: () => void }) {
  const { t } = useTranslation()
  const ref = useFocusOnMount<HTMLDivElement>()
  return (
    <div ref={ref} tabIndex={-1} className="naast-focus-target">
      <StatusMessage heading={t('request.assigned', { name })} headingLevel={2} onClose={onClose} />
    </div>
  )
}

function RequestView({ request }: { request: RequestDetail }) {
  const { t } = useTranslation()
  const language = currentLanguage()
  const role = useMe().data?.role
  const location = useLocation()
  const [closed, setClosed] = useState(false)
  const [assigned, setAssigned] = useState<string | null>(null)
  const justRegistered = !closed && (location.state as { registered?: boolean } | null)?.registered === true
  const back =
    role === 'supervisor'
      ? { href: paths.teamRequests, label: t('request.backToTeam') }
      : { href: paths.inbox, label: t('request.backToInbox') }

  return (
    <div className="naast-stack">
      <StandaloneLink href={back.href} linkComponent={RouterLink} icon={ChevronBackwardIcon}>
        {back.label}
      </StandaloneLink>
      <Heading level={1} className="naast-heading-with-mark">
        {t('request.title', { name: request.householdName })}
        <SafetyMark show={request.safetyMark} />
      </Heading>
      {justRegistered && <RegisteredMessage onClose={() => setClosed(true)} />}

      <DescriptionList termsWidth="medium">
        <DescriptionList.Term>{t('request.question')}</DescriptionList.Term>
        <DescriptionList.Description className="naast-question">
          {request.question}
        </DescriptionList.Description>
        <DescriptionList.Term>{t('request.source')}</DescriptionList.Term>
        <DescriptionList.Description>{t(`requestSources.${request.source}`)}</DescriptionList.Description>
        <DescriptionList.Term>{t('request.reporter')}</DescriptionList.Term>
        <DescriptionList.Description>
          {request.reporterName || request.reporterContact
            ? [request.reporterName, request.reporterContact].filter(Boolean).join(' – ')
            : t('request.reporterUnknown')}
        </DescriptionList.Description>
        <DescriptionList.Term>{t('request.receivedOn')}</DescriptionList.Term>
        <DescriptionList.Description>{formatDate(request.receivedOn, language)}</DescriptionList.Description>
        <DescriptionList.Term>{t('request.householdKnows')}</DescriptionList.Term>
        <DescriptionList.Description>
          {t(`householdKnows.${request.householdKnows}`)}
        </DescriptionList.Description>
        <DescriptionList.Term>{t('request.household')}</DescriptionList.Term>
        <DescriptionList.Description>
          <Link href={householdPath(request.householdId)} linkComponent={RouterLink}>
            {request.householdName}
          </Link>
        </DescriptionList.Description>
        <DescriptionList.Term>{t('request.registeredBy')}</DescriptionList.Term>
        <DescriptionList.Description>
          {t('request.byOn', {
            name: request.registeredBy.name,
            date: formatDateTime(request.registeredAt, language),
          })}
        </DescriptionList.Description>
        <DescriptionList.Term>{t('request.status')}</DescriptionList.Term>
        <DescriptionList.Description>{t(`requestStatus.${request.status}`)}</DescriptionList.Description>
        <DescriptionList.Term>{t('request.triageWorker')}</DescriptionList.Term>
        <DescriptionList.Description>
          {assigned ? (
            <AssignedMessage name={assigned} onClose={() => setAssigned(null)} />
          ) : request.triageWorker ? (
            request.triageWorker.name
          ) : role === 'supervisor' ? (
            <AssignTriageWorkerForm
              requestId={request.id}
              householdName={request.householdName}
              onAssigned={setAssigned}
            />
          ) : (
            t('request.nobody')
          )}
        </DescriptionList.Description>
      </DescriptionList>

      <AppointmentSection request={request} />
      <TriageSection request={request} />
    </div>
  )
}
