import { useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { Checkbox, Paragraph } from '@amsterdam/design-system-react'
import { RequestReflectionInput } from '#shared/contracts/reflections'
import { useFormErrors, validate, type FieldErrors } from '../../../lib/form-errors.ts'
import { FormAlert, FormFieldSet, SubmitButton, TextAreaField } from '../../../components/form.tsx'
import { useRequestReflection } from '../api/request-reflection.ts'
import {
  emptyHeld,
  errorsInOrder,
  heldFieldIds,
  heldFields,
  HeldFields,
  heldOnInFuture,
  useHeldLabels,
  type HeldField,
  type HeldValues,
} from './held-fields.tsx'

const questionId = 'reflection-question'
const heldNowId = 'reflection-held-now'
const heldIds = heldFieldIds('reflection-new')
/** The fields as the schema and the server name them: the held details sit under `held`. */
const fieldIds: Record<string, string> = {
  question: questionId,
  ...Object.fromEntries(heldFields.map((field) => [`held.${field}`, heldIds[field]])),
}

/**
 * "Reflectie vragen": a question to put to colleagues. When the reflection already took place (a supervisor
 * recording one held in the team meeting), its report can be recorded at once.
 */
export function RequestReflectionForm({
  householdId,
  onRequested,
  onStart,
}: {
  householdId: number
  onRequested: (held: boolean) => void
  /** A new attempt: the section clears its last confirmation. */
  onStart: () => void
}) {
  const { t } = useTranslation()
  const request = useRequestReflection(householdId)
  const errors = useFormErrors()
  const heldLabels = useHeldLabels()
  const [question, setQuestion] = useState('')
  const [heldNow, setHeldNow] = useState(false)
  const [held, setHeld] = useState<HeldValues>(emptyHeld)
  const fieldErrors = errorsInOrder(errors.fieldErrors, Object.keys(fieldIds))
  const fieldLabels: Record<string, string> = {
    question: t('reflections.questionLabel'),
    ...Object.fromEntries(heldFields.map((field) => [`held.${field}`, heldLabels[field]])),
  }
  const heldErrors: Partial<Record<HeldField, string>> = Object.fromEntries(
    heldFields.map((field) => [field, fieldErrors[`held.${field}`]]),
  )

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    if (request.isPending) return
    onStart()
    const checked = validate(RequestReflectionInput, { question, held: heldNow ? held : null })
    const problems: FieldErrors = checked.ok ? {} : { ...checked.fieldErrors }
    if (heldNow && heldOnInFuture(held.heldOn)) problems['held.heldOn'] ??= t('errors.dateInFuture')
    if (!checked.ok || Object.keys(problems).length > 0) {
      return errors.showFieldErrors(errorsInOrder(problems, Object.keys(fieldIds)))
    }
    errors.clear()
    request.mutate(checked.data, {
      onSuccess: () => {
        setQuestion('')
        setHeldNow(false)
        setHeld(emptyHeld())
        onRequested(heldNow)
      },
      onError: errors.showError,
    })
  }

  return (
    <form onSubmit={onSubmit} noValidate className="naast-form naast-card naast-readable">
      <FormAlert
        {...errors}
        fieldErrors={fieldErrors}
        fieldIds={fieldIds}
        fieldLabels={fieldLabels}
        headingLevel={3}
      />
      <TextAreaField
        id={questionId}
        label={t('reflections.questionLabel')}
        description={t('reflections.questionHint')}
        error={fieldErrors.question}
        rows={3}
        value={question}
        onChange={setQuestion}
      />
      <div className="naast-field">
        <Checkbox
          id={heldNowId}
          aria-describedby={`${heldNowId}-hint`}
          checked={heldNow}
          onChange={(event) => setHeldNow(event.target.checked)}
        >
          {t('reflections.alreadyHeld')}
        </Checkbox>
        <Paragraph id={`${heldNowId}-hint`} size="small" className="naast-checkbox-hint">
          {t('reflections.alreadyHeldHint')}
        </Paragraph>
      </div>
      {heldNow && (
        <FormFieldSet
          id="reflection-new-held"
          kind="group"
          requirement="none"
          legend={t('reflections.heldLegend')}
          className="naast-subform naast-reflection-held"
        >
          {() => (
            <HeldFields
              ids={heldIds}
              values={held}
              errors={heldErrors}
              onChange={(field, value) => setHeld((previous) => ({ ...previous, [field]: value }))}
            />
          )}
        </FormFieldSet>
      )}
      <SubmitButton
        busy={request.isPending}
        label={heldNow ? t('reflections.submitRequestHeld') : t('reflections.submitRequest')}
        busyLabel={t('reflections.saving')}
      />
    </form>
  )
}
