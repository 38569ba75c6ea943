import { useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { HeldInput } from '#shared/contracts/reflections'
import { useFormErrors, validate, type FieldErrors } from '../../../lib/form-errors.ts'
import { FormAlert, SubmitButton } from '../../../components/form.tsx'
import { useRecordReflection } from '../api/record-reflection.ts'
import {
  emptyHeld,
  errorsInOrder,
  heldFieldIds,
  heldFields,
  HeldFields,
  heldOnInFuture,
  useHeldLabels,
  type HeldValues,
} from './held-fields.tsx'

/** "Verslag vastleggen" under an asked-for reflection: once saved, the reflection shows as held. */
export function RecordReflectionForm({
  householdId,
  reflectionId,
  onRecorded,
}: {
  householdId: number
  reflectionId: number
  onRecorded: () => void
}) {
  const { t } = useTranslation()
  const record = useRecordReflection(householdId)
  const errors = useFormErrors()
  const labels = useHeldLabels()
  const [values, setValues] = useState<HeldValues>(emptyHeld)
  const ids = heldFieldIds(`reflection-${reflectionId}`)
  const fieldErrors = errorsInOrder(errors.fieldErrors, heldFields)

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    if (record.isPending) return
    const checked = validate(HeldInput, values)
    const problems: FieldErrors = checked.ok ? {} : { ...checked.fieldErrors }
    if (heldOnInFuture(values.heldOn)) problems.heldOn ??= t('errors.dateInFuture')
    if (!checked.ok || Object.keys(problems).length > 0) {
      return errors.showFieldErrors(errorsInOrder(problems, heldFields))
    }
    errors.clear()
    record.mutate({ reflectionId, input: checked.data }, { onSuccess: onRecorded, onError: errors.showError })
  }

  return (
    <form onSubmit={onSubmit} noValidate className="naast-form naast-readable">
      <FormAlert {...errors} fieldErrors={fieldErrors} fieldIds={ids} fieldLabels={labels} headingLevel={4} />
      <HeldFields
        ids={ids}
        values={values}
        errors={fieldErrors}
        onChange={(field, value) => setValues((previous) => ({ ...previous, [field]: value }))}
      />
      <SubmitButton
        busy={record.isPending}
        label={t('reflections.submitRecord')}
        busyLabel={t('reflections.saving')}
        variant="secondary"
      />
    </form>
  )
}
