import { useTranslation } from 'react-i18next'
import { Link, Table } from '@amsterdam/design-system-react'
import type { RequestSummary } from '#shared/contracts/requests'
import { formatDate } from '#shared/domain/dates'
import { currentLanguage } from '../lib/i18n.ts'
import { requestPath } from '../app/paths.ts'
import { RouterLink } from './router-link.tsx'
import { NameWithSafetyMark } from './safety-mark.tsx'
import { FirstAppointmentText } from './first-appointment-text.tsx'

type RequestTableProps = {
  caption: string
  requests: RequestSummary[]
  /** Leave out the household column on the household's own page. */
  showHousehold?: boolean
}

/**
 * One row per request (aanmelding), in the order the server gives: overdue first appointments on top. The first
 * cell leads to the request's page.
 */
export function RequestTable({ caption, requests, showHousehold = true }: RequestTableProps) {
  const { t } = useTranslation()
  const language = currentLanguage()
  return (
    <Table className="naast-table naast-table--compact">
      <Table.Caption className="ams-visually-hidden">{caption}</Table.Caption>
      <Table.Header>
        <Table.Row>
          <Table.HeaderCell scope="col">
            {showHousehold ? t('requestTable.household') : t('requestTable.received')}
          </Table.HeaderCell>
          {showHousehold && <Table.HeaderCell scope="col">{t('requestTable.received')}</Table.HeaderCell>}
          <Table.HeaderCell scope="col">{t('requestTable.source')}</Table.HeaderCell>
          <Table.HeaderCell scope="col">{t('requestTable.firstAppointment')}</Table.HeaderCell>
          <Table.HeaderCell scope="col">{t('requestTable.status')}</Table.HeaderCell>
          <Table.HeaderCell scope="col">{t('requestTable.triageWorker')}</Table.HeaderCell>
        </Table.Row>
      </Table.Header>
      <Table.Body>
        {requests.map((request) => {
          const received = formatDate(request.receivedOn, language)
          return (
            <Table.Row key={request.id}>
              <Table.Cell>
                {showHousehold ? (
                  <NameWithSafetyMark safetyMark={request.safetyMark}>
                    <Link href={requestPath(request.id)} linkComponent={RouterLink}>
                      {request.householdName}
                      <span className="ams-visually-hidden">
                        {' '}
                        – {t('requestTable.linkContext', { date: received })}
                      </span>
                    </Link>
                  </NameWithSafetyMark>
                ) : (
                  <Link href={requestPath(request.id)} linkComponent={RouterLink} className="naast-nowrap">
                    <span className="ams-visually-hidden">{t('requestTable.requestOf')} </span>
                    {received}
                  </Link>
                )}
              </Table.Cell>
              {showHousehold && <Table.Cell className="naast-nowrap">{received}</Table.Cell>}
              <Table.Cell>{t(`requestSources.${request.source}`)}</Table.Cell>
              <Table.Cell>
                <FirstAppointmentText
                  state={request.firstAppointmentState}
                  dueOn={request.firstAppointmentDueOn}
                  short
                />
              </Table.Cell>
              <Table.Cell>
                <span className="naast-line">{t(`requestStatus.${request.status}`)}</span>
                {request.latestRoute && (
                  <span className="naast-line naast-secondary">
                    {t(`routesShort.${request.latestRoute}`)}
                  </span>
                )}
              </Table.Cell>
              <Table.Cell>{request.triageWorker?.name ?? t('requestTable.nobody')}</Table.Cell>
            </Table.Row>
          )
        })}
      </Table.Body>
    </Table>
  )
}
