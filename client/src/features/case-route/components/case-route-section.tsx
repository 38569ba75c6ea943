import { useState, type ReactNode } from 'react'
import type { TFunction } from 'i18next'
import { useTranslation } from 'react-i18next'
import { DescriptionList, Heading, Link, Paragraph } from '@amsterdam/design-system-react'
import type { CaseRoute, CheckpointState, Closure } from '#shared/contracts/case-route'
import {
  checkpoints,
  routeSteps,
  type BlockedAction,
  type CheckpointId,
  type RouteStep,
} from '#shared/domain/checkpoints'
import { formatDate } from '#shared/domain/dates'
import { currentLanguage } from '../../../lib/i18n.ts'
import { QueryResult } from '../../../components/query-states.tsx'
import { FocusedStatus } from '../../../components/focused-status.tsx'
import { RouterLink } from '../../../components/router-link.tsx'
import { broadViewPath, planPath, safetyPath } from '../../../app/paths.ts'
import { useCaseRoute } from '../api/get-case-route.ts'
import { CloseCaseForm, closeFormId } from './close-case-form.tsx'
import './case-route.css'

const blockKeys = {
  'triage.save': 'caseRoute.blocks.triageSave',
  'meldcode.decide': 'caseRoute.blocks.meldcodeDecide',
  'share.record': 'caseRoute.blocks.shareRecord',
  'case.close': 'caseRoute.blocks.caseClose',
} as const satisfies Record<BlockedAction, string>

type Destination = { href: string; label: keyof typeof destinationKeys; inPage: boolean }

const destinationKeys = {
  safety: 'caseRoute.goTo.safety',
  meldcode: 'caseRoute.goTo.meldcode',
  firstContact: 'caseRoute.goTo.firstContact',
  requests: 'caseRoute.goTo.requests',
  broadView: 'caseRoute.goTo.broadView',
  plan: 'caseRoute.goTo.plan',
  sharing: 'caseRoute.goTo.sharing',
  close: 'caseRoute.goTo.close',
} as const

/** Where each checkpoint is resolved: another page of the case, or a part of the household page itself. */
function destination(id: CheckpointId, householdId: number): Destination {
  const page = (href: string, label: Destination['label']) => ({ href, label, inPage: false })
  const here = (anchor: string, label: Destination['label']) => ({ href: `#${anchor}`, label, inPage: true })
  switch (id) {
    case 'weighingBeforeDecision':
    case 'meldcodeFinished':
      return page(safetyPath(householdId, 'meldcode'), 'meldcode')
    case 'safetyPictureCurrent':
    case 'closingSafetyPicture':
      return page(safetyPath(householdId), 'safety')
    case 'voluntaryExplained':
    case 'clientSupportOffered':
    case 'objectionExplained':
      return here('household-first-contact', 'firstContact')
    case 'safetyQuestionAnswered':
      return here('household-requests', 'requests')
    case 'membersHeard':
      return page(broadViewPath(householdId), 'broadView')
    case 'planAgreementRecorded':
    case 'safetyGoalsForSignals':
      return page(planPath(householdId), 'plan')
    case 'shareBasis':
      return here('household-sharing', 'sharing')
    case 'evaluatedWithHousehold':
      return here(closeFormId, 'close')
  }
}

/**
 * "Route en rechtsbescherming" on the household page: the route as a map of steps, each with its checkpoints (met
 * or still open, blocking or a reminder, and why), and closing the case. Steps run side by side; only a checkpoint
 * that law or safety requires holds an action back, and the server enforces exactly those.
 */
export function CaseRouteSection({ householdId }: { householdId: number }) {
  const { t } = useTranslation()
  const route = useCaseRoute(householdId)
  // Counted, so closing twice in one visit (after a reopen elsewhere) takes focus again.
  const [message, setMessage] = useState<{ text: string; count: number } | null>(null)

  return (
    <section className="naast-stack" aria-labelledby="household-route">
      <Heading level={2} id="household-route">
        {t('caseRoute.title')}
      </Heading>
      <Paragraph className="naast-readable">{t('caseRoute.intro')}</Paragraph>
      {message && (
        <FocusedStatus key={message.count} heading={message.text} onClose={() => setMessage(null)} />
      )}
      <QueryResult query={route} errorHeadingLevel={3}>
        {(data) => (
          <>
            {data.closure && <ClosureView closure={data.closure} />}
            <RouteSummary route={data} />
            <RouteMap
              householdId={householdId}
              states={data.checkpoints}
              closeForm={
                data.closure ? null : (
                  <CloseCaseForm
                    householdId={householdId}
                    onClosed={(text) =>
                      setMessage((previous) => ({ text, count: (previous?.count ?? 0) + 1 }))
                    }
                    onStart={() => setMessage(null)}
                  />
                )
              }
            />
          </>
        )}
      </QueryResult>
    </section>
  )
}

/** "3 punten staan nog open. Daarvan houdt 1 iets tegen." */
function RouteSummary({ route }: { route: CaseRoute }) {
  const { t } = useTranslation()
  const open = route.checkpoints.filter((c) => !c.met)
  const blocking = open.filter((c) => checkpoints[c.id].blocks !== null)
  if (open.length === 0) return <Paragraph>{t('caseRoute.allMet')}</Paragraph>
  return (
    <Paragraph>
      {t('caseRoute.openCount', { count: open.length })}{' '}
      {blocking.length > 0 && t('caseRoute.blockingCount', { count: blocking.length })}
    </Paragraph>
  )
}

function ClosureView({ closure }: { closure: Closure }) {
  const { t } = useTranslation()
  const language = currentLanguage()
  return (
    <div className="naast-card naast-route-closure naast-readable">
      <Heading level={3}>{t('caseRoute.closedTitle')}</Heading>
      <DescriptionList termsWidth="medium">
        <DescriptionList.Term>{t('caseRoute.closedOn')}</DescriptionList.Term>
        <DescriptionList.Description>{formatDate(closure.closedOn, language)}</DescriptionList.Description>
        <DescriptionList.Term>{t('caseRoute.reason')}</DescriptionList.Term>
        <DescriptionList.Description className="naast-route-text">
          {closure.reason}
        </DescriptionList.Description>
        <DescriptionList.Term>{t('caseRoute.evaluation')}</DescriptionList.Term>
        <DescriptionList.Description className="naast-route-text">
          {t('caseRoute.evaluationLine', {
            date: formatDate(closure.evaluation.on, language),
            summary: closure.evaluation.summary,
          })}
        </DescriptionList.Description>
        <DescriptionList.Term>{t('caseRoute.closedBy')}</DescriptionList.Term>
        <DescriptionList.Description>{closure.by}</DescriptionList.Description>
      </DescriptionList>
    </div>
  )
}

/**
 * Every step of the route as a card with its checkpoints, side by side where there is room. Closing spans the
 * width, with the form to close the case beside what closing needs.
 */
function RouteMap({
  householdId,
  states,
  closeForm,
}: {
  householdId: number
  states: CheckpointState[]
  closeForm: ReactNode
}) {
  const { t } = useTranslation()
  const byStep = (step: RouteStep) => states.filter((state) => checkpoints[state.id].step === step)
  return (
    <ul className="naast-route-map" aria-label={t('caseRoute.stepsLabel')}>
      {routeSteps.map((step) => {
        const items = byStep(step)
        const met = items.filter((item) => item.met).length
        return (
          <li key={step} className={`naast-card naast-route-step naast-route-step--${step}`}>
            <Heading level={3} size="level-4">
              {t(`caseRoute.steps.${step}`)}
            </Heading>
            <Paragraph size="small" className="naast-secondary">
              {t('caseRoute.stepMet', { met, total: items.length })}
            </Paragraph>
            <ul className="naast-route-checks">
              {items.map((item) => (
                <CheckpointItem key={item.id} state={item} householdId={householdId} />
              ))}
            </ul>
            {step === 'closing' && closeForm}
          </li>
        )
      })}
    </ul>
  )
}

/**
 * What is missing, with the names it is about. Without names the step itself has not started (no broad view, no
 * plan yet): then say that, rather than a list of nobody.
 */
function missingText(state: CheckpointState, t: TFunction): string {
  if (state.detail.length === 0) {
    if (state.id === 'membersHeard') return t('caseRoute.notStarted.membersHeard')
    if (state.id === 'planAgreementRecorded') return t('caseRoute.notStarted.planAgreementRecorded')
  }
  return t(`checkpoints.${state.id}.missing`, { names: state.detail.join(', ') })
}

/** One checkpoint: a mark and the words "In orde" or "Nog open" (never colour alone), what blocks, and why. */
function CheckpointItem({ state, householdId }: { state: CheckpointState; householdId: number }) {
  const { t } = useTranslation()
  const definition = checkpoints[state.id]
  const blocks: BlockedAction | null = definition.blocks
  const label = t(`checkpoints.${state.id}.label`)
  const to = destination(state.id, householdId)
  const kind = state.met ? 'met' : blocks ? 'blocking' : 'reminder'
  return (
    <li className={`naast-route-check naast-route-check--${kind}`}>
      <span className="naast-route-check__mark" aria-hidden="true">
        {state.met ? '✓' : blocks ? '!' : '○'}
      </span>
      <div className="naast-route-check__body">
        <span className="naast-line naast-route-check__label">{label}</span>
        <span className="naast-line">
          <strong>{state.met ? t('caseRoute.met') : t('caseRoute.open')}</strong>
          <span aria-hidden="true"> · </span>
          <span className="ams-visually-hidden">, </span>
          <span className={blocks ? 'naast-route-check__blocks' : 'naast-route-check__reminder'}>
            {blocks ? t(blockKeys[blocks]) : t('caseRoute.reminder')}
          </span>
        </span>
        {!state.met && <span className="naast-line">{missingText(state, t)}</span>}
        {!state.met && (
          <span className="naast-line">
            {to.inPage ? (
              <Link href={to.href}>{t(destinationKeys[to.label])}</Link>
            ) : (
              <Link href={to.href} linkComponent={RouterLink}>
                {t(destinationKeys[to.label])}
              </Link>
            )}
          </span>
        )}
        <details className="naast-details naast-route-check__why">
          <summary>
            {t('caseRoute.why')}
            <span className="ams-visually-hidden"> {label}</span>
          </summary>
          <div className="naast-route-check__explained">
            <Paragraph size="small">{t(`checkpoints.${state.id}.why`)}</Paragraph>
            <Paragraph size="small">
              <strong>{t('caseRoute.resolveTerm')}:</strong> {t(`checkpoints.${state.id}.resolve`)}
            </Paragraph>
            <Paragraph size="small" className="naast-secondary">
              {t('caseRoute.sourceTerm')}: {definition.source}
            </Paragraph>
          </div>
        </details>
      </div>
    </li>
  )
}
