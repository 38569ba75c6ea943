import { useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { Heading, Paragraph, PasswordInput } from '@amsterdam/design-system-react'
import { ChangePasswordInput } from '#shared/contracts/auth'
import { ApiRequestError } from '../../../lib/api.ts'
import { useFormErrors, validate, type FieldErrors } from '../../../lib/form-errors.ts'
import { FormAlert, FormField, StatusMessage, SubmitButton } from '../../../components/form.tsx'
import { useChangePassword } from '../api/sessions.ts'

const fieldIds = {
  currentPassword: 'account-current-password',
  newPassword: 'account-new-password',
  repeat: 'account-new-password-repeat',
}

const emptyForm = { currentPassword: '', newPassword: '', repeat: '' }

/** "Wachtwoord wijzigen": the current password and a new one; the server logs out the user's other devices. */
export function PasswordSection() {
  const { t } = useTranslation()
  const change = useChangePassword()
  const errors = useFormErrors()
  const [form, setForm] = useState(emptyForm)
  const [changed, setChanged] = useState(false)
  const set = (key: keyof typeof emptyForm, value: string) =>
    setForm((previous) => ({ ...previous, [key]: value }))

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    if (change.isPending) return
    setChanged(false)
    const checked = validate(ChangePasswordInput, {
      currentPassword: form.currentPassword,
      newPassword: form.newPassword,
    })
    const fieldErrors: FieldErrors = checked.ok ? {} : { ...checked.fieldErrors }
    // Nothing typed yet is "fill this in", as for the other field, rather than "at least 12 characters".
    if (form.newPassword === '') fieldErrors.newPassword = t('errors.required')
    // Only a new password long enough is compared: one message per field is enough.
    if (!fieldErrors.newPassword && form.repeat !== form.newPassword)
      fieldErrors.repeat = t('account.password.differ')
    if (!checked.ok || Object.keys(fieldErrors).length > 0) return errors.showFieldErrors(fieldErrors)
    errors.clear()
    change.mutate(checked.data, {
      onSuccess: () => {
        setForm(emptyForm)
        setChanged(true)
      },
      onError: (error) => {
        if (error instanceof ApiRequestError && error.status === 429) {
          const minutes = Math.max(1, Math.ceil((error.retryAfterSeconds ?? 60) / 60))
          return errors.showMessage(t('errors.tooManyAttempts', { minutes }))
        }
        errors.showError(error)
      },
    })
  }

  const fieldLabels = {
    currentPassword: t('account.password.current'),
    newPassword: t('account.password.new'),
    repeat: t('account.password.repeat'),
  }

  return (
    <section aria-labelledby="account-password" className="naast-stack naast-narrow">
      <Heading level={2} id="account-password">
        {t('account.password.title')}
      </Heading>
      <Paragraph>{t('account.password.intro')}</Paragraph>
      {changed && (
        <StatusMessage
          heading={t('account.password.changed')}
          headingLevel={3}
          onClose={() => setChanged(false)}
        />
      )}
      <FormAlert {...errors} fieldIds={fieldIds} fieldLabels={fieldLabels} headingLevel={3} />
      <form onSubmit={onSubmit} noValidate className="naast-form">
        <FormField
          id={fieldIds.currentPassword}
          label={fieldLabels.currentPassword}
          error={errors.fieldErrors.currentPassword}
        >
          {(control) => (
            <PasswordInput
              {...control}
              name="current-password"
              autoComplete="current-password"
              value={form.currentPassword}
              onChange={(event) => set('currentPassword', event.target.value)}
            />
          )}
        </FormField>
        <FormField
          id={fieldIds.newPassword}
          label={fieldLabels.newPassword}
          description={t('account.password.newHint')}
          error={errors.fieldErrors.newPassword}
        >
          {(control) => (
            <PasswordInput
              {...control}
              name="new-password"
              autoComplete="new-password"
              value={form.newPassword}
              onChange={(event) => set('newPassword', event.target.value)}
            />
          )}
        </FormField>
        <FormField id={fieldIds.repeat} label={fieldLabels.repeat} error={errors.fieldErrors.repeat}>
          {(control) => (
            <PasswordInput
              {...control}
              name="new-password-repeat"
              autoComplete="new-password"
              value={form.repeat}
              onChange={(event) => set('repeat', event.target.value)}
            />
          )}
        </FormField>
        <SubmitButton
          busy={change.isPending}
          label={t('account.password.submit')}
          busyLabel={t('account.password.submitting')}
        />
      </form>
    </section>
  )
}
