import { useTranslation } from 'react-i18next'
import { Heading, Paragraph, Table } from '@amsterdam/design-system-react'
import type { HouseholdDetail } from '#shared/contracts/households'
import { formatDate } from '#shared/domain/dates'
import { currentLanguage } from '../../../lib/i18n.ts'

/** The informal network and the professionals involved: who is around the household (read-only here). */
export function HouseholdCircle({ household }: { household: HouseholdDetail }) {
  const { t } = useTranslation()
  return (
    <>
      <section className="naast-stack" aria-labelledby="household-network">
        <Heading level={2} id="household-network">
          {t('household.network')}
        </Heading>
        {household.network.length === 0 ? (
          <Paragraph>{t('household.networkEmpty')}</Paragraph>
        ) : (
          <Table className="naast-table">
            <Table.Caption className="ams-visually-hidden">{t('household.network')}</Table.Caption>
            <Table.Header>
              <Table.Row>
                <Table.HeaderCell scope="col">{t('household.name')}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{t('household.networkRelation')}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{t('household.howTheyHelp')}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{t('household.contact')}</Table.HeaderCell>
              </Table.Row>
            </Table.Header>
            <Table.Body>
              {household.network.map((person) => (
                <Table.Row key={person.id}>
                  <Table.HeaderCell scope="row">{person.name}</Table.HeaderCell>
                  <Table.Cell>{person.relation}</Table.Cell>
                  <Table.Cell>{person.howTheyHelp ?? t('household.notRecorded')}</Table.Cell>
                  <Table.Cell className="naast-nowrap">
                    {person.contact ?? t('household.notRecorded')}
                  </Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        )}
      </section>

      <section className="naast-stack" aria-labelledby="household-professionals">
        <Heading level={2} id="household-professionals">
          {t('household.professionals')}
        </Heading>
        {household.professionals.length === 0 ? (
          <Paragraph>{t('household.professionalsEmpty')}</Paragraph>
        ) : (
          <Table className="naast-table">
            <Table.Caption className="ams-visually-hidden">{t('household.professionals')}</Table.Caption>
            <Table.Header>
              <Table.Row>
                <Table.HeaderCell scope="col">{t('household.organisation')}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{t('household.contactPerson')}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{t('household.role')}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{t('household.contact')}</Table.HeaderCell>
              </Table.Row>
            </Table.Header>
            <Table.Body>
              {household.professionals.map((professional) => (
                <Table.Row key={professional.id}>
                  <Table.HeaderCell scope="row">{professional.organisation.name}</Table.HeaderCell>
                  <Table.Cell>{professional.contactPerson}</Table.Cell>
                  <Table.Cell>{professional.role ?? t('household.notRecorded')}</Table.Cell>
                  <Table.Cell className="naast-nowrap">
                    {professional.contact ?? t('household.notRecorded')}
                  </Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        )}
      </section>
    </>
  )
}

/** People who left the household: their history stays, so they are still named. */
export function FormerMembers({ members }: { members: HouseholdDetail['formerMembers'] }) {
  const { t } = useTranslation()
  const language = currentLanguage()
  if (members.length === 0) return null
  return (
    <>
      <Heading level={3}>{t('household.formerMembers')}</Heading>
      <ul className="naast-plain-list">
        {members.map((member) => (
          <li key={member.id}>
            {t('household.formerMember', {
              name: `${member.givenName} ${member.familyName}`,
              relation: t(`relations.${member.relation}`),
              date: formatDate(member.leftOn, language),
            })}
          </li>
        ))}
      </ul>
    </>
  )
}
