import { forwardRef } from 'react'
import { useTranslation } from 'react-i18next'
import { Link, Table } from '@amsterdam/design-system-react'
import type { HouseholdSummary } from '#shared/contracts/households'
import { formatAddress } from '../../../lib/format.ts'
import { currentLanguage } from '../../../lib/i18n.ts'
import { RouterLink } from '../../../components/router-link.tsx'
import { NameWithSafetyMark } from '../../../components/safety-mark.tsx'
import { householdPath } from '../../../app/paths.ts'

type HouseholdTableProps = { caption: string; households: HouseholdSummary[] }

/**
 * One row per household; the name leads to the household's page, with the safety mark and the number of open
 * safety signals (in words) beside it.
 */
export const HouseholdTable = forwardRef<HTMLTableElement, HouseholdTableProps>(function HouseholdTable(
  { caption, households },
  ref,
) {
  const { t } = useTranslation()
  const names = new Intl.ListFormat(currentLanguage(), { type: 'conjunction' })
  return (
    <Table ref={ref} className="naast-table">
      <Table.Caption className="ams-visually-hidden">{caption}</Table.Caption>
      <Table.Header>
        <Table.Row>
          <Table.HeaderCell scope="col">{t('list.name')}</Table.HeaderCell>
          <Table.HeaderCell scope="col">{t('list.address')}</Table.HeaderCell>
          <Table.HeaderCell scope="col">{t('list.neighbourhood')}</Table.HeaderCell>
          <Table.HeaderCell scope="col" align="end">
            {t('list.members')}
          </Table.HeaderCell>
          <Table.HeaderCell scope="col">{t('list.workers')}</Table.HeaderCell>
        </Table.Row>
      </Table.Header>
      <Table.Body>
        {households.map((household) => (
          <Table.Row key={household.id}>
            <Table.Cell>
              <span className="naast-name-with-mark">
                <NameWithSafetyMark safetyMark={household.safetyMark}>
                  <Link href={householdPath(household.id)} linkComponent={RouterLink}>
                    {household.name}
                  </Link>
                </NameWithSafetyMark>
                {household.openSignals > 0 && (
                  <span className="naast-secondary naast-nowrap">
                    {t('teamSafety.openSignals', { count: household.openSignals })}
                  </span>
                )}
              </span>
            </Table.Cell>
            <Table.Cell>{formatAddress(household.address)}</Table.Cell>
            <Table.Cell>{household.neighbourhoodName}</Table.Cell>
            <Table.Cell align="end">{household.memberCount}</Table.Cell>
            <Table.Cell>
              {household.workers.length > 0
                ? names.format(household.workers.map((worker) => worker.name))
                : t('list.noWorker')}
            </Table.Cell>
          </Table.Row>
        ))}
      </Table.Body>
    </Table>
  )
})
