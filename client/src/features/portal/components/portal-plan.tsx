import { useTranslation } from 'react-i18next'
import { Button, DescriptionList, Heading, Link, Paragraph } from '@amsterdam/design-system-react'
import type { HouseholdPortal } from '#shared/contracts/households'
import type { PlanPosition, PortalPlan } from '#shared/contracts/plans'
import { formatDate } from '#shared/domain/dates'
import { currentLanguage } from '../../../lib/i18n.ts'
import { today } from '../../../lib/today.ts'
import { ErrorState, LoadingState } from '../../../components/query-states.tsx'
import { usePortalPlan } from '../api/get-portal-plan.ts'
import { AgreementForm } from './portal-plan-forms.tsx'
import { PortalGoal } from './portal-goal.tsx'

type Plan = NonNullable<PortalPlan['plan']>

function day(value: string) {
  return formatDate(value, currentLanguage())
}

/**
 * "Uw plan" on the household's own page: the plan as this member may see it (filtered on the server), in plain
 * words, with their own say on every goal and on the plan as a whole (DOMAIN principle 1: decided together).
 */
export function PortalPlanSections({ portal }: { portal: HouseholdPortal }) {
  const { t } = useTranslation()
  const query = usePortalPlan(portal.id)

  if (query.isPending || query.isError || query.data.plan === null) {
    return (
      <section className="naast-stack" aria-labelledby="portal-plan">
        <Heading level={2} id="portal-plan">
          {t('portalPlan.title')}
        </Heading>
        {query.isPending ? (
          <LoadingState />
        ) : query.isError ? (
          <ErrorState error={query.error} onRetry={() => void query.refetch()} headingLevel={3} />
        ) : (
          <>
            <Paragraph>{t('portalPlan.empty')}</Paragraph>
            <Paragraph>
              {t('portalPlan.emptyContact')}{' '}
              <Link href="#portal-workers">{t('portalPlan.emptyContactLink')}</Link>
            </Paragraph>
          </>
        )}
      </section>
    )
  }

  const { plan, progress, viewerPersonId, limitedToOwn } = query.data
  return (
    <>
      <PlanOverview portal={portal} plan={plan} limitedToOwn={limitedToOwn} />
      <section className="naast-stack" aria-labelledby="portal-goals">
        <Heading level={2} id="portal-goals">
          {t('portalPlan.goalsTitle')}
        </Heading>
        {plan.goals.length === 0 ? (
          <Paragraph>{t('portalPlan.goalsEmpty')}</Paragraph>
        ) : (
          <>
            <Paragraph>{t('portalPlan.goalsIntro')}</Paragraph>
            {plan.goals.map((goal, index) => (
              <PortalGoal
                key={goal.key}
                householdId={portal.id}
                goal={goal}
                number={index + 1}
                viewerPersonId={viewerPersonId}
                progress={progress.filter((entry) => entry.goalKey === goal.key)}
              />
            ))}
          </>
        )}
      </section>
      <AgreementSection householdId={portal.id} plan={plan} viewerPersonId={viewerPersonId} />
    </>
  )
}

type PlanOverviewProps = { portal: HouseholdPortal; plan: Plan; limitedToOwn: boolean }

/** The plan as a whole: who keeps track, when we look back together, and what was decided. */
function PlanOverview({ portal, plan, limitedToOwn }: PlanOverviewProps) {
  const { t } = useTranslation()
  const { discussed, options, decided } = plan.decision
  const decisions = [
    { term: t('portalPlan.discussed'), text: discussed },
    { term: t('portalPlan.options'), text: options },
    { term: t('portalPlan.decided'), text: decided },
  ].filter((item) => item.text.trim() !== '')

  return (
    <section className="naast-stack" aria-labelledby="portal-plan">
      <Heading level={2} id="portal-plan">
        {t('portalPlan.title')}
      </Heading>
      {/* On paper there is no page around it: whose plan it is and from when. */}
      <Paragraph className="naast-portal-print-only">
        {t('portalPlan.printedFor', { household: portal.name, date: day(today()) })}
      </Paragraph>
      <Paragraph>{t('portalPlan.intro')}</Paragraph>
      {limitedToOwn && <Paragraph className="naast-portal-note">{t('portalPlan.limitedToOwn')}</Paragraph>}
      <Paragraph size="small">{t('portalPlan.updatedOn', { date: day(plan.createdAt) })}</Paragraph>
      <div className="naast-portal-print-row naast-portal-no-print">
        <Button variant="secondary" onClick={() => window.print()}>
          {t('portalPlan.print')}
        </Button>
        <Paragraph size="small">{t('portalPlan.printHint')}</Paragraph>
      </div>

      <section className="naast-stack naast-portal-part" aria-labelledby="portal-direction">
        <Heading level={3} id="portal-direction">
          {t('portalPlan.directionTitle')}
        </Heading>
        <Direction plan={plan} workerNames={portal.workers.map((worker) => worker.name)} />
      </section>

      <section className="naast-stack naast-portal-part" aria-labelledby="portal-evaluation">
        <Heading level={3} id="portal-evaluation">
          {t('portalPlan.evaluationTitle')}
        </Heading>
        <Paragraph>
          {plan.evaluationOn
            ? t('portalPlan.evaluationOn', { date: day(plan.evaluationOn) })
            : t('portalPlan.evaluationNone')}
        </Paragraph>
      </section>

      {decisions.length > 0 && (
        <section className="naast-stack naast-portal-part" aria-labelledby="portal-decision">
          <Heading level={3} id="portal-decision">
            {t('portalPlan.decisionTitle')}
          </Heading>
          <DescriptionList termsWidth="wide" className="naast-portal-decision">
            {decisions.map((item) => (
              <DescriptionList.Section key={item.term}>
                <DescriptionList.Term>{item.term}</DescriptionList.Term>
                <DescriptionList.Description className="naast-portal-words">
                  {item.text}
                </DescriptionList.Description>
              </DescriptionList.Section>
            ))}
          </DescriptionList>
        </section>
      )}
    </section>
  )
}

/** Case direction in plain words: "wie houdt het overzicht en regelt de afspraken", and why. */
function Direction({ plan, workerNames }: { plan: Plan; workerNames: string[] }) {
  const { t } = useTranslation()
  const direction = plan.direction
  if (!direction) return <Paragraph>{t('portalPlan.directionNone')}</Paragraph>
  const who =
    direction.holder === 'household'
      ? t('portalPlan.directionHousehold')
      : direction.holder === 'worker'
        ? workerNames.length === 1
          ? t('portalPlan.directionWorkerNamed', { name: workerNames[0]! })
          : t('portalPlan.directionWorker')
        : t('portalPlan.directionOther', { party: direction.otherParty ?? '' })
  return (
    <>
      <Paragraph>{who}</Paragraph>
      {direction.reason && (
        <Paragraph className="naast-portal-words">
          {t('portalPlan.directionWhy', { reason: direction.reason })}
        </Paragraph>
      )}
    </>
  )
}

type AgreementSectionProps = { householdId: number; plan: Plan; viewerPersonId: number }

/** "Bent u het eens met het plan?": what they said before (and on which version), what others said, and the form. */
function AgreementSection({ householdId, plan, viewerPersonId }: AgreementSectionProps) {
  const { t } = useTranslation()
  const own = plan.positions.find((position) => position.personId === viewerPersonId)
  const others = plan.positions.filter((position) => position.personId !== viewerPersonId)

  return (
    <section className="naast-stack" aria-labelledby="portal-agreement">
      <Heading level={2} id="portal-agreement">
        {t('portalPlan.agreementTitle')}
      </Heading>
      <Paragraph>{t('portalPlan.agreementIntro')}</Paragraph>
      {own ? (
        <div className="naast-portal-said">
          <Paragraph>
            {t('portalPlan.yourAgreement', {
              date: day(own.at),
              position: t(`portalPlan.positions.${own.position}`),
            })}
          </Paragraph>
          {own.words && (
            <Paragraph className="naast-portal-words">
              {t('portalPlan.quote', { words: own.words })}
            </Paragraph>
          )}
          {own.onVersion < plan.version && (
            <Paragraph className="naast-portal-note naast-portal-no-print">
              {t('portalPlan.agreementChanged')}
            </Paragraph>
          )}
        </div>
      ) : (
        <Paragraph>{t('portalPlan.agreementNone')}</Paragraph>
      )}
      {others.length > 0 && (
        <div className="naast-stack">
          <Paragraph>
            <strong>{t('portalPlan.othersAgreement')}</strong>
          </Paragraph>
          <ul className="naast-portal-said-list">
            {others.map((position) => (
              <li key={position.personId}>
                <OtherPosition position={position} />
              </li>
            ))}
          </ul>
        </div>
      )}
      <AgreementForm householdId={householdId} ownPosition={own} labelledBy="portal-agreement" />
    </section>
  )
}

function OtherPosition({ position }: { position: PlanPosition }) {
  const { t } = useTranslation()
  return (
    <div className="naast-portal-said">
      <Paragraph>
        {t('portalPlan.agreementBy', {
          name: position.name,
          date: day(position.at),
          position: t(`portalPlan.positions.${position.position}`),
        })}
      </Paragraph>
      {position.words && (
        <Paragraph className="naast-portal-words">
          {t('portalPlan.quote', { words: position.words })}
        </Paragraph>
      )}
    </div>
  )
}
