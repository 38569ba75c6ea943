import { useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { Heading, Paragraph } from '@amsterdam/design-system-react'
import { SignalIdsInput, type SafetyOverview, type Signal, type Trajectory } from '#shared/contracts/safety'
import { formatDate } from '#shared/domain/dates'
import { useFormErrors, validate } from '../../../lib/form-errors.ts'
import { currentLanguage } from '../../../lib/i18n.ts'
import { FormAlert, SubmitButton } from '../../../components/form.tsx'
import { FocusedStatus } from '../../../components/focused-status.tsx'
import { useStartMeldcode } from '../api/start-meldcode.ts'
import { errorsByField, SignalsFieldSet, sortSignals, StepMark } from './safety-parts.tsx'
import { ConsultationForm, ConversationForm, SignalsStepForm, type StepFormProps } from './step-forms.tsx'
import { WeighingForm } from './weighing-form.tsx'
import { DecisionForm } from './decision-form.tsx'
import { TrajectorySummary } from './trajectory-summary.tsx'

/** The anchor of the meldcode section (the route map and the household page link to it). */
export const meldcodeAnchor = 'meldcode'

export const meldcodeSteps = [1, 2, 3, 4, 5] as const
export type MeldcodeStep = (typeof meldcodeSteps)[number]

type Message = { heading: string; text?: string; count: number }

/**
 * "Meldcode": the five steps in one sentence, starting a trajectory with the open signals it maps, and each
 * trajectory (open ones first) with its steps. Steps 1–3 in any order, 5 after 4; each step's form is filled with
 * what was recorded and can be changed until the decision.
 */
export function MeldcodeSection({ overview }: { overview: SafetyOverview }) {
  const { t } = useTranslation()
  const [message, setMessage] = useState<Message | null>(null)
  // Open signals that no trajectory maps yet: these can start one (or join an open one in its step 1).
  const loose = sortSignals(overview.signals).filter((s) => s.followUp === null && s.trajectoryId === null)
  const trajectories = [...overview.trajectories].sort(
    (a, b) =>
      Number(a.decision !== null) - Number(b.decision !== null) ||
      b.startedAt.localeCompare(a.startedAt) ||
      b.id - a.id,
  )

  return (
    <section
      id={meldcodeAnchor}
      tabIndex={-1}
      className="naast-stack naast-focus-target"
      aria-labelledby="safety-meldcode"
    >
      <Heading level={2} id="safety-meldcode">
        {t('safetyPage.meldcode.title')}
      </Heading>
      <Paragraph className="naast-readable">{t('safetyPage.meldcode.intro')}</Paragraph>
      {message && (
        <FocusedStatus key={message.count} heading={message.heading} onClose={() => setMessage(null)}>
          {message.text}
        </FocusedStatus>
      )}
      {loose.length > 0 ? (
        <StartMeldcodeForm
          householdId={overview.householdId}
          signals={loose}
          onStarted={() =>
            setMessage((previous) => ({
              heading: t('safetyPage.meldcode.start.started'),
              text: t('safetyPage.meldcode.start.startedNext'),
              count: (previous?.count ?? 0) + 1,
            }))
          }
          onStart={() => setMessage(null)}
        />
      ) : (
        <Paragraph className="naast-readable">{t('safetyPage.meldcode.start.noCandidates')}</Paragraph>
      )}
      {trajectories.length === 0 ? (
        <Paragraph>{t('safetyPage.meldcode.empty')}</Paragraph>
      ) : (
        <ul className="naast-card-list naast-trajectory-list">
          {trajectories.map((trajectory) => (
            <li key={trajectory.id}>
              <TrajectoryCard trajectory={trajectory} loose={loose} />
            </li>
          ))}
        </ul>
      )}
    </section>
  )
}

/** "Meldcode-traject starten": step 1 is choosing the open signals the trajectory maps. */
function StartMeldcodeForm({
  householdId,
  signals,
  onStarted,
  onStart,
}: {
  householdId: number
  signals: Signal[]
  onStarted: () => void
  onStart: () => void
}) {
  const { t } = useTranslation()
  const start = useStartMeldcode(householdId)
  const errors = useFormErrors()
  const [chosen, setChosen] = useState<number[]>([])
  const fieldIds = { signalIds: 'meldcode-start-signals' }
  const fieldErrors = errorsByField(errors.fieldErrors, fieldIds)
  // A signal followed up meanwhile is no longer a choice.
  const signalIds = chosen.filter((id) => signals.some((s) => s.id === id))

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    if (start.isPending) return
    onStart()
    const checked = validate(SignalIdsInput, { signalIds })
    if (!checked.ok) return errors.showFieldErrors(errorsByField(checked.fieldErrors, fieldIds))
    errors.clear()
    start.mutate(checked.data.signalIds, {
      onSuccess: () => {
        setChosen([])
        onStarted()
      },
      onError: errors.showError,
    })
  }

  return (
    <section className="naast-stack" aria-labelledby="meldcode-start">
      <Heading level={3} id="meldcode-start">
        {t('safetyPage.meldcode.start.title')}
      </Heading>
      <form onSubmit={onSubmit} noValidate className="naast-form naast-card naast-readable">
        <FormAlert
          {...errors}
          fieldErrors={fieldErrors}
          fieldIds={fieldIds}
          fieldLabels={{ signalIds: t('safetyPage.meldcode.start.signals') }}
          headingLevel={4}
        />
        <SignalsFieldSet
          id={fieldIds.signalIds}
          legend={t('safetyPage.meldcode.start.signals')}
          description={t('safetyPage.meldcode.start.signalsHint')}
          error={fieldErrors.signalIds}
          signals={signals}
          value={signalIds}
          onChange={setChosen}
        />
        <SubmitButton
          busy={start.isPending}
          label={t('safetyPage.meldcode.start.submit')}
          busyLabel={t('safetyPage.saving')}
        />
      </form>
    </section>
  )
}

/** One trajectory: when and by whom it started, where it stands, and its steps (or, once decided, a summary). */
function TrajectoryCard({ trajectory, loose }: { trajectory: Trajectory; loose: Signal[] }) {
  const { t } = useTranslation()
  const language = currentLanguage()
  const [message, setMessage] = useState<Message | null>(null)
  const decided = trajectory.decision !== null
  const headingId = `meldcode-${trajectory.id}-title`
  const stepName = (step: number) => t(`safetyPage.meldcode.steps.s${step as MeldcodeStep}`)

  function onSaved(step: MeldcodeStep) {
    setMessage((previous) => ({
      heading:
        step === 5 ? t('safetyPage.meldcode.decision.saved') : t('safetyPage.meldcode.saved', { step }),
      text: step === 5 ? t('safetyPage.meldcode.decision.savedText') : undefined,
      count: (previous?.count ?? 0) + 1,
    }))
  }

  return (
    <article
      className={`naast-card naast-trajectory naast-trajectory--${decided ? 'decided' : 'open'}`}
      aria-labelledby={headingId}
    >
      <Heading level={3} id={headingId}>
        {t('safetyPage.meldcode.trajectory.title', { date: formatDate(trajectory.startedAt, language) })}
      </Heading>
      <Paragraph>
        <strong>
          {t('safetyPage.meldcode.trajectory.status', {
            status: decided
              ? t('safetyPage.meldcode.trajectory.decided')
              : t('safetyPage.meldcode.trajectory.open'),
          })}
        </strong>{' '}
        {t('safetyPage.meldcode.trajectory.startedBy', { name: trajectory.startedBy })}
        {trajectory.nextStep !== null && (
          <>
            {' '}
            {t('safetyPage.meldcode.trajectory.nextStep', {
              step: trajectory.nextStep,
              name: stepName(trajectory.nextStep),
            })}
          </>
        )}
      </Paragraph>
      {message && (
        <FocusedStatus
          key={message.count}
          heading={message.heading}
          headingLevel={4}
          onClose={() => setMessage(null)}
        >
          {message.text}
        </FocusedStatus>
      )}
      {decided ? (
        <TrajectorySummary trajectory={trajectory} />
      ) : (
        <>
          <Paragraph size="small">{t('safetyPage.meldcode.order')}</Paragraph>
          <ol className="naast-meldcode-steps" aria-label={t('safetyPage.meldcode.trajectory.stepsLabel')}>
            {meldcodeSteps.map((step) => (
              <li key={step}>
                <details className="naast-details naast-meldcode-step" open={trajectory.nextStep === step}>
                  <summary>
                    <span className="naast-meldcode-step__name">
                      {t('safetyPage.meldcode.stepLabel', { step, name: stepName(step) })}
                    </span>{' '}
                    <StepMark done={trajectory.stepsDone.includes(step)} />
                  </summary>
                  <div className="naast-details__body naast-stack">
                    <Recorded trajectory={trajectory} step={step} />
                    <StepForm
                      step={step}
                      trajectory={trajectory}
                      loose={loose}
                      onSaved={() => onSaved(step)}
                      onStart={() => setMessage(null)}
                    />
                  </div>
                </details>
              </li>
            ))}
          </ol>
        </>
      )}
    </article>
  )
}

function StepForm({ step, loose, ...props }: StepFormProps & { step: MeldcodeStep; loose: Signal[] }) {
  switch (step) {
    case 1:
      return <SignalsStepForm {...props} loose={loose} />
    case 2:
      return <ConsultationForm {...props} />
    case 3:
      return <ConversationForm {...props} />
    case 4:
      return <WeighingForm {...props} />
    case 5:
      return <DecisionForm {...props} />
  }
}

/** "Vastgelegd door Sanne de Boer, 3 november 2026." for a step that was recorded. */
function Recorded({ trajectory, step }: { trajectory: Trajectory; step: MeldcodeStep }) {
  const { t } = useTranslation()
  const language = currentLanguage()
  const recorded =
    step === 1
      ? { by: trajectory.startedBy, at: trajectory.startedAt }
      : step === 2
        ? trajectory.consultation
        : step === 3
          ? trajectory.conversation
          : step === 4
            ? trajectory.weighing
            : trajectory.decision
  if (!recorded || !trajectory.stepsDone.includes(step)) return null
  return (
    <Paragraph size="small">
      {t('safetyPage.meldcode.recordedBy', { name: recorded.by, date: formatDate(recorded.at, language) })}
    </Paragraph>
  )
}
