import { useTranslation } from 'react-i18next'
import type { FieldErrors } from '../../../lib/form-errors.ts'
import { today } from '../../../lib/today.ts'
import { DateField, TextAreaField, TextInputField } from '../../../components/form.tsx'

export const heldFields = [
  'heldOn',
  'participants',
  'considerations',
  'counterArguments',
  'advice',
  'followUp',
] as const
export type HeldField = (typeof heldFields)[number]
export type HeldValues = Record<HeldField, string>

export const emptyHeld = (): HeldValues => ({
  heldOn: today(),
  participants: '',
  considerations: '',
  counterArguments: '',
  advice: '',
  followUp: '',
})

/** The ids of the held fields, "reflection-3-advice"; `prefix` keeps two forms on one page apart. */
export function heldFieldIds(prefix: string): Record<HeldField, string> {
  return {
    heldOn: `${prefix}-held-on`,
    participants: `${prefix}-participants`,
    considerations: `${prefix}-considerations`,
    counterArguments: `${prefix}-counter-arguments`,
    advice: `${prefix}-advice`,
    followUp: `${prefix}-follow-up`,
  }
}

export function useHeldLabels(): Record<HeldField, string> {
  const { t } = useTranslation()
  return {
    heldOn: t('reflections.heldOn'),
    participants: t('reflections.participants'),
    considerations: t('reflections.considerations'),
    counterArguments: t('reflections.counterArguments'),
    advice: t('reflections.advice'),
    followUp: t('reflections.followUp'),
  }
}

/**
 * Errors from the schema or the server by the form's own fields ("held.heldOn" where the held details sit under
 * `held`), in the order of the form so the summary reads top down; anything else keeps its own key.
 */
export function errorsInOrder(fieldErrors: FieldErrors, fields: readonly string[]): FieldErrors {
  const ordered: FieldErrors = {}
  for (const field of fields) if (fieldErrors[field]) ordered[field] = fieldErrors[field]
  for (const [field, message] of Object.entries(fieldErrors)) ordered[field] ??= message
  return ordered
}

/** A reflection cannot have been held in the future; the server checks the same against its own clock. */
export function heldOnInFuture(heldOn: string) {
  return heldOn !== '' && heldOn > today()
}

/**
 * The report of a held reflection: when, who took part, the considerations, the counter-arguments heard
 * (tegenspraak; optional, as there may have been none), the advice and the follow-up decisions.
 */
export function HeldFields({
  ids,
  values,
  errors,
  onChange,
}: {
  ids: Record<HeldField, string>
  values: HeldValues
  /** By held field, without any "held." prefix. */
  errors: Partial<Record<HeldField, string>>
  onChange: (field: HeldField, value: string) => void
}) {
  const { t } = useTranslation()
  const labels = useHeldLabels()
  return (
    <>
      <DateField
        id={ids.heldOn}
        label={labels.heldOn}
        error={errors.heldOn}
        max={today()}
        value={values.heldOn}
        onChange={(value) => onChange('heldOn', value)}
      />
      <TextInputField
        id={ids.participants}
        label={labels.participants}
        description={t('reflections.participantsHint')}
        error={errors.participants}
        value={values.participants}
        onChange={(value) => onChange('participants', value)}
      />
      <TextAreaField
        id={ids.considerations}
        label={labels.considerations}
        description={t('reflections.considerationsHint')}
        error={errors.considerations}
        rows={4}
        value={values.considerations}
        onChange={(value) => onChange('considerations', value)}
      />
      <TextAreaField
        id={ids.counterArguments}
        label={labels.counterArguments}
        description={t('reflections.counterArgumentsHint')}
        error={errors.counterArguments}
        requirement="optional"
        rows={4}
        value={values.counterArguments}
        onChange={(value) => onChange('counterArguments', value)}
      />
      <TextAreaField
        id={ids.advice}
        label={labels.advice}
        description={t('reflections.adviceHint')}
        error={errors.advice}
        rows={3}
        value={values.advice}
        onChange={(value) => onChange('advice', value)}
      />
      <TextAreaField
        id={ids.followUp}
        label={labels.followUp}
        description={t('reflections.followUpHint')}
        error={errors.followUp}
        rows={3}
        value={values.followUp}
        onChange={(value) => onChange('followUp', value)}
      />
    </>
  )
}
