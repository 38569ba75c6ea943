import { useTranslation } from 'react-i18next'
import { Heading, Link, Paragraph, Table } from '@amsterdam/design-system-react'
import type { TeamSafety } from '#shared/contracts/safety'
import { formatDate } from '#shared/domain/dates'
import { currentLanguage } from '../../../lib/i18n.ts'
import { useDocumentTitle } from '../../../lib/use-document-title.ts'
import { QueryResult } from '../../../components/query-states.tsx'
import { RouterLink } from '../../../components/router-link.tsx'
import { safetyPath } from '../../../app/paths.ts'
import { useTeamSafety } from '../api/get-team-safety.ts'
import './case-route.css'

type Trajectory = TeamSafety['trajectories'][number]

/** The meldcode's five steps by number, as the supervisor reads them ("Stap 2: collega raadplegen"). */
const meldcodeStepKeys = {
  1: 'teamSafety.meldcodeSteps.signals',
  2: 'teamSafety.meldcodeSteps.consult',
  3: 'teamSafety.meldcodeSteps.conversation',
  4: 'teamSafety.meldcodeSteps.weighing',
  5: 'teamSafety.meldcodeSteps.decision',
} as const
const meldcodeSteps = [1, 2, 3, 4, 5] as const

function isMeldcodeStep(step: number | null): step is (typeof meldcodeSteps)[number] {
  return meldcodeSteps.includes(step as (typeof meldcodeSteps)[number])
}

/**
 * "Veiligheid in het team": what the supervisor (aandachtsfunctionaris) watches over. Open meldcode trajectories
 * with where each stands, open signals, and households whose picture of safety is out of date while signals are
 * open. Oldest first; every household's name leads to its safety page.
 */
export function TeamSafetyPage() {
  const { t } = useTranslation()
  useDocumentTitle(t('teamSafety.title'))
  const safety = useTeamSafety()
  return (
    <div className="naast-stack">
      <Heading level={1}>{t('teamSafety.title')}</Heading>
      <Paragraph className="naast-readable">{t('teamSafety.intro')}</Paragraph>
      <QueryResult query={safety}>
        {(data) => (
          <>
            <Trajectories trajectories={data.trajectories} />
            <Signals signals={data.openSignals} />
            <OverduePictures households={data.overduePictures} />
            <DecidedRecently trajectories={data.decidedRecently} />
          </>
        )}
      </QueryResult>
    </div>
  )
}

function HouseholdLink({
  householdId,
  name,
  section,
}: {
  householdId: number
  name: string
  section?: 'meldcode'
}) {
  return (
    <Link href={safetyPath(householdId, section)} linkComponent={RouterLink}>
      {name}
    </Link>
  )
}

function Trajectories({ trajectories }: { trajectories: Trajectory[] }) {
  const { t } = useTranslation()
  const language = currentLanguage()
  const oldestFirst = [...trajectories].sort(
    (a, b) => a.startedAt.localeCompare(b.startedAt) || a.trajectoryId - b.trajectoryId,
  )
  const title = t('teamSafety.trajectoriesTitle', { count: trajectories.length })
  return (
    <section className="naast-stack" aria-labelledby="team-safety-trajectories">
      <Heading level={2} id="team-safety-trajectories">
        {title}
      </Heading>
      {oldestFirst.length === 0 ? (
        <Paragraph>{t('teamSafety.trajectoriesEmpty')}</Paragraph>
      ) : (
        <>
          <Table className="naast-table">
            <Table.Caption className="ams-visually-hidden">{title}</Table.Caption>
            <Table.Header>
              <Table.Row>
                <Table.HeaderCell scope="col">{t('teamSafety.household')}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{t('teamSafety.started')}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{t('teamSafety.stepsDone')}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{t('teamSafety.nextStep')}</Table.HeaderCell>
                <Table.HeaderCell scope="col" align="end">
                  {t('teamSafety.age')}
                </Table.HeaderCell>
              </Table.Row>
            </Table.Header>
            <Table.Body>
              {oldestFirst.map((trajectory) => (
                <Table.Row key={trajectory.trajectoryId}>
                  <Table.Cell>
                    <HouseholdLink
                      householdId={trajectory.householdId}
                      name={trajectory.householdName}
                      section="meldcode"
                    />
                  </Table.Cell>
                  <Table.Cell>{formatDate(trajectory.startedAt, language)}</Table.Cell>
                  <Table.Cell>
                    {trajectory.stepsDone.length > 0
                      ? [...trajectory.stepsDone].sort((a, b) => a - b).join(', ')
                      : t('teamSafety.noStepsDone')}
                  </Table.Cell>
                  <Table.Cell>
                    {isMeldcodeStep(trajectory.nextStep)
                      ? t(meldcodeStepKeys[trajectory.nextStep])
                      : t('teamSafety.decided')}
                  </Table.Cell>
                  <Table.Cell align="end" className="naast-nowrap">
                    {t('teamSafety.ageDays', { count: trajectory.ageDays })}
                  </Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
          <ByNextStep trajectories={trajectories} />
        </>
      )}
    </section>
  )
}

/** How many trajectories wait at each step: bars for the eye, the number in words for everyone. */
function ByNextStep({ trajectories }: { trajectories: Trajectory[] }) {
  const { t } = useTranslation()
  const counts = meldcodeSteps.map((step) => ({
    step,
    count: trajectories.filter((trajectory) => trajectory.nextStep === step).length,
  }))
  const most = Math.max(1, ...counts.map((c) => c.count))
  return (
    <section className="naast-stack" aria-labelledby="team-safety-by-step">
      <Heading level={3} size="level-4" id="team-safety-by-step">
        {t('teamSafety.byNextStepTitle')}
      </Heading>
      <ul className="naast-bar-chart">
        {counts.map(({ step, count }) => (
          <li key={step} className="naast-bar-chart__row">
            <span>{t(meldcodeStepKeys[step])}</span>
            <span className="naast-bar-chart__bar">
              {count > 0 && (
                <span
                  className="naast-bar-chart__fill"
                  aria-hidden="true"
                  style={{ inlineSize: `${(count / most) * 70}%` }}
                />
              )}
              <span className="naast-bar-chart__count">{t('teamSafety.byNextStepCount', { count })}</span>
            </span>
          </li>
        ))}
      </ul>
    </section>
  )
}

function Signals({ signals }: { signals: TeamSafety['openSignals'] }) {
  const { t } = useTranslation()
  const language = currentLanguage()
  const oldestFirst = [...signals].sort(
    (a, b) => a.observedOn.localeCompare(b.observedOn) || a.signalId - b.signalId,
  )
  const title = t('teamSafety.signalsTitle', { count: signals.length })
  return (
    <section className="naast-stack" aria-labelledby="team-safety-signals">
      <Heading level={2} id="team-safety-signals">
        {title}
      </Heading>
      {oldestFirst.length === 0 ? (
        <Paragraph>{t('teamSafety.signalsEmpty')}</Paragraph>
      ) : (
        <Table className="naast-table">
          <Table.Caption className="ams-visually-hidden">{title}</Table.Caption>
          <Table.Header>
            <Table.Row>
              <Table.HeaderCell scope="col">{t('teamSafety.household')}</Table.HeaderCell>
              <Table.HeaderCell scope="col">{t('teamSafety.source')}</Table.HeaderCell>
              <Table.HeaderCell scope="col">{t('teamSafety.observedOn')}</Table.HeaderCell>
              <Table.HeaderCell scope="col">{t('teamSafety.raisedBy')}</Table.HeaderCell>
              <Table.HeaderCell scope="col">{t('teamSafety.inTrajectory')}</Table.HeaderCell>
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {oldestFirst.map((signal) => (
              <Table.Row key={signal.signalId}>
                <Table.Cell>
                  <HouseholdLink householdId={signal.householdId} name={signal.householdName} />
                </Table.Cell>
                <Table.Cell>{t(`teamSafety.sources.${signal.source}`)}</Table.Cell>
                <Table.Cell>{formatDate(signal.observedOn, language)}</Table.Cell>
                <Table.Cell>{signal.raisedBy}</Table.Cell>
                <Table.Cell>
                  {signal.inTrajectory ? t('teamSafety.inTrajectoryYes') : t('teamSafety.inTrajectoryNo')}
                </Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      )}
    </section>
  )
}

function OverduePictures({ households }: { households: TeamSafety['overduePictures'] }) {
  const { t } = useTranslation()
  const language = currentLanguage()
  const title = t('teamSafety.picturesTitle', { count: households.length })
  return (
    <section className="naast-stack" aria-labelledby="team-safety-pictures">
      <Heading level={2} id="team-safety-pictures">
        {title}
      </Heading>
      {households.length === 0 ? (
        <Paragraph>{t('teamSafety.picturesEmpty')}</Paragraph>
      ) : (
        <>
          <Paragraph className="naast-readable">{t('teamSafety.picturesIntro')}</Paragraph>
          <Table className="naast-table">
            <Table.Caption className="ams-visually-hidden">{title}</Table.Caption>
            <Table.Header>
              <Table.Row>
                <Table.HeaderCell scope="col">{t('teamSafety.household')}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{t('teamSafety.members')}</Table.HeaderCell>
              </Table.Row>
            </Table.Header>
            <Table.Body>
              {households.map((household) => (
                <Table.Row key={household.householdId}>
                  <Table.Cell>
                    <HouseholdLink householdId={household.householdId} name={household.householdName} />
                  </Table.Cell>
                  <Table.Cell>
                    <ul className="naast-member-list">
                      {household.members.map((member, index) => (
                        <li key={`${member.name}-${index}`}>
                          {member.lastOn
                            ? t('teamSafety.memberLast', {
                                name: member.name,
                                date: formatDate(member.lastOn, language),
                              })
                            : t('teamSafety.memberNever', { name: member.name })}
                        </li>
                      ))}
                    </ul>
                  </Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        </>
      )}
    </section>
  )
}

/** Trajectories decided in the last 90 days: whether Veilig Thuis was told (and the household beforehand), and help. */
function DecidedRecently({ trajectories }: { trajectories: TeamSafety['decidedRecently'] }) {
  const { t } = useTranslation()
  const language = currentLanguage()
  const title = t('teamSafety.decidedTitle', { count: trajectories.length })
  return (
    <section className="naast-stack" aria-labelledby="team-safety-decided">
      <Heading level={2} id="team-safety-decided">
        {title}
      </Heading>
      {trajectories.length === 0 ? (
        <Paragraph>{t('teamSafety.decidedEmpty')}</Paragraph>
      ) : (
        <Table className="naast-table">
          <Table.Caption className="ams-visually-hidden">{title}</Table.Caption>
          <Table.Header>
            <Table.Row>
              <Table.HeaderCell scope="col">{t('teamSafety.household')}</Table.HeaderCell>
              <Table.HeaderCell scope="col">{t('teamSafety.decidedOn')}</Table.HeaderCell>
              <Table.HeaderCell scope="col">{t('teamSafety.report')}</Table.HeaderCell>
              <Table.HeaderCell scope="col">{t('teamSafety.help')}</Table.HeaderCell>
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {trajectories.map((trajectory) => (
              <Table.Row key={trajectory.trajectoryId}>
                <Table.Cell>
                  <HouseholdLink
                    householdId={trajectory.householdId}
                    name={trajectory.householdName}
                    section="meldcode"
                  />
                </Table.Cell>
                <Table.Cell>{formatDate(trajectory.decidedAt, language)}</Table.Cell>
                <Table.Cell>
                  {trajectory.report
                    ? t(
                        trajectory.report.toldBeforehand
                          ? 'teamSafety.reportTold'
                          : 'teamSafety.reportNotTold',
                        {
                          date: formatDate(trajectory.report.on, language),
                          reference: trajectory.report.reference,
                        },
                      )
                    : t('teamSafety.noReport')}
                </Table.Cell>
                <Table.Cell>
                  {trajectory.help ? t('teamSafety.inTrajectoryYes') : t('teamSafety.inTrajectoryNo')}
                </Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      )}
    </section>
  )
}
