import { useTranslation } from 'react-i18next'
import { Heading, Paragraph, Table } from '@amsterdam/design-system-react'
import { ScaleBy, type PortalSafetyPlan as Plan, type Score } from '#shared/contracts/safety'
import { formatDate } from '#shared/domain/dates'
import { isNotFound } from '../../../lib/api.ts'
import { currentLanguage } from '../../../lib/i18n.ts'
import { ErrorState } from '../../../components/query-states.tsx'
import { usePortalSafetyPlan } from '../api/get-portal-safety-plan.ts'

function day(value: string) {
  return formatDate(value, currentLanguage())
}

/**
 * "Afspraken om het thuis veilig te houden": the agreements about safety and how safe each party thinks it is now,
 * in plain words. Nothing at all is shown while loading, when there is nothing to show, or when the server answers
 * 404 (this member is recorded as a possible source of danger): the page then looks the same as for a household
 * without such agreements, so nobody can tell from it who was named.
 */
export function PortalSafetyPlan({ householdId }: { householdId: number }) {
  const { t } = useTranslation()
  const query = usePortalSafetyPlan(householdId)

  if (query.isPending) return null
  if (query.isError) {
    if (isNotFound(query.error)) return null
    return (
      <section className="naast-stack" aria-labelledby="portal-safety">
        <Heading level={2} id="portal-safety">
          {t('portalSafety.title')}
        </Heading>
        <ErrorState error={query.error} onRetry={() => void query.refetch()} headingLevel={3} />
      </section>
    )
  }
  const plan = query.data
  if (plan.conditions.length === 0 && plan.goals.length === 0) return null

  return (
    <section className="naast-stack" aria-labelledby="portal-safety">
      <Heading level={2} id="portal-safety">
        {t('portalSafety.title')}
      </Heading>
      <Paragraph>{t('portalSafety.intro')}</Paragraph>
      <Agreements conditions={plan.conditions} />
      {plan.goals.map((goal) => (
        <SafetyGoal key={goal.goalKey} goal={goal} />
      ))}
    </section>
  )
}

function Agreements({ conditions }: { conditions: Plan['conditions'] }) {
  const { t } = useTranslation()
  return (
    <div className="naast-stack naast-portal-part">
      <Heading level={3}>{t('portalSafety.agreementsTitle')}</Heading>
      {conditions.length === 0 ? (
        <Paragraph>{t('portalSafety.agreementsEmpty')}</Paragraph>
      ) : (
        <ul className="naast-portal-actions">
          {conditions.map((condition) => (
            <li
              key={condition.id}
              className={[
                'naast-portal-action',
                condition.status === 'ended' ? 'naast-portal-action--stopped' : '',
              ]
                .filter(Boolean)
                .join(' ')}
            >
              <Paragraph className="naast-portal-action__text naast-portal-words">{condition.text}</Paragraph>
              <dl className="naast-portal-facts">
                <div>
                  <dt>{t('portalSafety.who')}</dt>
                  <dd>{condition.watcher}</dd>
                </div>
                <div>
                  <dt>{t('portalSafety.how')}</dt>
                  <dd className="naast-portal-words">{condition.howChecked}</dd>
                </div>
                <div>
                  <dt>{t('portalSafety.when')}</dt>
                  <dd>{day(condition.reviewOn)}</dd>
                </div>
                <div>
                  <dt>{t('portalSafety.howItGoes')}</dt>
                  <dd>{t(`portalSafety.status.${condition.status}`)}</dd>
                </div>
              </dl>
            </li>
          ))}
        </ul>
      )}
    </div>
  )
}

function SafetyGoal({ goal }: { goal: Plan['goals'][number] }) {
  const { t } = useTranslation()
  const headingId = `portal-safety-goal-${goal.goalKey}`
  return (
    <article className="naast-stack naast-portal-goal" aria-labelledby={headingId}>
      <Heading level={3} id={headingId}>
        {t('portalSafety.goalHeading', { text: goal.text })}
      </Heading>
      <div className="naast-stack naast-portal-part">
        <Heading level={4}>{t('portalSafety.worryTitle')}</Heading>
        <Paragraph className="naast-portal-words">{goal.worry ?? t('portalSafety.worryEmpty')}</Paragraph>
      </div>
      <div className="naast-stack naast-portal-part">
        <Heading level={4}>{t('portalSafety.scaleTitle')}</Heading>
        <Paragraph>
          {t('portalSafety.scaleExplain')} {t('portalSafety.scaleSideBySide')}
        </Paragraph>
        {/* Side by side, each on its own: never one number made from the three. */}
        <Table className="naast-table">
          <Table.Caption className="ams-visually-hidden">{t('portalSafety.scaleTitle')}</Table.Caption>
          <Table.Header>
            <Table.Row>
              {ScaleBy.options.map((by) => (
                <Table.HeaderCell key={by} scope="col">
                  {t(`portalSafety.parties.${by}`)}
                </Table.HeaderCell>
              ))}
            </Table.Row>
          </Table.Header>
          <Table.Body>
            <Table.Row>
              {ScaleBy.options.map((by) => (
                <Table.Cell key={by}>
                  <PartyScore score={goal.latest[by]} />
                </Table.Cell>
              ))}
            </Table.Row>
          </Table.Body>
        </Table>
      </div>
    </article>
  )
}

function PartyScore({ score }: { score: Score | null }) {
  const { t } = useTranslation()
  if (!score) return <>{t('portalSafety.scoreNone')}</>
  return (
    <>
      <strong className="naast-line">{t('portalSafety.score', { score: score.score })}</strong>
      <span className="naast-line">
        {t('portalSafety.scoreWhoWhen', { who: score.who, date: day(score.on) })}
      </span>
      {score.note && <span className="naast-line naast-portal-words">{score.note}</span>}
    </>
  )
}
