import { forwardRef, useEffect, useRef, type AnchorHTMLAttributes } from 'react'
import { useTranslation } from 'react-i18next'
import { Link as RouterDomLink, useSearchParams } from 'react-router'
import { Heading, Link, Paragraph, StandaloneLink } from '@amsterdam/design-system-react'
import {
  OverviewMetric,
  overviewMetrics,
  type HouseholdRef,
  type TeamOverview,
} from '#shared/contracts/team-overview'
import { formatDate } from '#shared/domain/dates'
import { currentLanguage } from '../../../lib/i18n.ts'
import { barWidthClass } from '../../../lib/bar-width.ts'
import { useDocumentTitle } from '../../../lib/use-document-title.ts'
import { QueryResult, useFocusOnMount } from '../../../components/query-states.tsx'
import { RouterLink } from '../../../components/router-link.tsx'
import { householdPath, paths, safetyPath } from '../../../app/paths.ts'
import { useTeamOverview } from '../api/get-team-overview.ts'
import { barSteps } from './bar-steps.ts'
import './team-overview.css'

/** The query parameters that open a list below the tiles or below the chart (one list at a time). */
const listParam = 'lijst'
const workerParam = 'medewerker'

type Worker = TeamOverview['workers'][number]
type Phase = 'active' | 'pulse' | 'background'
const phases = ['active', 'pulse', 'background'] as const satisfies readonly Phase[]

/** The meldcode's five steps, named as on the team's safety page. */
const meldcodeStepKeys = {
  1: 'teamSafety.meldcodeSteps.signals',
  2: 'teamSafety.meldcodeSteps.consult',
  3: 'teamSafety.meldcodeSteps.conversation',
  4: 'teamSafety.meldcodeSteps.weighing',
  5: 'teamSafety.meldcodeSteps.decision',
} as const
type MeldcodeStep = keyof typeof meldcodeStepKeys
const isMeldcodeStep = (step: number): step is MeldcodeStep => step in meldcodeStepKeys

/** What a household's date says when the server gives none: only where "no date" means something. */
const noDateKeys = {
  withoutAgreedPlan: 'teamOverview.noPlanYet',
  noContact30Days: 'teamOverview.neverContact',
} as const satisfies Partial<Record<OverviewMetric, string>>

/** Safety lists lead to the household's safety page; the others to the household itself. */
function metricHouseholdPath(metric: OverviewMetric, householdId: number) {
  if (metric === 'openTrajectories') return safetyPath(householdId, 'meldcode')
  if (metric === 'overdueSafetyPictures') return safetyPath(householdId)
  return householdPath(householdId)
}

const tileId = (metric: OverviewMetric) => `overzicht-${metric}`
const workerLinkId = (workerId: number) => `overzicht-medewerker-${workerId}`

/**
 * A link that only changes which list is open (the query): the page keeps its scroll position, and the list's
 * heading takes focus when it opens.
 */
const ListLink = forwardRef<HTMLAnchorElement, AnchorHTMLAttributes<HTMLAnchorElement>>(function ListLink(
  { href = '', ...rest },
  ref,
) {
  return <RouterDomLink ref={ref} to={href} preventScrollReset {...rest} />
})

/**
 * "Overzicht van het team" (route steps 8–10): the supervisor's start page. Seven risks as tiles whose number
 * opens the households behind it, the caseload of each worker by phase, and the open meldcode trajectories by
 * the step they wait at. Charts are CSS only, always with the numbers as text beside them.
 */
export function TeamOverviewPage() {
  const { t } = useTranslation()
  useDocumentTitle(t('teamOverview.title'))
  const overview = useTeamOverview()
  const [searchParams] = useSearchParams()
  const metric = OverviewMetric.safeParse(searchParams.get(listParam)).data
  const workerId = Number(searchParams.get(workerParam) ?? Number.NaN)

  // Closing a list returns focus to the link that opened it, so keyboard users keep their place.
  const returnFocusTo = useRef<string | null>(null)
  const search = searchParams.toString()
  useEffect(() => {
    if (search !== '' || !returnFocusTo.current) return
    document.getElementById(returnFocusTo.current)?.focus()
    returnFocusTo.current = null
  }, [search])

  return (
    <div className="naast-stack">
      <Heading level={1}>{t('teamOverview.title')}</Heading>
      <Paragraph className="naast-readable">{t('teamOverview.intro')}</Paragraph>
      <QueryResult query={overview}>
        {(data) => {
          const worker = data.workers.find((w) => w.workerId === workerId)
          return (
            <>
              <Attention
                metrics={data.metrics}
                open={metric}
                onClose={() => {
                  if (metric) returnFocusTo.current = tileId(metric)
                }}
              />
              <Caseload
                workers={data.workers}
                open={metric ? undefined : worker}
                onClose={() => {
                  if (worker) returnFocusTo.current = workerLinkId(worker.workerId)
                }}
              />
              <TrajectoriesByStep steps={data.trajectoriesByStep} />
            </>
          )
        }}
      </QueryResult>
      <StandaloneLink href={paths.teamEmergencyAccess} linkComponent={RouterLink}>
        {t('oversight.team.overviewLink')}
      </StandaloneLink>
    </div>
  )
}

function Attention({
  metrics,
  open,
  onClose,
}: {
  metrics: TeamOverview['metrics']
  open: OverviewMetric | undefined
  onClose: () => void
}) {
  const { t } = useTranslation()
  return (
    <section className="naast-stack" aria-labelledby="overzicht-aandacht">
      <Heading level={2} id="overzicht-aandacht">
        {t('teamOverview.attentionTitle')}
      </Heading>
      <ul className="naast-overview-tiles">
        {overviewMetrics.map((metric) => {
          const count = metrics[metric].length
          const isOpen = metric === open
          return (
            <li
              key={metric}
              className={[
                'naast-overview-tile',
                count === 0 ? 'naast-overview-tile--clear' : '',
                isOpen ? 'naast-overview-tile--open' : '',
              ].join(' ')}
            >
              <ListLink
                id={tileId(metric)}
                href={`?${listParam}=${metric}`}
                className="naast-overview-tile__link"
                aria-current={isOpen ? 'true' : undefined}
              >
                <span className="naast-overview-tile__number">{count}</span>{' '}
                <span className="naast-overview-tile__label">{t(`teamOverview.metrics.${metric}`)}</span>
              </ListLink>
              {count === 0 && (
                <span className="naast-overview-tile__clear">
                  <span aria-hidden="true">✓ </span>
                  {t(`teamOverview.metricsEmpty.${metric}`)}
                </span>
              )}
            </li>
          )
        })}
      </ul>
      {open && <MetricList key={open} metric={open} households={metrics[open]} onClose={onClose} />}
    </section>
  )
}

function MetricList({
  metric,
  households,
  onClose,
}: {
  metric: OverviewMetric
  households: HouseholdRef[]
  onClose: () => void
}) {
  const { t } = useTranslation()
  const language = currentLanguage()
  const why = (household: HouseholdRef) => {
    if (household.on)
      return t(`teamOverview.metricsOn.${metric}`, { date: formatDate(household.on, language) })
    return metric in noDateKeys ? t(noDateKeys[metric as keyof typeof noDateKeys]) : undefined
  }
  return (
    <HouseholdList
      title={t('teamOverview.listTitle', {
        label: t(`teamOverview.metrics.${metric}`),
        count: households.length,
      })}
      empty={t(`teamOverview.metricsEmpty.${metric}`)}
      items={households.map((household) => ({
        household,
        href: metricHouseholdPath(metric, household.householdId),
        note: why(household),
      }))}
      onClose={onClose}
    />
  )
}

/** An opened list: its heading takes focus, each household's name is a link, and a link closes it again. */
function HouseholdList({
  title,
  empty,
  items,
  onClose,
}: {
  title: string
  empty: string
  items: { household: HouseholdRef; href: string; note?: string }[]
  onClose: () => void
}) {
  const { t } = useTranslation()
  const headingRef = useFocusOnMount<HTMLHeadingElement>()
  return (
    <section className="naast-overview-list" aria-labelledby="overzicht-lijst">
      <Heading level={3} id="overzicht-lijst" ref={headingRef} tabIndex={-1} className="naast-focus-target">
        {title}
      </Heading>
      {items.length === 0 ? (
        <Paragraph>{empty}</Paragraph>
      ) : (
        <ul className="naast-overview-households">
          {items.map(({ household, href, note }) => (
            <li key={household.householdId}>
              <Link href={href} linkComponent={RouterLink}>
                {household.householdName}
              </Link>
              {note && <span className="naast-overview-households__note">{note}</span>}
            </li>
          ))}
        </ul>
      )}
      <Paragraph>
        <Link href={paths.teamOverview} linkComponent={ListLink} onClick={onClose}>
          {t('teamOverview.closeList')}
        </Link>
      </Paragraph>
    </section>
  )
}

function Caseload({
  workers,
  open,
  onClose,
}: {
  workers: Worker[]
  open: Worker | undefined
  onClose: () => void
}) {
  const { t } = useTranslation()
  const most = Math.max(0, ...workers.map((w) => w.active + w.pulse + w.background))
  return (
    <section className="naast-stack" aria-labelledby="overzicht-caseload">
      <Heading level={2} id="overzicht-caseload">
        {t('teamOverview.caseloadTitle')}
      </Heading>
      {workers.length === 0 ? (
        <Paragraph>{t('teamOverview.noWorkers')}</Paragraph>
      ) : (
        <>
          <Paragraph className="naast-readable">{t('teamOverview.caseloadIntro')}</Paragraph>
          <Legend />
          <ul className="naast-overview-chart">
            {workers.map((worker) => {
              const counts = phases.map((phase) => worker[phase])
              const steps = barSteps(counts, most)
              const isOpen = worker.workerId === open?.workerId
              return (
                <li key={worker.workerId} className="naast-overview-chart__row">
                  <span className="naast-overview-chart__name">
                    <Link
                      id={workerLinkId(worker.workerId)}
                      href={`?${workerParam}=${worker.workerId}`}
                      linkComponent={ListLink}
                      aria-current={isOpen ? 'true' : undefined}
                      className="naast-overview-chart__worker"
                    >
                      {worker.name}
                    </Link>{' '}
                    <span className="naast-overview-chart__total">
                      {t('teamOverview.households', { count: worker.households.length })}
                    </span>
                  </span>
                  <span className="naast-overview-chart__data">
                    <span className="naast-overview-bar" aria-hidden="true">
                      {phases.map((phase, i) =>
                        steps[i]! > 0 ? (
                          <span
                            key={phase}
                            className={`naast-overview-bar__part naast-overview-bar__part--${phase} ${barWidthClass(steps[i]!)}`}
                          />
                        ) : null,
                      )}
                    </span>
                    <span className="naast-overview-chart__text">
                      {t('teamOverview.caseloadText', {
                        active: worker.active,
                        pulse: worker.pulse,
                        background: worker.background,
                      })}
                    </span>
                  </span>
                </li>
              )
            })}
          </ul>
          {open && (
            <HouseholdList
              key={open.workerId}
              title={t('teamOverview.workerListTitle', { name: open.name, count: open.households.length })}
              empty={t('teamOverview.workerListEmpty', { name: open.name })}
              items={open.households.map((household) => ({
                household,
                href: householdPath(household.householdId),
              }))}
              onClose={onClose}
            />
          )}
        </>
      )}
    </section>
  )
}

/** What each pattern means; the swatches are decoration, the words carry the meaning. */
function Legend() {
  const { t } = useTranslation()
  return (
    <div className="naast-overview-legend">
      <span className="naast-overview-legend__title">{t('teamOverview.legend')}:</span>
      <ul className="naast-overview-legend__items">
        {phases.map((phase) => (
          <li key={phase} className="naast-overview-legend__item">
            <span
              aria-hidden="true"
              className={`naast-overview-legend__swatch naast-overview-bar__part--${phase}`}
            />
            {t(`teamOverview.phases.${phase}`)}
          </li>
        ))}
      </ul>
    </div>
  )
}

function TrajectoriesByStep({ steps }: { steps: TeamOverview['trajectoriesByStep'] }) {
  const { t } = useTranslation()
  const shown = steps.filter((s): s is { step: MeldcodeStep; count: number } => isMeldcodeStep(s.step))
  const total = shown.reduce((sum, s) => sum + s.count, 0)
  const most = Math.max(0, ...shown.map((s) => s.count))
  return (
    <section className="naast-stack" aria-labelledby="overzicht-stappen">
      <Heading level={2} id="overzicht-stappen">
        {t('teamOverview.stepsTitle')}
      </Heading>
      {total === 0 ? (
        <Paragraph>{t('teamOverview.stepsEmpty')}</Paragraph>
      ) : (
        <>
          <Paragraph className="naast-readable">{t('teamOverview.stepsIntro')}</Paragraph>
          <ul className="naast-overview-chart">
            {shown.map(({ step, count }) => {
              // The bar stops at 80% of the track, so the number fits beside the longest one.
              const [length = 0] = barSteps([count], most, 16)
              return (
                <li key={step} className="naast-overview-chart__row">
                  <span className="naast-overview-chart__name">{t(meldcodeStepKeys[step])}</span>
                  <span className="naast-overview-chart__data naast-overview-chart__data--inline">
                    {length > 0 && (
                      <span
                        className={`naast-overview-bar__part naast-overview-bar__part--active naast-overview-step-bar ${barWidthClass(length)}`}
                        aria-hidden="true"
                      />
                    )}
                    <Link href={`?${listParam}=openTrajectories`} linkComponent={ListLink}>
                      {t('teamOverview.stepCount', { count })}
                    </Link>
                  </span>
                </li>
              )
            })}
          </ul>
        </>
      )}
    </section>
  )
}
