import { useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { Checkbox } from '@amsterdam/design-system-react'
import {
  ConsultationInput,
  ConversationStepInput,
  SignalIdsInput,
  type Signal,
  type Trajectory,
} from '#shared/contracts/safety'
import { useFormErrors, validate, type FieldErrors } from '../../../lib/form-errors.ts'
import { today } from '../../../lib/today.ts'
import {
  DateField,
  FormAlert,
  FormFieldSet,
  SubmitButton,
  TextAreaField,
  TextInputField,
} from '../../../components/form.tsx'
import { useMapSignals } from '../api/map-signals.ts'
import { useConsult } from '../api/consult.ts'
import { useConverse } from '../api/converse.ts'
import { errorsByField, sharedText, SignalsFieldSet, sortSignals, YesNoRadios } from './safety-parts.tsx'

export type StepFormProps = {
  trajectory: Trajectory
  onSaved: () => void
  /** A new attempt: the last confirmation goes. */
  onStart: () => void
}

/** Ids of a step's fields, unique per trajectory ("meldcode-3-consulted"). */
export function stepFieldIds<K extends string>(
  trajectoryId: number,
  fields: readonly K[],
): Record<K, string> {
  return Object.fromEntries(
    fields.map((field) => [field, `meldcode-${trajectoryId}-${field.replace(/\./g, '-')}`]),
  ) as Record<K, string>
}

/** Step 1: which open signals this trajectory maps; the ones it has and the open ones no trajectory has. */
export function SignalsStepForm({
  trajectory,
  onSaved,
  onStart,
  loose,
}: StepFormProps & { loose: Signal[] }) {
  const { t } = useTranslation()
  const map = useMapSignals(trajectory.householdId)
  const errors = useFormErrors()
  const options = sortSignals([...trajectory.signals, ...loose])
  const [chosen, setChosen] = useState(() => trajectory.signals.map((s) => s.id))
  const fieldIds = stepFieldIds(trajectory.id, ['signalIds'] as const)
  const fieldErrors = errorsByField(errors.fieldErrors, fieldIds)
  const signalIds = chosen.filter((id) => options.some((s) => s.id === id))

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    if (map.isPending) return
    onStart()
    const checked = validate(SignalIdsInput, { signalIds })
    if (!checked.ok) return errors.showFieldErrors(errorsByField(checked.fieldErrors, fieldIds))
    errors.clear()
    map.mutate(
      { trajectoryId: trajectory.id, signalIds: checked.data.signalIds },
      { onSuccess: onSaved, onError: errors.showError },
    )
  }

  return (
    <form onSubmit={onSubmit} noValidate className="naast-form naast-readable">
      <FormAlert
        {...errors}
        fieldErrors={fieldErrors}
        fieldIds={fieldIds}
        fieldLabels={{ signalIds: t('safetyPage.meldcode.signalsStep.legend') }}
        headingLevel={4}
      />
      <SignalsFieldSet
        id={fieldIds.signalIds}
        legend={t('safetyPage.meldcode.signalsStep.legend')}
        description={t('safetyPage.meldcode.signalsStep.hint')}
        error={fieldErrors.signalIds}
        signals={options}
        value={signalIds}
        onChange={setChosen}
      />
      <SubmitButton
        busy={map.isPending}
        label={t('safetyPage.meldcode.signalsStep.save')}
        busyLabel={t('safetyPage.saving')}
      />
    </form>
  )
}

const consultationFields = [
  'consulted',
  'on',
  'advice',
  'veiligThuisAdvice.on',
  'veiligThuisAdvice.advice',
] as const

/** Step 2: the designated colleague (aandachtsfunctionaris) or supervisor consulted, and Veilig Thuis if asked. */
export function ConsultationForm({ trajectory, onSaved, onStart }: StepFormProps) {
  const { t } = useTranslation()
  const consult = useConsult(trajectory.householdId)
  const errors = useFormErrors()
  const recorded = trajectory.consultation
  const [form, setForm] = useState(() => ({
    consulted: recorded?.consulted ?? '',
    on: recorded?.on ?? today(),
    advice: recorded?.advice ?? '',
    askedVeiligThuis: recorded?.veiligThuisAdvice != null,
    veiligThuisOn: recorded?.veiligThuisAdvice?.on ?? today(),
    veiligThuisAdvice: recorded?.veiligThuisAdvice?.advice ?? '',
  }))
  const set = <K extends keyof typeof form>(key: K, value: (typeof form)[K]) =>
    setForm((previous) => ({ ...previous, [key]: value }))
  const fieldIds = stepFieldIds(trajectory.id, consultationFields)
  const fieldErrors = errorsByField(errors.fieldErrors, fieldIds)
  const fieldLabels = {
    consulted: t('safetyPage.meldcode.consultation.consulted'),
    on: t('safetyPage.meldcode.consultation.on'),
    advice: t('safetyPage.meldcode.consultation.advice'),
    'veiligThuisAdvice.on': t('safetyPage.meldcode.consultation.veiligThuisOn'),
    'veiligThuisAdvice.advice': t('safetyPage.meldcode.consultation.veiligThuisAdvice'),
  }

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    if (consult.isPending) return
    onStart()
    const checked = validate(ConsultationInput, {
      consulted: form.consulted,
      on: form.on,
      advice: form.advice,
      veiligThuisAdvice: form.askedVeiligThuis
        ? { on: form.veiligThuisOn, advice: form.veiligThuisAdvice }
        : null,
    })
    if (!checked.ok) return errors.showFieldErrors(errorsByField(checked.fieldErrors, fieldIds))
    errors.clear()
    consult.mutate(
      { trajectoryId: trajectory.id, input: checked.data },
      { onSuccess: onSaved, onError: errors.showError },
    )
  }

  return (
    <form onSubmit={onSubmit} noValidate className="naast-form naast-readable">
      <FormAlert
        {...errors}
        fieldErrors={fieldErrors}
        fieldIds={fieldIds}
        fieldLabels={fieldLabels}
        headingLevel={4}
      />
      <TextInputField
        id={fieldIds.consulted}
        label={fieldLabels.consulted}
        description={t('safetyPage.meldcode.consultation.consultedHint')}
        error={fieldErrors.consulted}
        value={form.consulted}
        onChange={(value) => set('consulted', value)}
      />
      <DateField
        id={fieldIds.on}
        label={fieldLabels.on}
        error={fieldErrors.on}
        max={today()}
        value={form.on}
        onChange={(value) => set('on', value)}
      />
      <TextAreaField
        id={fieldIds.advice}
        label={fieldLabels.advice}
        error={fieldErrors.advice}
        rows={4}
        value={form.advice}
        onChange={(value) => set('advice', value)}
      />
      <Checkbox
        id={`meldcode-${trajectory.id}-asked-veilig-thuis`}
        checked={form.askedVeiligThuis}
        onChange={(e) => set('askedVeiligThuis', e.target.checked)}
      >
        {t('safetyPage.meldcode.consultation.askedVeiligThuis')}
      </Checkbox>
      {form.askedVeiligThuis && (
        <div className="naast-subform naast-form">
          <DateField
            id={fieldIds['veiligThuisAdvice.on']}
            label={fieldLabels['veiligThuisAdvice.on']}
            error={fieldErrors['veiligThuisAdvice.on']}
            max={today()}
            value={form.veiligThuisOn}
            onChange={(value) => set('veiligThuisOn', value)}
          />
          <TextAreaField
            id={fieldIds['veiligThuisAdvice.advice']}
            label={fieldLabels['veiligThuisAdvice.advice']}
            error={fieldErrors['veiligThuisAdvice.advice']}
            rows={4}
            value={form.veiligThuisAdvice}
            onChange={(value) => set('veiligThuisAdvice', value)}
          />
        </div>
      )}
      <SubmitButton
        busy={consult.isPending}
        label={t('safetyPage.meldcode.consultation.save')}
        busyLabel={t('safetyPage.saving')}
      />
    </form>
  )
}

const conversationFields = ['held', 'on', 'withWhom', 'summary', 'reason'] as const

/** Step 3: the conversation with those involved (when, with whom, what was said), or why there was none. */
export function ConversationForm({ trajectory, onSaved, onStart }: StepFormProps) {
  const { t } = useTranslation()
  const converse = useConverse(trajectory.householdId)
  const errors = useFormErrors()
  const recorded = trajectory.conversation
  const [form, setForm] = useState(() => ({
    held: (recorded === null ? '' : recorded.held ? 'yes' : 'no') as '' | 'yes' | 'no',
    on: recorded?.held ? recorded.on : today(),
    withWhom: recorded?.held ? recorded.withWhom : '',
    summary: recorded?.held ? recorded.summary : '',
    reason: recorded && !recorded.held ? recorded.reason : '',
  }))
  const set = <K extends keyof typeof form>(key: K, value: (typeof form)[K]) =>
    setForm((previous) => ({ ...previous, [key]: value }))
  const fieldIds = stepFieldIds(trajectory.id, conversationFields)
  const fieldErrors = errorsByField(errors.fieldErrors, fieldIds)
  const fieldLabels = {
    held: t('safetyPage.meldcode.conversation.held'),
    on: t('safetyPage.meldcode.conversation.on'),
    withWhom: t('safetyPage.meldcode.conversation.withWhom'),
    summary: t('safetyPage.meldcode.conversation.summary'),
    reason: t('safetyPage.meldcode.conversation.reason'),
  }

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    if (converse.isPending) return
    onStart()
    if (!form.held) return errors.showFieldErrors({ held: sharedText('errors.chooseOption') })
    const checked = validate(
      ConversationStepInput,
      form.held === 'yes'
        ? { held: true, on: form.on, withWhom: form.withWhom, summary: form.summary }
        : { held: false, reason: form.reason },
    )
    if (!checked.ok)
      return errors.showFieldErrors(errorsByField(checked.fieldErrors as FieldErrors, fieldIds))
    errors.clear()
    converse.mutate(
      { trajectoryId: trajectory.id, input: checked.data },
      { onSuccess: onSaved, onError: errors.showError },
    )
  }

  return (
    <form onSubmit={onSubmit} noValidate className="naast-form naast-readable">
      <FormAlert
        {...errors}
        fieldErrors={fieldErrors}
        fieldIds={fieldIds}
        fieldLabels={fieldLabels}
        headingLevel={4}
      />
      <FormFieldSet id={fieldIds.held} kind="radio" legend={fieldLabels.held} error={fieldErrors.held}>
        {(group) => (
          <YesNoRadios
            name={fieldIds.held}
            value={form.held}
            invalid={group.invalid}
            onChange={(value) => set('held', value)}
          />
        )}
      </FormFieldSet>
      {form.held === 'yes' && (
        <div className="naast-subform naast-form">
          <DateField
            id={fieldIds.on}
            label={fieldLabels.on}
            error={fieldErrors.on}
            max={today()}
            value={form.on}
            onChange={(value) => set('on', value)}
          />
          <TextInputField
            id={fieldIds.withWhom}
            label={fieldLabels.withWhom}
            error={fieldErrors.withWhom}
            value={form.withWhom}
            onChange={(value) => set('withWhom', value)}
          />
          <TextAreaField
            id={fieldIds.summary}
            label={fieldLabels.summary}
            error={fieldErrors.summary}
            rows={4}
            value={form.summary}
            onChange={(value) => set('summary', value)}
          />
        </div>
      )}
      {form.held === 'no' && (
        <div className="naast-subform naast-form">
          <TextAreaField
            id={fieldIds.reason}
            label={fieldLabels.reason}
            description={t('safetyPage.meldcode.conversation.reasonHint')}
            error={fieldErrors.reason}
            rows={3}
            value={form.reason}
            onChange={(value) => set('reason', value)}
          />
        </div>
      )}
      <SubmitButton
        busy={converse.isPending}
        label={t('safetyPage.meldcode.conversation.save')}
        busyLabel={t('safetyPage.saving')}
      />
    </form>
  )
}
