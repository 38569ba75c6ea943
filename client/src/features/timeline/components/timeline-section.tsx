import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useLocation } from 'react-router'
import { Heading, Paragraph } from '@amsterdam/design-system-react'
import {
  timelineGroups,
  timelineLimit,
  type TimelineEvent,
  type TimelineGroup,
} from '#shared/contracts/timeline'
import { dutchCalendarDate } from '#shared/domain/age'
import { formatDate, type Language } from '#shared/domain/dates'
import { QueryResult } from '../../../components/query-states.tsx'
import { RadioFieldSet } from '../../../components/form.tsx'
import { currentLanguage } from '../../../lib/i18n.ts'
import { useTimeline } from '../api/get-timeline.ts'
import { timelineSentence } from './timeline-sentence.ts'
import './timeline.css'

/** The anchor a link to the timeline uses ("/huishoudens/1#tijdlijn"); it opens the timeline at once. */
const anchor = 'tijdlijn'

type Filter = 'all' | TimelineGroup
const filters: readonly Filter[] = ['all', ...(Object.keys(timelineGroups) as TimelineGroup[])]

/**
 * "Tijdlijn": what happened in the case, who did it and when, one sentence per event, newest first and grouped by
 * month. Folded away (the household page is long) and only loaded once opened.
 */
export function TimelineSection({ householdId }: { householdId: number }) {
  const { t } = useTranslation()
  const { hash } = useLocation()
  const [open, setOpen] = useState(hash === `#${anchor}`)
  const timeline = useTimeline(householdId, open)

  return (
    <section
      id={anchor}
      tabIndex={-1}
      className="naast-stack naast-focus-target"
      aria-labelledby="household-timeline"
    >
      <Heading level={2} id="household-timeline">
        {t('timeline.title')}
      </Heading>
      <details className="naast-details" open={open} onToggle={(event) => setOpen(event.currentTarget.open)}>
        <summary>{t('timeline.show')}</summary>
        <div className="naast-details__body naast-stack">
          <Paragraph className="naast-readable">{t('timeline.intro')}</Paragraph>
          {open && (
            <QueryResult query={timeline} errorHeadingLevel={3}>
              {(events) => <TimelineList events={events} />}
            </QueryResult>
          )}
        </div>
      </details>
    </section>
  )
}

function TimelineList({ events }: { events: TimelineEvent[] }) {
  const { t } = useTranslation()
  const language = currentLanguage()
  const [filter, setFilter] = useState<Filter>('all')
  if (events.length === 0) return <Paragraph>{t('timeline.empty')}</Paragraph>

  const kinds: readonly string[] | null = filter === 'all' ? null : timelineGroups[filter]
  const shown = kinds ? events.filter((e) => kinds.includes(e.kind)) : events
  return (
    <>
      <RadioFieldSet
        id="timeline-filter"
        legend={t('timeline.filterLegend')}
        requirement="none"
        className="naast-timeline-filter"
        options={filters}
        value={filter}
        onChange={setFilter}
        optionLabel={(option) => t(`timeline.groups.${option}`)}
      />
      {events.length >= timelineLimit && (
        <Paragraph size="small">{t('timeline.limited', { count: timelineLimit })}</Paragraph>
      )}
      {shown.length === 0 ? (
        <Paragraph>{t('timeline.emptyFilter')}</Paragraph>
      ) : (
        <ol className="naast-timeline" aria-label={t('timeline.listLabel')}>
          {byMonth(shown, language).map((month) => (
            <li key={month.key}>
              <Heading level={3} size="level-4" id={`timeline-${month.key}`}>
                {month.label}
              </Heading>
              <ol className="naast-timeline__events naast-readable" aria-labelledby={`timeline-${month.key}`}>
                {month.events.map((event, index) => (
                  <li key={index}>
                    {t('timeline.line', {
                      date: formatDate(event.at, language),
                      sentence: timelineSentence(event, t, language),
                    })}
                  </li>
                ))}
              </ol>
            </li>
          ))}
        </ol>
      )}
    </>
  )
}

const isDay = (at: string) => /^\d{4}-\d{2}-\d{2}$/.test(at)

/** The events (already newest first) in runs of one month, in Dutch time: "november 2026". */
function byMonth(events: TimelineEvent[], language: Language) {
  const monthName = new Intl.DateTimeFormat(language === 'en' ? 'en-GB' : 'nl-NL', {
    month: 'long',
    year: 'numeric',
    timeZone: 'Europe/Amsterdam',
  })
  const months: { key: string; label: string; events: TimelineEvent[] }[] = []
  for (const event of events) {
    const key = (isDay(event.at) ? event.at : dutchCalendarDate(new Date(event.at))).slice(0, 7)
    const last = months.at(-1)
    if (last?.key === key) last.events.push(event)
    else
      months.push({
        key,
        label: monthName.format(new Date(`${key}-15T12:00:00Z`)),
        events: [event],
      })
  }
  return months
}
