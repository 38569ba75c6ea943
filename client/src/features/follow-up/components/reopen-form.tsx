import { useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { ReopenInput } from '#shared/contracts/follow-up'
import { useFormErrors, validate } from '../../../lib/form-errors.ts'
import { FormAlert, SubmitButton, TextAreaField } from '../../../components/form.tsx'
import { useReopenCase } from '../api/reopen-case.ts'

const fieldIds = { reason: 'reopen-reason' }

/**
 * "Heropenen": one reason, one button. The case is active support again at once; the closing, the check-ins and
 * every earlier phase stay in its history.
 */
export function ReopenForm({
  householdId,
  onReopened,
  onStart,
}: {
  householdId: number
  onReopened: (message: string) => void
  onStart: () => void
}) {
  const { t } = useTranslation()
  const reopen = useReopenCase(householdId)
  const errors = useFormErrors()
  const [reason, setReason] = useState('')

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    if (reopen.isPending) return
    onStart()
    const checked = validate(ReopenInput, { reason })
    if (!checked.ok) return errors.showFieldErrors(checked.fieldErrors)
    errors.clear()
    reopen.mutate(checked.data, {
      onSuccess: () => onReopened(t('followUp.closed.reopened')),
      onError: errors.showError,
    })
  }

  return (
    <form onSubmit={onSubmit} noValidate className="naast-form">
      <FormAlert
        {...errors}
        fieldIds={fieldIds}
        fieldLabels={{ reason: t('followUp.closed.reopenReason') }}
        headingLevel={4}
      />
      <TextAreaField
        id={fieldIds.reason}
        label={t('followUp.closed.reopenReason')}
        description={t('followUp.closed.reopenReasonHint')}
        error={errors.fieldErrors.reason}
        rows={2}
        value={reason}
        onChange={setReason}
      />
      <SubmitButton
        busy={reopen.isPending}
        label={t('followUp.closed.reopen')}
        busyLabel={t('followUp.closed.reopening')}
      />
    </form>
  )
}
