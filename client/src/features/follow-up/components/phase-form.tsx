import { useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { Paragraph, TextInput } from '@amsterdam/design-system-react'
import { CasePhase, SetPhaseInput, type PhaseRecord } from '#shared/contracts/follow-up'
import { useFormErrors, validate, type FieldErrors } from '../../../lib/form-errors.ts'
import {
  FormAlert,
  FormField,
  RadioFieldSet,
  SubmitButton,
  TextAreaField,
} from '../../../components/form.tsx'
import { useSetPhase } from '../api/set-phase.ts'
import { phaseText } from './phase-words.ts'

/** The usual intervals, in weeks as people agree them; "anders" takes any number of days. */
const intervalChoices = ['d7', 'd14', 'd28', 'd42', 'd56', 'd91', 'other'] as const
type IntervalChoice = (typeof intervalChoices)[number]
const daysOf = (choice: IntervalChoice) => (choice === 'other' ? null : Number(choice.slice(1)))
const choiceOf = (days: number) => intervalChoices.find((choice) => daysOf(choice) === days) ?? 'other'

/** A first suggestion when scaling down (the worker can change it): monthly for pulse, quarterly for background. */
const suggested = { pulse: 'd28', background: 'd91' } as const satisfies Record<string, IntervalChoice>

const ids = {
  phase: 'follow-up-phase',
  interval: 'follow-up-interval',
  intervalDays: 'follow-up-interval-days',
  ownContactMoment: 'follow-up-own-moment',
  reason: 'follow-up-reason',
}

type Form = {
  phase: CasePhase
  interval: IntervalChoice | ''
  days: string
  ownContactMoment: string
  reason: string
}

function initialForm(current: PhaseRecord | null): Form {
  const days = current?.intervalDays ?? null
  return {
    phase: current?.phase ?? 'active',
    interval: days === null ? '' : choiceOf(days),
    days: days !== null && choiceOf(days) === 'other' ? String(days) : '',
    ownContactMoment: current?.ownContactMoment ?? '',
    reason: '',
  }
}

/** What the typed number of days is: a number when it looks like one, else the text (the schema then says why). */
function typedDays(days: string): number | string | null {
  const trimmed = days.trim()
  if (trimmed === '') return null
  return /^-?\d+([.,]\d+)?$/.test(trimmed) ? Number(trimmed.replace(',', '.')) : trimmed
}

/**
 * Scaling down or up: the phase, how often there is contact (weeks, or any number of days), the household's own
 * moment of contact, and why. Starts from the current phase, so changing only the interval is one choice and a
 * reason. Remount it (key) after a change, so it starts from the new phase.
 */
export function PhaseForm({
  householdId,
  current,
  onSaved,
  onStart,
}: {
  householdId: number
  current: PhaseRecord | null
  onSaved: (message: string) => void
  onStart: () => void
}) {
  const { t } = useTranslation()
  const setPhase = useSetPhase(householdId)
  const errors = useFormErrors()
  const [form, setForm] = useState(() => initialForm(current))
  const set = <K extends keyof Form>(key: K, value: Form[K]) =>
    setForm((previous) => ({ ...previous, [key]: value }))
  const scaledDown = form.phase !== 'active'
  // The server names one field for the interval; it sits at the typed number when "anders" is chosen.
  const fieldIds = {
    phase: ids.phase,
    intervalDays: form.interval === 'other' ? ids.intervalDays : ids.interval,
    ownContactMoment: ids.ownContactMoment,
    reason: ids.reason,
  }
  const labels = {
    phase: t('followUp.change.phase'),
    intervalDays:
      form.interval === 'other' ? t('followUp.change.intervalDays') : t('followUp.change.interval'),
    ownContactMoment: t('followUp.change.ownMoment'),
    reason: t('followUp.change.reason'),
  }
  const intervalError = errors.fieldErrors.intervalDays

  function choosePhase(phase: CasePhase) {
    setForm((previous) => ({
      ...previous,
      phase,
      interval: previous.interval || (phase === 'active' ? '' : suggested[phase]),
    }))
  }

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    if (setPhase.isPending) return
    onStart()
    const intervalDays = !scaledDown
      ? null
      : form.interval === 'other'
        ? typedDays(form.days)
        : form.interval
          ? daysOf(form.interval)
          : null
    const checked = validate(SetPhaseInput, {
      phase: form.phase,
      intervalDays,
      ownContactMoment: scaledDown ? form.ownContactMoment : '',
      reason: form.reason,
    })
    const problems: FieldErrors = checked.ok ? {} : { ...checked.fieldErrors }
    if (scaledDown && intervalDays === null) problems.intervalDays = t('errors.intervalRequired')
    if (!checked.ok || Object.keys(problems).length > 0) {
      const ordered: FieldErrors = {}
      for (const field of Object.keys(fieldIds)) if (problems[field]) ordered[field] = problems[field]
      return errors.showFieldErrors(ordered)
    }
    errors.clear()
    setPhase.mutate(checked.data, {
      onSuccess: (followUp) =>
        onSaved(
          t('followUp.change.saved', {
            phase: phaseText(followUp.current ?? { phase: followUp.phase, intervalDays: null }, t),
          }),
        ),
      onError: errors.showError,
    })
  }

  return (
    <form onSubmit={onSubmit} noValidate className="naast-form naast-card naast-readable">
      <Paragraph>{t('followUp.change.intro')}</Paragraph>
      <FormAlert {...errors} fieldIds={fieldIds} fieldLabels={labels} headingLevel={3} />
      <RadioFieldSet
        id={ids.phase}
        legend={labels.phase}
        error={errors.fieldErrors.phase}
        options={CasePhase.options}
        value={form.phase}
        onChange={choosePhase}
        optionLabel={(phase) => t(`followUp.change.phaseOptions.${phase}`)}
      />
      {scaledDown && (
        <>
          <RadioFieldSet
            id={ids.interval}
            legend={t('followUp.change.interval')}
            className="naast-follow-up-choices"
            error={form.interval === 'other' ? undefined : intervalError}
            options={intervalChoices}
            value={form.interval}
            onChange={(choice) => set('interval', choice)}
            optionLabel={(choice) => t(`followUp.change.intervalChoices.${choice}`)}
          />
          {form.interval === 'other' && (
            <FormField
              id={ids.intervalDays}
              label={t('followUp.change.intervalDays')}
              description={t('followUp.change.intervalDaysHint')}
              error={intervalError}
            >
              {(control) => (
                <TextInput
                  {...control}
                  inputMode="numeric"
                  autoComplete="off"
                  size={5}
                  value={form.days}
                  onChange={(event) => set('days', event.target.value)}
                />
              )}
            </FormField>
          )}
          <TextAreaField
            id={ids.ownContactMoment}
            label={t('followUp.change.ownMoment')}
            description={t('followUp.change.ownMomentHint')}
            requirement="optional"
            error={errors.fieldErrors.ownContactMoment}
            rows={2}
            value={form.ownContactMoment}
            onChange={(value) => set('ownContactMoment', value)}
          />
        </>
      )}
      <TextAreaField
        id={ids.reason}
        label={labels.reason}
        description={t('followUp.change.reasonHint')}
        error={errors.fieldErrors.reason}
        rows={3}
        value={form.reason}
        onChange={(value) => set('reason', value)}
      />
      <SubmitButton
        busy={setPhase.isPending}
        label={t('followUp.change.save')}
        busyLabel={t('followUp.change.saving')}
      />
    </form>
  )
}
