import { useTranslation } from 'react-i18next'
import { useSearchParams } from 'react-router'
import { Button, Heading, Paragraph, Select } from '@amsterdam/design-system-react'
import type { IndicatorsReport, Narrative } from '#shared/contracts/indicators'
import { formatDate, formatDateTime } from '#shared/domain/dates'
import { isQuarter, isQuarterAfter, quarterEnd, quarterOfDate, shiftQuarter } from '#shared/domain/quarters'
import { currentLanguage } from '../../../lib/i18n.ts'
import { today } from '../../../lib/today.ts'
import { useDocumentTitle } from '../../../lib/use-document-title.ts'
import { FormField } from '../../../components/form.tsx'
import { QueryResult } from '../../../components/query-states.tsx'
import { useIndicators, useNarratives } from '../api/get-indicators.ts'
import { csvFileName, indicatorsCsv, quarterText } from '../csv.ts'
import { IndicatorTile } from './indicator-tile.tsx'
import { NarrativeForm } from './narrative-form.tsx'
import './indicators.css'

/** The query parameter that holds the chosen quarter, so a quarter's page can be linked and bookmarked. */
const quarterParam = 'kwartaal'
/** How far back the quarter can be chosen: two years. */
const quartersOffered = 8

/** The quarter in the address if it is one that has begun; else the current one. */
function useChosenQuarter() {
  const [searchParams, setSearchParams] = useSearchParams()
  const current = quarterOfDate(today())
  const asked = searchParams.get(quarterParam) ?? ''
  const quarter = isQuarter(asked) && !isQuarterAfter(asked, current) ? asked : current
  const choose = (next: string) =>
    setSearchParams(next === current ? {} : { [quarterParam]: next }, { preventScrollReset: true })
  const options = Array.from({ length: quartersOffered }, (_, i) => shiftQuarter(current, -i))
  if (!options.includes(quarter)) options.push(quarter)
  return { quarter, choose, options }
}

/**
 * "Cijfers en verhalen" (route step 10, principle 9): the team's five uniform indicators for a quarter, each next
 * to the three quarters before it, and the team's vertelpunten of that quarter with a form to write one. The
 * whole can be exported as a CSV file for Excel, built in the browser.
 */
export function IndicatorsPage() {
  const { t } = useTranslation()
  useDocumentTitle(t('indicators.title'))
  const language = currentLanguage()
  const { quarter, choose, options } = useChosenQuarter()
  const report = useIndicators(quarter)
  const narratives = useNarratives(quarter)

  return (
    <div className="naast-stack">
      <Heading level={1}>{t('indicators.title')}</Heading>
      <Paragraph className="naast-readable">{t('indicators.intro')}</Paragraph>
      <div className="naast-indicators-controls">
        <FormField id="indicators-quarter" label={t('indicators.quarterLabel')} requirement="none">
          {(control) => (
            <Select {...control} value={quarter} onChange={(event) => choose(event.target.value)}>
              {options.map((option) => (
                <Select.Option key={option} value={option}>
                  {quarterText(option, language)}
                </Select.Option>
              ))}
            </Select>
          )}
        </FormField>
        {report.data && narratives.data && <ExportButton report={report.data} narratives={narratives.data} />}
      </div>
      <section className="naast-stack" aria-labelledby="cijfers">
        <Heading level={2} id="cijfers">
          {t('indicators.figuresTitle')}
        </Heading>
        <QueryResult query={report}>
          {(data) => (
            <>
              <Paragraph className="naast-readable">
                {t(data.asOf < quarterEnd(data.quarter) ? 'indicators.asOfRunning' : 'indicators.asOfEnded', {
                  date: formatDate(data.asOf, language),
                })}
              </Paragraph>
              <ul className="naast-indicators">
                {data.indicators.map((indicator) => (
                  <IndicatorTile
                    key={indicator.key}
                    indicator={indicator}
                    pictureMaxAgeDays={data.pictureMaxAgeDays}
                  />
                ))}
              </ul>
            </>
          )}
        </QueryResult>
      </section>
      <section className="naast-stack" aria-labelledby="vertelpunten">
        <Heading level={2} id="vertelpunten">
          {t('indicators.narrativesTitle')}
        </Heading>
        <Paragraph className="naast-readable">{t('indicators.narrativesIntro')}</Paragraph>
        <QueryResult query={narratives}>{(list) => <NarrativeList narratives={list} />}</QueryResult>
        <NarrativeForm key={quarter} quarter={quarter} />
      </section>
    </div>
  )
}

function NarrativeList({ narratives }: { narratives: Narrative[] }) {
  const { t } = useTranslation()
  const language = currentLanguage()
  if (narratives.length === 0) return <Paragraph>{t('indicators.narrativesEmpty')}</Paragraph>
  return (
    <ul className="naast-card-list naast-narrative-list naast-readable">
      {narratives.map((narrative) => {
        const headingId = `vertelpunt-${narrative.id}`
        return (
          <li key={narrative.id}>
            <article className="naast-card" aria-labelledby={headingId}>
              <Heading level={3} size="level-4" id={headingId}>
                {narrative.title}
              </Heading>
              <Paragraph size="small">
                {t('indicators.writtenBy', {
                  name: narrative.writtenBy,
                  date: formatDateTime(narrative.writtenAt, language),
                })}
              </Paragraph>
              <Paragraph className="naast-narrative__text">{narrative.text}</Paragraph>
            </article>
          </li>
        )
      })}
    </ul>
  )
}

/** Builds the CSV from what the page shows and hands it to the browser as a download; nothing leaves the page. */
function ExportButton({ report, narratives }: { report: IndicatorsReport; narratives: Narrative[] }) {
  const { t } = useTranslation()
  const language = currentLanguage()
  function download() {
    const csv = indicatorsCsv(report, narratives, language)
    const url = URL.createObjectURL(new Blob([csv], { type: 'text/csv;charset=utf-8' }))
    const link = document.createElement('a')
    link.href = url
    link.download = csvFileName(report.quarter, language)
    document.body.append(link)
    link.click()
    link.remove()
    // After the click has started the download; revoking at once can cancel it in some browsers.
    setTimeout(() => URL.revokeObjectURL(url), 1000)
  }
  return (
    <div className="naast-indicators-export">
      <Button variant="secondary" onClick={download} aria-describedby="indicators-export-hint">
        {t('indicators.exportButton')}
      </Button>
      <Paragraph size="small" id="indicators-export-hint">
        {t('indicators.exportHint')}
      </Paragraph>
    </div>
  )
}
