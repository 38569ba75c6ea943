import { useTranslation } from 'react-i18next'
import { Button, Table } from '@amsterdam/design-system-react'
import type { Consent } from '#shared/contracts/consents'
import { formatDate } from '#shared/domain/dates'
import { currentLanguage } from '../../../lib/i18n.ts'

/** A consent that still counts, or will: it can be withdrawn. One that ran out or was withdrawn stays as it is. */
export const canWithdraw = (consent: Consent) =>
  consent.status === 'valid' || consent.status === 'notYetValid'

/** Every consent on record, newest first: whose data, who gave it, to whom, why, what, how, when, and its status. */
export function ConsentTable({
  consents,
  onWithdraw,
}: {
  consents: Consent[]
  onWithdraw: (consent: Consent) => void
}) {
  const { t } = useTranslation()
  const language = currentLanguage()

  function role(consent: Consent): string {
    if (consent.giver.kind === 'representative') return t('consents.roles.representative')
    if (consent.giver.kind === 'person' && consent.giver.personId === consent.subject.personId)
      return t('consents.roles.self')
    return t('consents.roles.authorityHolder')
  }

  function status(consent: Consent): string {
    if (consent.status === 'withdrawn' && consent.withdrawn)
      return t('consents.statuses.withdrawn', {
        date: formatDate(consent.withdrawn.at, language),
        name: consent.withdrawn.by,
      })
    return t(`consents.statuses.${consent.status}`)
  }

  return (
    <Table className="naast-table naast-consents-table">
      <Table.Caption className="ams-visually-hidden">{t('consents.title')}</Table.Caption>
      <Table.Header>
        <Table.Row>
          <Table.HeaderCell scope="col">{t('consents.subject')}</Table.HeaderCell>
          <Table.HeaderCell scope="col">{t('consents.giver')}</Table.HeaderCell>
          <Table.HeaderCell scope="col">{t('consents.recipient')}</Table.HeaderCell>
          <Table.HeaderCell scope="col">{t('consents.purpose')}</Table.HeaderCell>
          <Table.HeaderCell scope="col">{t('consents.categories')}</Table.HeaderCell>
          <Table.HeaderCell scope="col">{t('consents.how')}</Table.HeaderCell>
          <Table.HeaderCell scope="col">{t('consents.period')}</Table.HeaderCell>
          <Table.HeaderCell scope="col">{t('consents.status')}</Table.HeaderCell>
        </Table.Row>
      </Table.Header>
      <Table.Body>
        {consents.map((consent) => (
          <Table.Row key={consent.id}>
            <Table.HeaderCell scope="row">{consent.subject.name}</Table.HeaderCell>
            <Table.Cell>
              <span className="naast-line">{consent.giver.name}</span>
              <span className="naast-line naast-secondary">{role(consent)}</span>
            </Table.Cell>
            <Table.Cell>{consent.recipient}</Table.Cell>
            <Table.Cell className="naast-consents-table__purpose">{consent.purpose}</Table.Cell>
            <Table.Cell>
              <ul className="naast-consents-categories">
                {consent.categories.map((category) => (
                  <li key={category}>{t(`consents.categoryNames.${category}`)}</li>
                ))}
              </ul>
            </Table.Cell>
            <Table.Cell>{t(`consents.hows.${consent.how}`)}</Table.Cell>
            <Table.Cell>
              <span className="naast-line naast-nowrap">
                {t('consents.from', { date: formatDate(consent.givenOn, language) })}
              </span>
              <span className="naast-line naast-nowrap">
                {consent.validUntil
                  ? t('consents.until', { date: formatDate(consent.validUntil, language) })
                  : t('consents.noEnd')}
              </span>
            </Table.Cell>
            <Table.Cell>
              <div className="naast-cell-stack">
                <span className={`naast-consent-status naast-consent-status--${consent.status}`}>
                  {status(consent)}
                </span>
                {canWithdraw(consent) && (
                  <Button
                    variant="secondary"
                    aria-label={t('consents.withdrawLabel', {
                      giver: consent.giver.name,
                      subject: consent.subject.name,
                    })}
                    onClick={() => onWithdraw(consent)}
                  >
                    {t('consents.withdraw')}
                  </Button>
                )}
              </div>
            </Table.Cell>
          </Table.Row>
        ))}
      </Table.Body>
    </Table>
  )
}
