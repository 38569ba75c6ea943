import { useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { Navigate } from 'react-router'
import { Heading, Link, Paragraph, PasswordInput, TextInput } from '@amsterdam/design-system-react'
import { ActivateInput } from '#shared/contracts/auth'
import { ApiRequestError } from '../../../lib/api.ts'
import { useFormErrors, validate, type FieldErrors } from '../../../lib/form-errors.ts'
import { useMe } from '../../../lib/session.ts'
import { useDocumentTitle } from '../../../lib/use-document-title.ts'
import { FormAlert, FormField, SubmitButton } from '../../../components/form.tsx'
import { LoadingState } from '../../../components/query-states.tsx'
import { RouterLink } from '../../../components/router-link.tsx'
import { paths, startPath } from '../../../app/paths.ts'
import { useActivate } from '../api/activate.ts'

const fieldIds = {
  email: 'activate-email',
  code: 'activate-code',
  password: 'activate-password',
  passwordRepeat: 'activate-password-repeat',
}

const emptyForm = { email: '', code: '', password: '', passwordRepeat: '' }

/**
 * "Uw inlog activeren": a household member uses the one-time code their worker gave them, chooses a password of
 * their own, and is logged in. Household-facing, so in plain words (B1).
 */
export function ActivatePage() {
  const { t } = useTranslation()
  useDocumentTitle(t('activation.title'))
  const me = useMe()
  const activate = useActivate()
  const errors = useFormErrors()
  const [form, setForm] = useState(emptyForm)
  const set = (key: keyof typeof emptyForm, value: string) =>
    setForm((previous) => ({ ...previous, [key]: value }))

  // Logged in (already, or just now after activating): on to their start page, as after log-in.
  if (me.data) return <Navigate to={startPath(me.data)} replace />
  if (me.isPending) return <LoadingState />

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    if (activate.isPending) return
    const checked = validate(ActivateInput, { email: form.email, code: form.code, password: form.password })
    const fieldErrors: FieldErrors = checked.ok ? {} : { ...checked.fieldErrors }
    // Nothing typed yet is "fill this in", as for the other fields, rather than "at least 12 characters".
    if (form.password === '') fieldErrors.password = t('errors.required')
    // Only a password long enough is compared: one message per field is enough.
    if (!fieldErrors.password && form.passwordRepeat !== form.password)
      fieldErrors.passwordRepeat = t('activation.passwordsDiffer')
    if (!checked.ok || Object.keys(fieldErrors).length > 0) return errors.showFieldErrors(fieldErrors)
    errors.clear()
    activate.mutate(checked.data, {
      onError: (error) => {
        if (error instanceof ApiRequestError && error.status === 429) {
          const minutes = Math.max(1, Math.ceil((error.retryAfterSeconds ?? 60) / 60))
          return errors.showMessage(t('errors.tooManyAttempts', { minutes }))
        }
        // A 401 carries one message for every kind of mismatch (wrong, used or expired code; other address).
        errors.showError(error)
      },
    })
  }

  const fieldLabels = {
    email: t('activation.email'),
    code: t('activation.code'),
    password: t('activation.password'),
    passwordRepeat: t('activation.passwordRepeat'),
  }

  return (
    <div className="naast-stack naast-narrow">
      <Heading level={1}>{t('activation.title')}</Heading>
      <Paragraph>{t('activation.intro')}</Paragraph>
      <FormAlert
        {...errors}
        fieldIds={fieldIds}
        fieldLabels={fieldLabels}
        headingLevel={2}
        formErrorTitle={t('activation.failedTitle')}
      />
      <form onSubmit={onSubmit} noValidate className="naast-form">
        <FormField
          id={fieldIds.email}
          label={fieldLabels.email}
          description={t('activation.emailHint')}
          error={errors.fieldErrors.email}
        >
          {(control) => (
            <TextInput
              {...control}
              name="email"
              type="email"
              autoComplete="username"
              value={form.email}
              onChange={(event) => set('email', event.target.value)}
            />
          )}
        </FormField>
        <FormField
          id={fieldIds.code}
          label={fieldLabels.code}
          description={t('activation.codeHint')}
          error={errors.fieldErrors.code}
        >
          {(control) => (
            <TextInput
              {...control}
              name="code"
              autoComplete="one-time-code"
              autoCapitalize="characters"
              spellCheck={false}
              size={12}
              value={form.code}
              onChange={(event) => set('code', event.target.value)}
            />
          )}
        </FormField>
        <FormField
          id={fieldIds.password}
          label={fieldLabels.password}
          description={t('activation.passwordHint')}
          error={errors.fieldErrors.password}
        >
          {(control) => (
            <PasswordInput
              {...control}
              name="password"
              autoComplete="new-password"
              value={form.password}
              onChange={(event) => set('password', event.target.value)}
            />
          )}
        </FormField>
        <FormField
          id={fieldIds.passwordRepeat}
          label={fieldLabels.passwordRepeat}
          error={errors.fieldErrors.passwordRepeat}
        >
          {(control) => (
            <PasswordInput
              {...control}
              name="password-repeat"
              autoComplete="new-password"
              value={form.passwordRepeat}
              onChange={(event) => set('passwordRepeat', event.target.value)}
            />
          )}
        </FormField>
        <SubmitButton
          busy={activate.isPending}
          label={t('activation.submit')}
          busyLabel={t('activation.submitting')}
        />
      </form>
      <Paragraph>{t('activation.newCode')}</Paragraph>
      <Paragraph>
        {t('activation.haveAccount')}{' '}
        <Link href={paths.login} linkComponent={RouterLink}>
          {t('activation.toLogin')}
        </Link>
      </Paragraph>
    </div>
  )
}
