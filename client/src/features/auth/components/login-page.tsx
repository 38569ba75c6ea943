import { useEffect, useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { Navigate, useSearchParams } from 'react-router'
import { Alert, Heading, Link, Paragraph, PasswordInput, TextInput } from '@amsterdam/design-system-react'
import { LoginInput, type EnrolledLogin, type LoginResult } from '#shared/contracts/auth'
import { ApiRequestError } from '../../../lib/api.ts'
import { useFormErrors, validate } from '../../../lib/form-errors.ts'
import { useMe } from '../../../lib/session.ts'
import { useDocumentTitle } from '../../../lib/use-document-title.ts'
import { FormAlert, FormField, SubmitButton } from '../../../components/form.tsx'
import { LoadingState } from '../../../components/query-states.tsx'
import { RouterLink } from '../../../components/router-link.tsx'
import { paths, returnToParam, safeReturnPath } from '../../../app/paths.ts'
import { useLogIn } from '../api/log-in.ts'
import { useFinishLogIn } from '../api/login-steps.ts'
import { EnrolledStep, EnrolStep, SecondFactorStep } from './login-steps.tsx'

const fieldIds = { email: 'login-email', password: 'login-password' }

/**
 * Where a log-in stands. After the password: straight in, the code from the app, or (a role that must have two-factor
 * log-in and has none yet) setting it up, after which the recovery codes are shown once.
 */
type Step =
  | { name: 'password'; notice?: string; returned?: boolean }
  | { name: 'secondFactor' }
  | { name: 'enrol' }
  | { name: 'enrolled'; result: EnrolledLogin }

export function LoginPage() {
  const { t } = useTranslation()
  const me = useMe()
  const [searchParams] = useSearchParams()
  const returnTo = searchParams.get(returnToParam)
  const finishLogIn = useFinishLogIn()
  const [step, setStep] = useState<Step>({ name: 'password' })
  // Kept across the steps, so starting again does not mean typing the address again.
  const [email, setEmail] = useState('')
  useDocumentTitle(
    step.name === 'secondFactor'
      ? t('account.login.secondFactorTitle')
      : step.name === 'enrol'
        ? t('account.login.enrolTitle')
        : step.name === 'enrolled'
          ? t('account.login.enrolledTitle')
          : t('login.title'),
  )
  const onExpired = (notice: string) => setStep({ name: 'password', notice, returned: true })
  const onStartAgain = () => setStep({ name: 'password', returned: true })

  // Logged in (already, or just now): go to the page they wanted, or their start page.
  if (me.data) return <Navigate to={safeReturnPath(returnTo, me.data)} replace />
  if (me.isPending) return <LoadingState />

  switch (step.name) {
    case 'secondFactor':
      return <SecondFactorStep onExpired={onExpired} onStartAgain={onStartAgain} />
    case 'enrol':
      return (
        <EnrolStep
          onExpired={onExpired}
          onStartAgain={onStartAgain}
          onEnrolled={(result) => setStep({ name: 'enrolled', result })}
        />
      )
    case 'enrolled':
      return <EnrolledStep result={step.result} onContinue={() => finishLogIn(step.result.me)} />
    case 'password':
      return (
        <PasswordStep
          // A new notice is a new start: the form's own errors are cleared with it.
          key={step.notice}
          returnTo={returnTo}
          notice={step.notice}
          focusHeading={step.returned === true && !step.notice}
          email={email}
          onEmailChange={setEmail}
          onNext={(result) => {
            if (result.status === 'secondFactor') setStep({ name: 'secondFactor' })
            if (result.status === 'enrol') setStep({ name: 'enrol' })
          }}
        />
      )
  }
}

type PasswordStepProps = {
  returnTo: string | null
  /** Why the user is back here (the log-in step took too long). */
  notice: string | undefined
  focusHeading: boolean
  email: string
  onEmailChange: (email: string) => void
  onNext: (result: LoginResult) => void
}

function PasswordStep({ returnTo, notice, focusHeading, email, onEmailChange, onNext }: PasswordStepProps) {
  const { t } = useTranslation()
  const logIn = useLogIn()
  const errors = useFormErrors()
  const { showMessage } = errors
  const [password, setPassword] = useState('')
  const [heading, setHeading] = useState<HTMLHeadingElement | null>(null)

  useEffect(() => {
    if (notice) showMessage(notice)
  }, [notice, showMessage])
  useEffect(() => {
    if (focusHeading) heading?.focus()
  }, [focusHeading, heading])

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    if (logIn.isPending) return
    const checked = validate(LoginInput, { email, password })
    if (!checked.ok) return errors.showFieldErrors(checked.fieldErrors)
    errors.clear()
    logIn.mutate(checked.data, {
      onSuccess: onNext,
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
      <Heading level={1} ref={setHeading} tabIndex={-1} className="naast-focus-target">
        {t('login.title')}
      </Heading>
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
              onChange={(event) => onEmailChange(event.target.value)}
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
