import { useTranslation } from 'react-i18next'
import { Badge, DescriptionList, Heading, Paragraph, Table } from '@amsterdam/design-system-react'
import type { LifeDomain } from '#shared/contracts/conversations'
import type { HouseholdDetail } from '#shared/contracts/households'
import type { GoalProgress, PlanGoal, PlanVersion } from '#shared/contracts/plans'
import { formatDate } from '#shared/domain/dates'
import { currentLanguage } from '../../../lib/i18n.ts'
import { SafetyIcon } from '../../../components/icons.tsx'
import { ProgressForm, ProgressSummary } from './goal-progress.tsx'
import { peopleById, useDomainNames } from './plan-words.ts'

type PlanViewProps = {
  plan: PlanVersion
  household: HouseholdDetail
  domains: LifeDomain[]
  /** Only for the current version: progress belongs to a goal, not to a version. */
  progress?: GoalProgress[]
  /** The newest version number, to tell who gave their answer on an older version. */
  currentVersion: number
}

/** One version of the plan as the household and the worker read it (and print it). */
export function PlanView({ plan, household, domains, progress, currentVersion }: PlanViewProps) {
  const { t } = useTranslation()
  return (
    <div className="naast-stack naast-plan">
      <section className="naast-stack" aria-labelledby="plan-goals">
        <Heading level={2} id="plan-goals">
          {t('plan.goalsTitle')}
        </Heading>
        {plan.goals.length === 0 ? (
          <Paragraph>{t('plan.goalsEmpty')}</Paragraph>
        ) : (
          <ol className="naast-plan-goals">
            {plan.goals.map((goal, index) => (
              <li key={goal.key}>
                <GoalView
                  goal={goal}
                  number={index + 1}
                  household={household}
                  domains={domains}
                  progress={progress?.filter((p) => p.goalKey === goal.key)}
                />
              </li>
            ))}
          </ol>
        )}
      </section>
      <Direction plan={plan} />
      <Decision plan={plan} />
      <Positions plan={plan} currentVersion={currentVersion} />
      <DomainsWithoutGoal plan={plan} domains={domains} />
      <section className="naast-stack" aria-labelledby="plan-evaluation">
        <Heading level={2} id="plan-evaluation">
          {t('plan.evaluationTitle')}
        </Heading>
        <Paragraph>
          {plan.evaluationOn
            ? t('plan.evaluationOn', { date: formatDate(plan.evaluationOn, currentLanguage()) })
            : t('plan.evaluationNone')}
        </Paragraph>
      </section>
    </div>
  )
}

type GoalViewProps = {
  goal: PlanGoal
  number: number
  household: HouseholdDetail
  domains: LifeDomain[]
  progress: GoalProgress[] | undefined
}

function GoalView({ goal, number, household, domains, progress }: GoalViewProps) {
  const { t } = useTranslation()
  const language = currentLanguage()
  const names = peopleById(household)
  const domainNames = useDomainNames(domains)
  const titleId = `plan-goal-${goal.key}`
  const ownerName = goal.owner?.name ?? t('plan.wholeHousehold')

  return (
    <article className="naast-stack naast-plan-goal" aria-labelledby={titleId}>
      <div className="naast-plan-goal__head">
        <Heading level={3} id={titleId}>
          {t('plan.goalNumber', { number })}
        </Heading>
        {goal.safety && <Badge color="red" icon={SafetyIcon} label={t('plan.safetyGoal')} />}
      </div>
      <blockquote className="naast-plan-quote">{t('plan.goalQuote', { text: goal.text })}</blockquote>
      <DescriptionList termsWidth="medium">
        <DescriptionList.Term>{t('plan.goalOf')}</DescriptionList.Term>
        <DescriptionList.Description>{ownerName}</DescriptionList.Description>
        <DescriptionList.Term>{t('plan.domains')}</DescriptionList.Term>
        <DescriptionList.Description>
          {goal.domainIds.length === 0 ? t('plan.noDomains') : domainNames(goal.domainIds).join(', ')}
        </DescriptionList.Description>
        {goal.private && (
          <>
            <DescriptionList.Term>{t('plan.hiddenFrom')}</DescriptionList.Term>
            <DescriptionList.Description>
              {t('plan.privateGoal', { name: ownerName })}
            </DescriptionList.Description>
          </>
        )}
        {!goal.private && goal.hiddenFrom.length > 0 && (
          <>
            <DescriptionList.Term>{t('plan.hiddenFrom')}</DescriptionList.Term>
            <DescriptionList.Description>
              {goal.hiddenFrom.map((id) => names.get(id) ?? t('plan.formerMember')).join(', ')}
            </DescriptionList.Description>
          </>
        )}
      </DescriptionList>

      <Heading level={4}>{t('plan.actionsTitle')}</Heading>
      {goal.actions.length === 0 ? (
        <Paragraph>{t('plan.actionsEmpty')}</Paragraph>
      ) : (
        <Table className="naast-table naast-plan-actions">
          <Table.Caption className="ams-visually-hidden">
            {t('plan.actionsCaption', { number })}
          </Table.Caption>
          <Table.Header>
            <Table.Row>
              <Table.HeaderCell scope="col">{t('plan.action')}</Table.HeaderCell>
              <Table.HeaderCell scope="col">{t('plan.who')}</Table.HeaderCell>
              <Table.HeaderCell scope="col">{t('plan.due')}</Table.HeaderCell>
              <Table.HeaderCell scope="col">{t('plan.status')}</Table.HeaderCell>
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {goal.actions.map((action) => (
              <Table.Row key={action.key}>
                <Table.Cell className="naast-plan-words">{action.text}</Table.Cell>
                <Table.Cell>{action.owner.name}</Table.Cell>
                <Table.Cell className="naast-nowrap">
                  {action.dueOn ? formatDate(action.dueOn, language) : t('plan.noDueDate')}
                </Table.Cell>
                <Table.Cell className="naast-nowrap">{t(`plan.statuses.${action.status}`)}</Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      )}

      <Heading level={4}>{t('plan.viewsTitle')}</Heading>
      {goal.views.length === 0 ? (
        <Paragraph>{t('plan.viewsEmpty')}</Paragraph>
      ) : (
        <ul className="naast-plan-list">
          {goal.views.map((view) => (
            <li key={view.personId}>
              <strong>{view.name}</strong>
              {': '}
              {view.position ? t(`plan.positions.${view.position}`) : t('plan.noPosition')}
              {view.words && (
                <>
                  {' – '}
                  <q className="naast-plan-words">{view.words}</q>
                </>
              )}
              <span className="naast-secondary"> ({formatDate(view.at, language)})</span>
            </li>
          ))}
        </ul>
      )}

      {progress && (
        <>
          <Heading level={4}>{t('plan.progressTitle')}</Heading>
          <ProgressSummary progress={progress} />
          <ProgressForm householdId={household.id} goalKey={goal.key} goalNumber={number} />
        </>
      )}
    </article>
  )
}

function Direction({ plan }: { plan: PlanVersion }) {
  const { t } = useTranslation()
  const direction = plan.direction
  return (
    <section className="naast-stack" aria-labelledby="plan-direction">
      <Heading level={2} id="plan-direction">
        {t('plan.directionTitle')}
      </Heading>
      {direction ? (
        <DescriptionList termsWidth="medium">
          <DescriptionList.Term>{t('plan.directionHolder')}</DescriptionList.Term>
          <DescriptionList.Description>
            {direction.holder === 'other'
              ? t('plan.directionOther', { name: direction.otherParty ?? '' })
              : t(`plan.directionHolders.${direction.holder}`)}
          </DescriptionList.Description>
          <DescriptionList.Term>{t('plan.directionReason')}</DescriptionList.Term>
          <DescriptionList.Description className="naast-plan-words">
            {direction.reason}
          </DescriptionList.Description>
        </DescriptionList>
      ) : (
        <Paragraph>{t('plan.directionNone')}</Paragraph>
      )}
    </section>
  )
}

function Decision({ plan }: { plan: PlanVersion }) {
  const { t } = useTranslation()
  const parts = [
    ['discussed', t('plan.decisionDiscussed')],
    ['options', t('plan.decisionOptions')],
    ['decided', t('plan.decisionDecided')],
  ] as const
  return (
    <section className="naast-stack" aria-labelledby="plan-decision">
      <Heading level={2} id="plan-decision">
        {t('plan.decisionTitle')}
      </Heading>
      <DescriptionList termsWidth="medium">
        {parts.map(([part, label]) => (
          <DescriptionList.Section key={part}>
            <DescriptionList.Term>{label}</DescriptionList.Term>
            <DescriptionList.Description className="naast-plan-words">
              {plan.decision[part] || <span className="naast-secondary">{t('plan.notFilled')}</span>}
            </DescriptionList.Description>
          </DescriptionList.Section>
        ))}
      </DescriptionList>
    </section>
  )
}

function Positions({ plan, currentVersion }: { plan: PlanVersion; currentVersion: number }) {
  const { t } = useTranslation()
  const language = currentLanguage()
  return (
    <section className="naast-stack" aria-labelledby="plan-positions">
      <Heading level={2} id="plan-positions">
        {t('plan.positionsTitle')}
      </Heading>
      {plan.positions.length === 0 ? (
        <Paragraph>{t('plan.positionsEmpty')}</Paragraph>
      ) : (
        <ul className="naast-plan-list">
          {plan.positions.map((position) => (
            <li key={position.personId}>
              <strong>{position.name}</strong>
              {': '}
              {t(`plan.positions.${position.position}`)}
              {position.words && (
                <>
                  {' – '}
                  <q className="naast-plan-words">{position.words}</q>
                </>
              )}
              <span className="naast-secondary">
                {' '}
                ({t('plan.onVersion', { version: position.onVersion })}, {formatDate(position.at, language)})
              </span>
              {plan.version === currentVersion && position.onVersion < currentVersion && (
                <span className="naast-line naast-plan-ask-again naast-no-print">{t('plan.askAgain')}</span>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  )
}

function DomainsWithoutGoal({ plan, domains }: { plan: PlanVersion; domains: LifeDomain[] }) {
  const { t } = useTranslation()
  const domainNames = useDomainNames(domains)
  if (plan.domainsWithoutGoal.length === 0) return null
  return (
    <section className="naast-stack" aria-labelledby="plan-domains-without-goal">
      <Heading level={2} id="plan-domains-without-goal">
        {t('plan.domainsWithoutGoalTitle')}
      </Heading>
      <DescriptionList termsWidth="medium">
        {plan.domainsWithoutGoal.map((item) => (
          <DescriptionList.Section key={item.domainId}>
            <DescriptionList.Term>{domainNames([item.domainId])[0]}</DescriptionList.Term>
            <DescriptionList.Description className="naast-plan-words">
              {item.reason}
            </DescriptionList.Description>
          </DescriptionList.Section>
        ))}
      </DescriptionList>
    </section>
  )
}
