import { useTranslation } from 'react-i18next'
import { Heading, Link, Paragraph, Table } from '@amsterdam/design-system-react'
import type { TeamConsentOverview } from '#shared/contracts/consents'
import { formatDate, formatDateTime } from '#shared/domain/dates'
import { currentLanguage } from '../../../lib/i18n.ts'
import { QueryResult } from '../../../components/query-states.tsx'
import { RouterLink } from '../../../components/router-link.tsx'
import { householdPath } from '../../../app/paths.ts'
import { useTeamConsents } from '../api/get-team-consents.ts'

/** "Toestemming en delen deze maand": withdrawn consents and shares under meldrecht across the team. */
export function TeamConsents() {
  const { t } = useTranslation()
  const overview = useTeamConsents()
  return (
    <section className="naast-stack" aria-labelledby="team-consents">
      <Heading level={2} id="team-consents">
        {t('consentLists.teamTitle')}
      </Heading>
      <QueryResult query={overview} errorHeadingLevel={3}>
        {(data) => (
          <>
            <Withdrawn consents={data.withdrawnThisMonth} />
            <SharedUnderMeldrecht shares={data.sharedUnderMeldrecht} />
          </>
        )}
      </QueryResult>
    </section>
  )
}

function HouseholdLink({ householdId, name }: { householdId: number; name: string }) {
  return (
    <Link href={householdPath(householdId)} linkComponent={RouterLink}>
      {name}
    </Link>
  )
}

function Withdrawn({ consents }: { consents: TeamConsentOverview['withdrawnThisMonth'] }) {
  const { t } = useTranslation()
  const language = currentLanguage()
  return (
    <>
      <Heading level={3} id="team-consents-withdrawn">
        {t('consentLists.withdrawnTitle')}
      </Heading>
      {consents.length === 0 ? (
        <Paragraph>{t('consentLists.withdrawnEmpty')}</Paragraph>
      ) : (
        <Table className="naast-table naast-table--compact">
          <Table.Caption className="ams-visually-hidden">{t('consentLists.withdrawnTitle')}</Table.Caption>
          <Table.Header>
            <Table.Row>
              <Table.HeaderCell scope="col">{t('consentLists.household')}</Table.HeaderCell>
              <Table.HeaderCell scope="col">{t('consentLists.whose')}</Table.HeaderCell>
              <Table.HeaderCell scope="col">{t('consentLists.recipient')}</Table.HeaderCell>
              <Table.HeaderCell scope="col">{t('consentLists.withdrawnAt')}</Table.HeaderCell>
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {consents.map((consent) => (
              <Table.Row key={consent.id}>
                <Table.Cell>
                  <HouseholdLink householdId={consent.householdId} name={consent.householdName} />
                </Table.Cell>
                <Table.Cell>
                  {consent.giver.personId === consent.subject.personId
                    ? consent.giver.name
                    : `${consent.giver.name} (${consent.subject.name})`}
                </Table.Cell>
                <Table.Cell>{consent.recipient}</Table.Cell>
                <Table.Cell>
                  {consent.withdrawn
                    ? t('consentLists.withdrawnBy', {
                        date: formatDate(consent.withdrawn.at, language),
                        name: consent.withdrawn.by,
                      })
                    : '–'}
                </Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      )}
    </>
  )
}

function SharedUnderMeldrecht({ shares }: { shares: TeamConsentOverview['sharedUnderMeldrecht'] }) {
  const { t } = useTranslation()
  const language = currentLanguage()
  return (
    <>
      <Heading level={3} id="team-consents-meldrecht">
        {t('consentLists.meldrechtTitle')}
      </Heading>
      {shares.length === 0 ? (
        <Paragraph>{t('consentLists.meldrechtEmpty')}</Paragraph>
      ) : (
        <Table className="naast-table naast-table--compact">
          <Table.Caption className="ams-visually-hidden">{t('consentLists.meldrechtTitle')}</Table.Caption>
          <Table.Header>
            <Table.Row>
              <Table.HeaderCell scope="col">{t('consentLists.household')}</Table.HeaderCell>
              <Table.HeaderCell scope="col">{t('consentLists.recipient')}</Table.HeaderCell>
              <Table.HeaderCell scope="col">{t('consentLists.sharedAt')}</Table.HeaderCell>
              <Table.HeaderCell scope="col">{t('consentLists.recordedBy')}</Table.HeaderCell>
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {shares.map((share) => (
              <Table.Row key={share.id}>
                <Table.Cell>
                  <HouseholdLink householdId={share.householdId} name={share.householdName} />
                </Table.Cell>
                <Table.Cell>{share.recipient}</Table.Cell>
                <Table.Cell>{formatDateTime(share.sharedAt, language)}</Table.Cell>
                <Table.Cell>{share.recordedBy}</Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      )}
    </>
  )
}
