import { useTranslation } from 'react-i18next'
import { useSearchParams } from 'react-router'
import { Heading, Paragraph, Select } from '@amsterdam/design-system-react'
import {
  Quarter,
  type FigureColumn,
  type NeighbourhoodTable,
  type NeighbourhoodThemes,
} from '#shared/contracts/themes'
import { currentLanguage } from '../../../lib/i18n.ts'
import { domainName } from '../../../lib/life-domains.ts'
import { today } from '../../../lib/today.ts'
import { useDocumentTitle } from '../../../lib/use-document-title.ts'
import { FormField } from '../../../components/form.tsx'
import { QueryResult } from '../../../components/query-states.tsx'
import { useNeighbourhoodThemes } from '../api/get-neighbourhood-themes.ts'
import { useRecurringThemes } from '../api/get-recurring-themes.ts'
import { FigureTable } from './figure-table.tsx'
import './themes.css'

/** The query parameter holding the quarter shown ("?kwartaal=2026-Q3"), so a quarter can be linked to. */
const quarterParam = 'kwartaal'

function currentQuarter() {
  const day = today()
  return `${day.slice(0, 4)}-Q${Math.ceil(Number(day.slice(5, 7)) / 3)}`
}

/**
 * "Wijkthema's" (route steps 1–2, learning from practice): what the team's neighbourhoods ask for in a quarter —
 * requests by theme, triage outcomes, concerns by life domain — in households, small counts suppressed; and the
 * recurring themes workers link cases to. Figures only: no household is named or linked here.
 */
export function ThemesPage() {
  const { t } = useTranslation()
  useDocumentTitle(t('themes.title'))
  const [searchParams, setSearchParams] = useSearchParams()
  const asked = Quarter.safeParse(searchParams.get(quarterParam)).data
  const figures = useNeighbourhoodThemes(asked)

  return (
    <div className="naast-stack">
      <Heading level={1}>{t('themes.title')}</Heading>
      <Paragraph className="naast-readable">{t('themes.intro')}</Paragraph>
      <QueryResult query={figures}>
        {(data) => (
          <Figures
            data={data}
            quarter={asked ?? data.quarter}
            busy={figures.isPlaceholderData}
            onQuarter={(quarter) =>
              setSearchParams({ [quarterParam]: quarter }, { replace: true, preventScrollReset: true })
            }
          />
        )}
      </QueryResult>
      <RecurringThemes />
    </div>
  )
}

function Figures({
  data,
  quarter,
  busy,
  onQuarter,
}: {
  data: NeighbourhoodThemes
  quarter: string
  busy: boolean
  onQuarter: (quarter: string) => void
}) {
  const { t } = useTranslation()
  const quarterName = useQuarterName()
  const quarters = [...new Set([currentQuarter(), quarter, ...data.quarters])].sort().reverse()
  const shown = quarterName(data.quarter)
  return (
    <>
      <div className="naast-figures-controls">
        <FormField id="themes-quarter" label={t('themes.quarterLabel')} requirement="none">
          {(control) => (
            <Select {...control} value={quarter} onChange={(event) => onQuarter(event.target.value)}>
              {quarters.map((q) => (
                <Select.Option key={q} value={q}>
                  {quarterName(q)}
                </Select.Option>
              ))}
            </Select>
          )}
        </FormField>
      </div>
      <Paragraph className="naast-readable">
        {t('themes.suppressionNote')} {t('themes.overlapNote')}
      </Paragraph>
      <div className="naast-stack" aria-busy={busy}>
        <FigureSection
          id="themes-requests"
          title={t('themes.requests.title')}
          intro={t('themes.requests.intro')}
          caption={t('themes.requests.caption', { quarter: shown })}
          totalHeader={t('themes.requests.total')}
          table={data.requestsByTheme}
        />
        <FigureSection
          id="themes-routes"
          title={t('themes.routes.title')}
          intro={t('themes.routes.intro')}
          caption={t('themes.routes.caption', { quarter: shown })}
          totalHeader={t('themes.routes.total')}
          table={data.triageRoutes}
        />
        <FigureSection
          id="themes-life-domains"
          title={t('themes.lifeDomains.title')}
          intro={t('themes.lifeDomains.intro')}
          caption={t('themes.lifeDomains.caption', { quarter: shown })}
          totalHeader={t('themes.lifeDomains.total')}
          table={data.lifeDomains}
        />
      </div>
    </>
  )
}

/** "4e kwartaal 2026" / "Q4 2026". */
function useQuarterName() {
  const { t } = useTranslation()
  return (quarter: string) => t('themes.quarter', { number: quarter.slice(6), year: quarter.slice(0, 4) })
}

function useColumnName() {
  const { t } = useTranslation()
  const language = currentLanguage()
  return (column: FigureColumn) => {
    switch (column.kind) {
      case 'expertise':
        return column.name
      case 'noExpertise':
        return t('themes.requests.noExpertise')
      case 'untriaged':
        return t('themes.requests.untriaged')
      case 'route':
        return t(`routesShort.${column.route}`)
      case 'lifeDomain':
        return domainName(column, language)
    }
  }
}

function FigureSection({
  id,
  title,
  intro,
  caption,
  totalHeader,
  table,
}: {
  id: string
  title: string
  intro: string
  caption: string
  totalHeader: string
  table: NeighbourhoodTable
}) {
  const { t } = useTranslation()
  const columnName = useColumnName()
  return (
    <section className="naast-stack" aria-labelledby={id}>
      <Heading level={2} id={id}>
        {title}
      </Heading>
      <Paragraph className="naast-readable">{intro}</Paragraph>
      {table.columns.length === 0 ? (
        <Paragraph>{t('themes.noData')}</Paragraph>
      ) : (
        <FigureTable
          id={`${id}-table`}
          caption={caption}
          rowHeader={t('themes.neighbourhood')}
          columns={table.columns.map(columnName)}
          rows={table.rows.map((row) => ({
            key: row.neighbourhood,
            name: row.neighbourhood,
            counts: row.counts,
            total: row.total,
          }))}
          totalHeader={totalHeader}
          footerHeader={t('themes.allNeighbourhoods')}
          columnTotals={table.columnTotals}
          total={table.total}
        />
      )}
    </section>
  )
}

/** The team's recurring themes: households per neighbourhood, over all time. */
function RecurringThemes() {
  const { t } = useTranslation()
  const recurring = useRecurringThemes()
  return (
    <section className="naast-stack" aria-labelledby="themes-recurring">
      <Heading level={2} id="themes-recurring">
        {t('themes.recurring.title')}
      </Heading>
      <Paragraph className="naast-readable">{t('themes.recurring.intro')}</Paragraph>
      <QueryResult query={recurring} errorHeadingLevel={3}>
        {(data) =>
          data.themes.length === 0 ? (
            <Paragraph>{t('themes.recurring.empty')}</Paragraph>
          ) : (
            <FigureTable
              id="themes-recurring-table"
              caption={t('themes.recurring.caption')}
              rowHeader={t('themes.recurring.theme')}
              columns={data.neighbourhoods}
              rows={data.themes.map((theme) => ({
                key: String(theme.id),
                name: theme.name,
                counts: theme.counts,
                total: theme.total,
              }))}
              totalHeader={t('themes.recurring.total')}
              footerHeader={t('themes.recurring.allThemes')}
              columnTotals={data.neighbourhoodTotals}
              total={data.total}
            />
          )
        }
      </QueryResult>
    </section>
  )
}
