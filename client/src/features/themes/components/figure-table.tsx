import { useTranslation } from 'react-i18next'
import { Table } from '@amsterdam/design-system-react'
import type { Count } from '#shared/contracts/themes'
import { currentLanguage } from '../../../lib/i18n.ts'

/** A number of households, or "<5" read out as "fewer than 5 households". */
export function CountText({ count }: { count: Count }) {
  const { t } = useTranslation()
  if (count === '<5')
    return (
      <>
        <span aria-hidden="true">&lt;5</span>
        <span className="ams-visually-hidden">{t('themes.fewerThanFive')}</span>
      </>
    )
  return <>{new Intl.NumberFormat(currentLanguage() === 'en' ? 'en-GB' : 'nl-NL').format(count)}</>
}

export type FigureRow = { key: string; name: string; counts: Count[]; total: Count }

/**
 * Households per row and column with their totals, every count suppressed as the server sent it. In its own
 * scrolling region, so a wide table (many themes) scrolls by keyboard too without widening the page.
 */
export function FigureTable({
  id,
  caption,
  rowHeader,
  columns,
  rows,
  totalHeader,
  footerHeader,
  columnTotals,
  total,
}: {
  id: string
  caption: string
  rowHeader: string
  columns: string[]
  rows: FigureRow[]
  totalHeader: string
  footerHeader: string
  columnTotals: Count[]
  total: Count
}) {
  const captionId = `${id}-caption`
  return (
    <div className="naast-figures" role="region" aria-labelledby={captionId} tabIndex={0}>
      <Table className="naast-table naast-table--compact naast-figures__table">
        <Table.Caption id={captionId} className="naast-figures__caption">
          {caption}
        </Table.Caption>
        <Table.Header>
          <Table.Row>
            <Table.HeaderCell scope="col">{rowHeader}</Table.HeaderCell>
            {columns.map((column) => (
              <Table.HeaderCell key={column} scope="col" align="end">
                {column}
              </Table.HeaderCell>
            ))}
            <Table.HeaderCell scope="col" align="end" className="naast-figures__total">
              {totalHeader}
            </Table.HeaderCell>
          </Table.Row>
        </Table.Header>
        <Table.Body>
          {rows.map((row) => (
            <Table.Row key={row.key}>
              <Table.HeaderCell scope="row">{row.name}</Table.HeaderCell>
              {row.counts.map((count, i) => (
                <Table.Cell key={columns[i]} align="end">
                  <CountText count={count} />
                </Table.Cell>
              ))}
              <Table.Cell align="end" className="naast-figures__total">
                <CountText count={row.total} />
              </Table.Cell>
            </Table.Row>
          ))}
        </Table.Body>
        <Table.Footer className="naast-figures__footer">
          <Table.Row>
            <Table.HeaderCell scope="row">{footerHeader}</Table.HeaderCell>
            {columnTotals.map((count, i) => (
              <Table.Cell key={columns[i]} align="end">
                <CountText count={count} />
              </Table.Cell>
            ))}
            <Table.Cell align="end" className="naast-figures__total">
              <CountText count={total} />
            </Table.Cell>
          </Table.Row>
        </Table.Footer>
      </Table>
    </div>
  )
}
