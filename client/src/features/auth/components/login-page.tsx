import { useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { Navigate, useSearchParams } from 'react-router'
import { Alert, Heading, Link, Paragraph, PasswordInput, TextInput } from '@amsterdam/design-system-react'
import { LoginInput } from '#shared/contracts/auth'
import { ApiRequestError } from '../../../lib/api.ts'
import { useFormErrors, validate } from '../../../lib/form-errors.ts'
import { useMe } from '../../../lib/session.ts'
import { useDocumentTitle } from '../../../lib/use-document-title.ts'
import { FormAlert, FormField, SubmitButton } from '../../../components/form.tsx'
import { LoadingState } from '../../../components/query-states.tsx'
import { RouterLink } from '../../../components/router-link.tsx'
import { paths, returnToParam, safeReturnPath } from '../../../app/paths.ts'
import { useLogIn } from '../api/log-in.ts'

const fieldIds = { email: 'login-email', password: 'login-password' }

export function LoginPage() {
  const { t } = useTranslation()
  useDocumentTitle(t('login.title'))
  const me = useMe()
  const [searchParams] = useSearchParams()
  const returnTo = searchParams.get(returnToParam)
  const logIn = useLogIn()
  const errors = useFormErrors()
  const [email, setEmail] = useState('')
  const [password, setPassword] = useState('')

  // Logged in (already, or just now): go to the page they wanted, or their start page.
  if (me.data) return <Navigate to={safeReturnPath(returnTo, me.data)} replace />
  if (me.isPending) return <LoadingState />

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    if (logIn.isPending) return
    const checked = validate(LoginInput, { email, password })
    if (!checked.ok) return errors.showFieldErrors(checked.fieldErrors)
    errors.clear()
    logIn.mutate(checked.data, {
      onError: (error) => {
        // Never say which of the two was wrong: that would tell an attacker which e-mail addresses exist.
        if (error instanceof ApiRequestError && error.status === 401)
          return errors.showMessage(t('errors.loginFailed'))
        if (error instanceof ApiRequestError && error.status === 429) {
          const minutes = Math.max(1, Math.ceil((error.retryAfterSeconds ?? 60) / 60))
          return errors.showMessage(t('errors.tooManyAttempts', { minutes }))
        }
        errors.showError(error)
      },
    })
  }

  const hasErrors = Object.keys(errors.fieldErrors).length > 0 || errors.formError !== undefined

  return (
    <div className="naast-stack naast-narrow">
      <Heading level={1}>{t('login.title')}</Heading>
      <Paragraph>{t('login.intro')}</Paragraph>
      {returnTo && !hasErrors && (
        <Alert heading={t('login.loginNeededTitle')} headingLevel={2}>
          <Paragraph>{t('errors.unauthenticated')}</Paragraph>
        </Alert>
      )}
      <FormAlert {...errors} fieldIds={fieldIds} headingLevel={2} formErrorTitle={t('login.failedTitle')} />
      <form onSubmit={onSubmit} noValidate className="naast-form">
        <FormField id={fieldIds.email} label={t('login.email')} error={errors.fieldErrors.email}>
          {(control) => (
            <TextInput
              {...control}
              name="email"
              type="email"
              autoComplete="username"
              value={email}
              onChange={(event) => setEmail(event.target.value)}
            />
          )}
        </FormField>
        <FormField id={fieldIds.password} label={t('login.password')} error={errors.fieldErrors.password}>
          {(control) => (
            <PasswordInput
              {...control}
              name="password"
              autoComplete="current-password"
              value={password}
              onChange={(event) => setPassword(event.target.value)}
            />
          )}
        </FormField>
        <SubmitButton busy={logIn.isPending} label={t('login.submit')} busyLabel={t('login.submitting')} />
      </form>
      <Paragraph>
        {t('activation.fromLogin')}{' '}
        <Link href={paths.activate} linkComponent={RouterLink}>
          {t('activation.fromLoginLink')}
        </Link>
      </Paragraph>
    </div>
  )
}
