import { useTranslation } from 'react-i18next'
import { Heading, Link, Paragraph, Row, StandaloneLink } from '@amsterdam/design-system-react'
import type { SafetyOverview } from '#shared/contracts/safety'
import { formatDate } from '#shared/domain/dates'
import { currentLanguage } from '../../../lib/i18n.ts'
import { QueryResult } from '../../../components/query-states.tsx'
import { RouterLink } from '../../../components/router-link.tsx'
import { SafetyIcon, WarningIcon } from '../../../components/icons.tsx'
import { safetyPath } from '../../../app/paths.ts'
import { useSafetyOverview } from '../api/get-safety-overview.ts'
import './safety.css'

/**
 * "Veiligheid" on the household page: how many signals are open, whose safety picture is out of date, where an
 * open meldcode trajectory stands, and the way to record a signal or open the safety page.
 */
export function SafetySummary({ householdId }: { householdId: number }) {
  const { t } = useTranslation()
  const overview = useSafetyOverview(householdId)
  return (
    <section className="naast-stack naast-safety-summary" aria-labelledby="household-safety">
      <Heading level={2} id="household-safety">
        {t('safetyPage.summary.title')}
      </Heading>
      <QueryResult query={overview} errorHeadingLevel={3}>
        {(data) => <SummaryBody overview={data} />}
      </QueryResult>
      <Row gap="large" wrap>
        <StandaloneLink
          href={safetyPath(householdId, 'nieuw-signaal')}
          linkComponent={RouterLink}
          icon={SafetyIcon}
        >
          {t('safetyPage.link.record')}
        </StandaloneLink>
        <StandaloneLink href={safetyPath(householdId)} linkComponent={RouterLink}>
          {t('safetyPage.link.toSafety')}
        </StandaloneLink>
      </Row>
    </section>
  )
}

function SummaryBody({ overview }: { overview: SafetyOverview }) {
  const { t } = useTranslation()
  const language = currentLanguage()
  const open = overview.signals.filter((s) => s.followUp === null).length
  const overdue = overview.members.filter((m) => m.overdue)
  const trajectory = overview.trajectories
    .filter((tr) => tr.decision === null)
    .sort((a, b) => a.startedAt.localeCompare(b.startedAt))[0]

  if (open === 0 && overdue.length === 0 && !trajectory)
    return <Paragraph>{t('safetyPage.summary.none')}</Paragraph>

  return (
    <ul className="naast-plain-list naast-safety-summary__list">
      <li>
        {open === 0 ? (
          t('safetyPage.summary.none')
        ) : (
          <strong>{t('safetyPage.summary.openSignals', { count: open })}</strong>
        )}
      </li>
      {overdue.length > 0 && (
        <li>
          <span className="naast-overdue">
            <WarningIcon className="naast-overdue__icon" />
            {t('safetyPage.summary.overdue', { names: overdue.map((m) => m.name).join(', ') })}
          </span>
        </li>
      )}
      {trajectory && (
        <li>
          {t('safetyPage.summary.trajectory', { date: formatDate(trajectory.startedAt, language) })}
          {trajectory.nextStep !== null && (
            <>
              {' '}
              {t('safetyPage.summary.trajectoryNext', {
                step: trajectory.nextStep,
                name: t(`safetyPage.meldcode.steps.s${trajectory.nextStep as 1 | 2 | 3 | 4 | 5}`),
              })}
            </>
          )}{' '}
          <Link href={safetyPath(overview.householdId, 'meldcode')} linkComponent={RouterLink}>
            {t('safetyPage.summary.toMeldcode')}
          </Link>
        </li>
      )}
    </ul>
  )
}
