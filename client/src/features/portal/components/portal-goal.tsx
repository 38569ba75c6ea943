import { useRef, useState, type ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { Button, Heading, Paragraph } from '@amsterdam/design-system-react'
import type { GoalProgress, GoalView, PlanAction, PlanGoal } from '#shared/contracts/plans'
import { formatDate } from '#shared/domain/dates'
import { errorText, isNotFound } from '../../../lib/api.ts'
import { currentLanguage } from '../../../lib/i18n.ts'
import { useMarkActionDone } from '../api/mark-action-done.ts'
import { GoalViewForm, ProgressForm } from './portal-plan-forms.tsx'

type PortalGoalProps = {
  householdId: number
  goal: PlanGoal
  number: number
  viewerPersonId: number
  progress: GoalProgress[]
}

const isOwnAction = (viewerPersonId: number) => (action: PlanAction) =>
  action.owner.kind === 'member' && action.owner.refId === viewerPersonId

/**
 * One goal in the household's own words: who it is for, what they do themselves and what others do, how it goes,
 * and what they (and the others) think of it. A region named by the goal, so everything in it belongs together.
 */
export function PortalGoal({ householdId, goal, number, viewerPersonId, progress }: PortalGoalProps) {
  const { t } = useTranslation()
  const headingId = `portal-goal-${goal.key}`
  const own = goal.actions.filter(isOwnAction(viewerPersonId))
  const others = goal.actions.filter((action) => !isOwnAction(viewerPersonId)(action))
  const ownView = goal.views.find((view) => view.personId === viewerPersonId)
  const otherViews = goal.views.filter((view) => view.personId !== viewerPersonId)
  const forWhom =
    goal.owner === null
      ? t('portalPlan.goalForHousehold')
      : goal.owner.personId === viewerPersonId
        ? t('portalPlan.goalForYou')
        : t('portalPlan.goalFor', { name: goal.owner.name })

  return (
    <section className="naast-stack naast-portal-goal" aria-labelledby={headingId}>
      <Heading level={3} id={headingId} className="naast-portal-words">
        {t('portalPlan.goalHeading', { number, text: goal.text })}
      </Heading>
      <div>
        <Paragraph>
          <strong>{forWhom}</strong>
        </Paragraph>
        {goal.safety && <Paragraph>{t('portalPlan.safetyGoal')}</Paragraph>}
        {goal.private && <Paragraph>{t('portalPlan.privateGoal')}</Paragraph>}
      </div>

      {own.length > 0 && <OwnActions householdId={householdId} goalKey={goal.key} actions={own} />}
      {others.length > 0 && (
        <div className="naast-stack naast-portal-part">
          <Heading level={4}>{t('portalPlan.othersActions')}</Heading>
          <ul className="naast-portal-actions">
            {others.map((action) => (
              <ActionItem key={action.key} action={action} showWho />
            ))}
          </ul>
        </div>
      )}
      {goal.actions.length === 0 && <Paragraph>{t('portalPlan.noActions')}</Paragraph>}

      <div className="naast-stack naast-portal-part">
        <Heading level={4} id={`${headingId}-progress`}>
          {t('portalPlan.progressTitle')}
        </Heading>
        <ProgressList progress={progress} />
        <Disclosure id={`${headingId}-progress-form`} label={t('portalPlan.progressOpen')}>
          <ProgressForm householdId={householdId} goalKey={goal.key} labelledBy={`${headingId}-progress`} />
        </Disclosure>
      </div>

      <div className="naast-stack naast-portal-part">
        <Heading level={4} id={`${headingId}-view`}>
          {t('portalPlan.viewTitle')}
        </Heading>
        {goal.views.length === 0 && <Paragraph>{t('portalPlan.viewsEmpty')}</Paragraph>}
        {ownView && (
          <SaidBefore heading={t('portalPlan.yourView', { date: day(ownView.at) })} view={ownView} />
        )}
        {otherViews.length > 0 && (
          <div className="naast-stack">
            <Paragraph>
              <strong>{t('portalPlan.othersViews')}</strong>
            </Paragraph>
            <ul className="naast-portal-said-list">
              {otherViews.map((view) => (
                <li key={view.personId}>
                  <SaidBefore
                    heading={t('portalPlan.viewBy', { name: view.name, date: day(view.at) })}
                    view={view}
                  />
                </li>
              ))}
            </ul>
          </div>
        )}
        <Disclosure id={`${headingId}-view-form`} label={t('portalPlan.viewOpen')}>
          <GoalViewForm
            householdId={householdId}
            goalKey={goal.key}
            ownView={ownView}
            labelledBy={`${headingId}-view`}
          />
        </Disclosure>
      </div>
    </section>
  )
}

/**
 * A form folded away behind a button, so the plan itself stays short to read. The form stays mounted while
 * closed: what was typed, and the "saved" message, are still there when it is opened again.
 */
function Disclosure({ id, label, children }: { id: string; label: string; children: ReactNode }) {
  const [open, setOpen] = useState(false)
  return (
    <>
      <Button
        variant="secondary"
        aria-expanded={open}
        aria-controls={id}
        onClick={() => setOpen((value) => !value)}
        className="naast-portal-no-print"
      >
        {label}
      </Button>
      <div id={id} hidden={!open} className="naast-portal-disclosure">
        {children}
      </div>
    </>
  )
}

function day(value: string) {
  return formatDate(value, currentLanguage())
}

/** What someone wrote about a goal: where they stand, and their words as they wrote them. */
function SaidBefore({ heading, view }: { heading: string; view: GoalView }) {
  const { t } = useTranslation()
  return (
    <div className="naast-portal-said">
      <Paragraph>
        {heading}
        {view.position && <strong> {t(`portalPlan.positions.${view.position}`)}</strong>}
      </Paragraph>
      {view.words && (
        <Paragraph className="naast-portal-words">{t('portalPlan.quote', { words: view.words })}</Paragraph>
      )}
    </div>
  )
}

/** Newest first: the mark from the last time matters most. */
function ProgressList({ progress }: { progress: GoalProgress[] }) {
  const { t } = useTranslation()
  if (progress.length === 0) return <Paragraph>{t('portalPlan.progressEmpty')}</Paragraph>
  const newestFirst = [...progress].sort((a, b) => b.recordedAt.localeCompare(a.recordedAt))
  return (
    <ul className="naast-portal-said-list">
      {newestFirst.map((entry) => {
        const values = { date: day(entry.recordedAt), name: entry.authorName, scale: entry.scale }
        return (
          <li key={entry.id} className="naast-portal-said">
            <Paragraph>
              {entry.by === 'worker'
                ? t('portalPlan.progressEntryWorker', values)
                : t('portalPlan.progressEntry', values)}
            </Paragraph>
            {entry.words && (
              <Paragraph className="naast-portal-words">
                {t('portalPlan.quote', { words: entry.words })}
              </Paragraph>
            )}
          </li>
        )
      })}
    </ul>
  )
}

/** "Wat u doet": the member's own actions, with "Klaar" on the open ones. */
function OwnActions({
  householdId,
  goalKey,
  actions,
}: {
  householdId: number
  goalKey: string
  actions: PlanAction[]
}) {
  const { t } = useTranslation()
  const markDone = useMarkActionDone(householdId)
  const [message, setMessage] = useState<{ text: string; failed: boolean } | null>(null)
  const statusRef = useRef<HTMLParagraphElement>(null)
  const open = actions.some((action) => action.status === 'planned' || action.status === 'started')

  function onDone(action: PlanAction) {
    if (markDone.isPending) return
    setMessage(null)
    markDone.mutate(action.key, {
      onSuccess: () =>
        setMessage({ text: t('portalPlan.doneSaved', { action: action.text }), failed: false }),
      onError: (error) =>
        setMessage({
          text: isNotFound(error)
            ? t('portalPlan.changedMeanwhile')
            : t('portalPlan.doneFailed', { reason: errorText(error, t) }),
          failed: true,
        }),
      // The button is gone once the action is done: focus goes to the message, so keyboard users keep their place.
      onSettled: () => statusRef.current?.focus(),
    })
  }

  return (
    <div className="naast-stack naast-portal-part">
      <Heading level={4}>{t('portalPlan.yourActions')}</Heading>
      {open && (
        <Paragraph size="small" className="naast-portal-no-print">
          {t('portalPlan.yourActionsHint')}
        </Paragraph>
      )}
      <ul className="naast-portal-actions">
        {actions.map((action) => {
          const busy = markDone.isPending && markDone.variables === action.key
          const canMarkDone = action.status === 'planned' || action.status === 'started'
          return (
            <ActionItem key={action.key} action={action} showWho={false}>
              {canMarkDone && (
                <Button
                  variant="secondary"
                  className="naast-portal-no-print"
                  aria-label={t('portalPlan.doneLabel', { action: action.text })}
                  aria-disabled={busy || undefined}
                  onClick={() => onDone(action)}
                >
                  {busy ? t('portalPlan.doneBusy') : t('portalPlan.done')}
                </Button>
              )}
            </ActionItem>
          )
        })}
      </ul>
      <Paragraph
        ref={statusRef}
        role="status"
        tabIndex={-1}
        id={`portal-done-status-${goalKey}`}
        className={[
          'naast-focus-target naast-portal-no-print naast-portal-done-status',
          message?.failed ? 'naast-error-text' : '',
        ]
          .filter(Boolean)
          .join(' ')}
      >
        {message?.text}
      </Paragraph>
    </div>
  )
}

type ActionItemProps = { action: PlanAction; showWho: boolean; children?: ReactNode }

/** One action: what, who (for others' actions), by when, and how far it is, always in words. */
function ActionItem({ action, showWho, children }: ActionItemProps) {
  const { t } = useTranslation()
  const who =
    action.owner.kind === 'worker'
      ? t('portalPlan.workerName', { name: action.owner.name })
      : action.owner.name
  return (
    <li className={`naast-portal-action naast-portal-action--${action.status}`}>
      <Paragraph className="naast-portal-words naast-portal-action__text">{action.text}</Paragraph>
      <dl className="naast-portal-facts">
        {showWho && (
          <div>
            <dt>{t('portalPlan.who')}</dt>
            <dd>{who}</dd>
          </div>
        )}
        <div>
          <dt>{t('portalPlan.when')}</dt>
          <dd>
            {action.dueOn ? t('portalPlan.before', { date: day(action.dueOn) }) : t('portalPlan.noDate')}
          </dd>
        </div>
        <div>
          <dt>{t('portalPlan.howFar')}</dt>
          <dd>
            <span className="naast-portal-status">{t(`portalPlan.status.${action.status}`)}</span>
          </dd>
        </div>
      </dl>
      {children}
    </li>
  )
}
