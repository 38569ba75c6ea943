import type { TFunction } from 'i18next'
import { useTranslation } from 'react-i18next'
import { Paragraph } from '@amsterdam/design-system-react'
import type { FollowUp } from '#shared/contracts/follow-up'
import { formatDate } from '#shared/domain/dates'
import { currentLanguage } from '../../../lib/i18n.ts'
import { phaseText } from './phase-words.ts'

type Event = {
  key: string
  title: string
  date: string
  by: string
  reason: string
  ownContactMoment?: string
  /** Where the event stands in time (an instant); "closed" before its own re-opening. */
  order: string
  tie: number
}

/**
 * Every phase change, closing and re-opening, newest first. A closing comes right before its re-opening (no phase
 * can change while a case is closed), and the "active" phase a re-opening sets is that re-opening, not a second line.
 */
function events(followUp: FollowUp, t: TFunction): Event[] {
  const reopenings = new Set(followUp.closures.map((c) => c.reopenedAt).filter((at) => at !== null))
  const list: Event[] = followUp.phases
    .filter((p) => !(p.phase === 'active' && reopenings.has(p.since)))
    .map((p, index) => ({
      key: `phase-${index}`,
      title: phaseText(p, t),
      date: p.since,
      by: p.by,
      reason: p.reason,
      ownContactMoment: p.phase === 'active' ? undefined : p.ownContactMoment,
      order: p.since,
      tie: 1,
    }))
  followUp.closures.forEach((c, index) => {
    list.push({
      key: `closed-${index}`,
      title: t('followUp.history.closed'),
      date: c.closedOn,
      by: c.by,
      reason: c.reason,
      // A closing still in force is the newest thing that happened.
      order: c.reopenedAt ?? '9999',
      tie: 0,
    })
    if (c.reopenedAt)
      list.push({
        key: `reopened-${index}`,
        title: t('followUp.history.reopened'),
        date: c.reopenedAt,
        by: c.reopenedBy ?? '',
        reason: c.reopenReason ?? '',
        order: c.reopenedAt,
        tie: 2,
      })
  })
  return list.sort((a, b) => b.order.localeCompare(a.order) || b.tie - a.tie)
}

export function FollowUpHistory({ followUp }: { followUp: FollowUp }) {
  const { t } = useTranslation()
  const language = currentLanguage()
  const list = events(followUp, t)
  return (
    <details className="naast-details">
      <summary>{t('followUp.history.summary')}</summary>
      <div className="naast-details__body">
        {list.length === 0 ? (
          <Paragraph>{t('followUp.history.empty')}</Paragraph>
        ) : (
          <ol className="naast-follow-up-history naast-readable">
            {list.map((event) => (
              <li key={event.key}>
                <strong className="naast-line">{event.title}</strong>
                <span className="naast-line naast-secondary">
                  {t('followUp.history.meta', { date: formatDate(event.date, language), name: event.by })}
                </span>
                {event.reason && (
                  <span className="naast-line naast-follow-up-text">
                    {t('followUp.history.reason', { reason: event.reason })}
                  </span>
                )}
                {event.ownContactMoment && (
                  <span className="naast-line naast-follow-up-text">
                    {t('followUp.history.ownMoment', { moment: event.ownContactMoment })}
                  </span>
                )}
              </li>
            ))}
          </ol>
        )}
      </div>
    </details>
  )
}
