import { useTranslation } from 'react-i18next'
import { Link, Table } from '@amsterdam/design-system-react'
import type { EmergencyAccess } from '#shared/contracts/oversight'
import { formatDateTime } from '#shared/domain/dates'
import { currentLanguage } from '../../../lib/i18n.ts'
import { RouterLink } from '../../../components/router-link.tsx'
import { householdPath } from '../../../app/paths.ts'

/** Running, ended early by the user, or run out after its 24 hours. */
export function AccessStatus({ access }: { access: EmergencyAccess }) {
  const { t } = useTranslation()
  if (access.active) return <strong>{t('oversight.status.active')}</strong>
  if (access.endedAt)
    return <>{t('oversight.status.endedOn', { date: formatDateTime(access.endedAt, currentLanguage()) })}</>
  return <>{t('oversight.status.expired')}</>
}

type EmergencyAccessTableProps = {
  caption: string
  accesses: EmergencyAccess[]
  /**
   * The supervisor's view names the household, with a link when it is one of the team's own. The administrator's
   * view shows no household, only its team: no case content.
   */
  household: { linkTo: (access: EmergencyAccess) => boolean } | 'teamOnly'
}

/** Who opened which file with emergency access, why, when and until when. Newest first, as the server sends. */
export function EmergencyAccessTable({ caption, accesses, household }: EmergencyAccessTableProps) {
  const { t } = useTranslation()
  const language = currentLanguage()
  return (
    <Table className="naast-table naast-table--compact">
      <Table.Caption className="ams-visually-hidden">{caption}</Table.Caption>
      <Table.Header>
        <Table.Row>
          <Table.HeaderCell scope="col">{t('oversight.accessColumns.who')}</Table.HeaderCell>
          <Table.HeaderCell scope="col">
            {household === 'teamOnly'
              ? t('oversight.accessColumns.householdTeam')
              : t('oversight.accessColumns.household')}
          </Table.HeaderCell>
          <Table.HeaderCell scope="col">{t('oversight.accessColumns.reason')}</Table.HeaderCell>
          <Table.HeaderCell scope="col">{t('oversight.accessColumns.started')}</Table.HeaderCell>
          <Table.HeaderCell scope="col">{t('oversight.accessColumns.until')}</Table.HeaderCell>
          <Table.HeaderCell scope="col">{t('oversight.accessColumns.status')}</Table.HeaderCell>
        </Table.Row>
      </Table.Header>
      <Table.Body>
        {accesses.map((access) => (
          <Table.Row key={access.id}>
            <Table.HeaderCell scope="row">
              <span className="naast-user-name">{access.userName}</span>
              <span className="naast-user-email">
                {t(`roles.${access.userRole}`)}, {access.userTeamName ?? t('oversight.noTeam')}
              </span>
            </Table.HeaderCell>
            <Table.Cell>
              {household === 'teamOnly' ? (
                access.householdTeamName
              ) : (
                <>
                  <span className="naast-line">
                    {household.linkTo(access) ? (
                      <Link href={householdPath(access.householdId)} linkComponent={RouterLink}>
                        {access.householdName}
                      </Link>
                    ) : (
                      access.householdName
                    )}
                  </span>
                  <span className="naast-line naast-secondary">{access.householdTeamName}</span>
                </>
              )}
            </Table.Cell>
            <Table.Cell className="naast-oversight-reason">{access.reason}</Table.Cell>
            <Table.Cell>{formatDateTime(access.startedAt, language)}</Table.Cell>
            <Table.Cell>{formatDateTime(access.expiresAt, language)}</Table.Cell>
            <Table.Cell>
              <AccessStatus access={access} />
            </Table.Cell>
          </Table.Row>
        ))}
      </Table.Body>
    </Table>
  )
}
