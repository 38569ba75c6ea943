import { useTranslation } from 'react-i18next'
import { Link, Table } from '@amsterdam/design-system-react'
import type { Member } from '#shared/contracts/households'
import { formatDate } from '#shared/domain/dates'
import { mailtoHref, telHref } from '../../../lib/format.ts'
import { currentLanguage } from '../../../lib/i18n.ts'

const adultAge = 18

/** Who lives in the household, with parental authority for minors and what helps to reach each person. */
export function MembersTable({ members }: { members: Member[] }) {
  const { t } = useTranslation()
  const language = currentLanguage()
  const names = new Intl.ListFormat(language, { type: 'conjunction' })

  function authority(member: Member): string {
    if (member.authorityHolders.length > 0) return names.format(member.authorityHolders.map((h) => h.name))
    if (member.representative)
      return t('household.representedBy', {
        kind: t(`representativeKinds.${member.representative.kind}`),
        name: member.representative.name,
      })
    if (member.age !== null && member.age < adultAge) return t('household.authorityNotRecorded')
    return t('household.noRepresentative')
  }

  function languageText(member: Member): string {
    const parts = [
      member.preferredLanguage,
      member.interpreterNeeded ? t('household.interpreterNeeded') : null,
    ].filter(Boolean)
    return parts.length ? parts.join(', ') : t('household.languageNotRecorded')
  }

  return (
    <Table className="naast-table">
      <Table.Caption className="ams-visually-hidden">{t('household.members')}</Table.Caption>
      <Table.Header>
        <Table.Row>
          <Table.HeaderCell scope="col">{t('household.name')}</Table.HeaderCell>
          <Table.HeaderCell scope="col">{t('household.ageAndBirthdate')}</Table.HeaderCell>
          <Table.HeaderCell scope="col">{t('household.relation')}</Table.HeaderCell>
          <Table.HeaderCell scope="col">{t('household.authority')}</Table.HeaderCell>
          <Table.HeaderCell scope="col">{t('household.language')}</Table.HeaderCell>
          <Table.HeaderCell scope="col">{t('household.bsn')}</Table.HeaderCell>
        </Table.Row>
      </Table.Header>
      <Table.Body>
        {members.map((member) => (
          <Table.Row key={member.id}>
            <Table.HeaderCell scope="row">
              <span className="naast-line">
                {member.givenName} {member.familyName}
              </span>
              {member.phone && (
                <span className="naast-line naast-secondary naast-nowrap">
                  <Link href={telHref(member.phone)}>{member.phone}</Link>
                </span>
              )}
              {member.email && (
                <span className="naast-line naast-secondary">
                  <Link href={mailtoHref(member.email)}>{member.email}</Link>
                </span>
              )}
            </Table.HeaderCell>
            <Table.Cell>
              <span className="naast-line">
                {member.age === null
                  ? t('household.unknown')
                  : t('household.ageYears', { count: member.age })}
              </span>
              {member.birthdate && (
                <span className="naast-line naast-secondary naast-nowrap">
                  {formatDate(member.birthdate, language)}
                </span>
              )}
            </Table.Cell>
            <Table.Cell>{t(`relations.${member.relation}`)}</Table.Cell>
            <Table.Cell>{authority(member)}</Table.Cell>
            <Table.Cell>{languageText(member)}</Table.Cell>
            <Table.Cell>
              {member.bsnMasked ? (
                <span className="naast-bsn">{member.bsnMasked}</span>
              ) : (
                t('household.bsnNotRecorded')
              )}
            </Table.Cell>
          </Table.Row>
        ))}
      </Table.Body>
    </Table>
  )
}
