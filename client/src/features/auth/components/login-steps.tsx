import { useEffect, useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { Button, Heading, Paragraph } from '@amsterdam/design-system-react'
import { SecondFactorInput, type EnrolledLogin } from '#shared/contracts/auth'
import { ApiRequestError } from '../../../lib/api.ts'
import { useFormErrors, validate } from '../../../lib/form-errors.ts'
import { FormAlert, SubmitButton } from '../../../components/form.tsx'
import { ErrorState, LoadingState, useFocusOnMount } from '../../../components/query-states.tsx'
import {
  isLoginStepExpired,
  useLogInEnrol,
  useLogInSecondFactor,
  useLoginEnrolment,
} from '../api/login-steps.ts'
import { CodeField, RecoveryCodeList, TotpSetupSteps } from '../../../components/two-factor-parts.tsx'

type StepProps = {
  /** The log-in cookie ran out: back to e-mail and password, with this message. */
  onExpired: (message: string) => void
  /** Back to e-mail and password by choice (another account, or the phone is not at hand). */
  onStartAgain: () => void
}

const secondFactorIds = { code: 'login-second-factor-code' }
const enrolIds = { code: 'login-enrol-code' }

/** "Inloggen in twee stappen": the code from the authenticator app, or one of the recovery codes. */
export function SecondFactorStep({ onExpired, onStartAgain }: StepProps) {
  const { t } = useTranslation()
  const verify = useLogInSecondFactor()
  const errors = useFormErrors()
  const onError = useStepErrorHandler(errors, onExpired)
  const [code, setCode] = useState('')
  const headingRef = useFocusOnMount<HTMLHeadingElement>()

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    if (verify.isPending) return
    const checked = validate(SecondFactorInput, { code })
    if (!checked.ok) return errors.showFieldErrors(checked.fieldErrors)
    errors.clear()
    verify.mutate(checked.data, { onError })
  }

  return (
    <div className="naast-stack naast-narrow">
      <Heading level={1} ref={headingRef} tabIndex={-1} className="naast-focus-target">
        {t('account.login.secondFactorTitle')}
      </Heading>
      <Paragraph>{t('account.login.secondFactorIntro')}</Paragraph>
      <FormAlert
        {...errors}
        fieldIds={secondFactorIds}
        headingLevel={2}
        formErrorTitle={t('account.login.failedTitle')}
      />
      <form onSubmit={onSubmit} noValidate className="naast-form">
        <CodeField
          id={secondFactorIds.code}
          label={t('account.login.codeLabel')}
          description={t('account.login.codeHint')}
          error={errors.fieldErrors.code}
          value={code}
          onChange={setCode}
          acceptsRecoveryCode
        />
        <SubmitButton
          busy={verify.isPending}
          label={t('account.login.submit')}
          busyLabel={t('account.login.submitting')}
        />
      </form>
      <Paragraph size="small">{t('account.login.lostEverything')}</Paragraph>
      <Button variant="tertiary" onClick={onStartAgain}>
        {t('account.login.startAgain')}
      </Button>
    </div>
  )
}

/**
 * A role that must log in with two factors and has none yet sets it up before getting in: the QR code, the key to
 * type instead, and a code from the app to confirm. The ten recovery codes come next (onEnrolled).
 */
export function EnrolStep({
  onExpired,
  onStartAgain,
  onEnrolled,
}: StepProps & { onEnrolled: (result: EnrolledLogin) => void }) {
  const { t } = useTranslation()
  const enrolment = useLoginEnrolment()
  const enrol = useLogInEnrol()
  const errors = useFormErrors()
  const onError = useStepErrorHandler(errors, onExpired)
  const [code, setCode] = useState('')
  const headingRef = useFocusOnMount<HTMLHeadingElement>()

  const expired = enrolment.isError && isLoginStepExpired(enrolment.error)
  useEffect(() => {
    if (expired) onExpired(t('errors.loginStepExpired'))
  }, [expired, onExpired, t])

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    if (enrol.isPending) return
    const checked = validate(SecondFactorInput, { code })
    if (!checked.ok) return errors.showFieldErrors(checked.fieldErrors)
    errors.clear()
    enrol.mutate(checked.data, { onSuccess: onEnrolled, onError })
  }

  return (
    <div className="naast-stack naast-narrow">
      <Heading level={1} ref={headingRef} tabIndex={-1} className="naast-focus-target">
        {t('account.login.enrolTitle')}
      </Heading>
      <Paragraph>{t('account.login.enrolIntro')}</Paragraph>
      {enrolment.isPending || expired ? (
        <LoadingState />
      ) : enrolment.isError ? (
        <ErrorState error={enrolment.error} onRetry={() => void enrolment.refetch()} />
      ) : (
        <>
          <TotpSetupSteps setup={enrolment.data} headingLevel={2} />
          <FormAlert
            {...errors}
            fieldIds={enrolIds}
            headingLevel={2}
            formErrorTitle={t('account.login.failedTitle')}
          />
          <form onSubmit={onSubmit} noValidate className="naast-form">
            <CodeField
              id={enrolIds.code}
              label={t('account.setup.codeLabel')}
              description={t('account.setup.codeHint')}
              error={errors.fieldErrors.code}
              value={code}
              onChange={setCode}
            />
            <SubmitButton
              busy={enrol.isPending}
              label={t('account.login.enrolSubmit')}
              busyLabel={t('account.setup.checking')}
            />
          </form>
        </>
      )}
      <Button variant="tertiary" onClick={onStartAgain}>
        {t('account.login.startAgain')}
      </Button>
    </div>
  )
}

/** Two-factor log-in is on and the user is in: the recovery codes, once, then on to where they were going. */
export function EnrolledStep({ result, onContinue }: { result: EnrolledLogin; onContinue: () => void }) {
  const { t } = useTranslation()
  return (
    <div className="naast-stack naast-narrow">
      <Heading level={1}>{t('account.login.enrolledTitle')}</Heading>
      <Paragraph>{t('account.login.enrolledIntro')}</Paragraph>
      <RecoveryCodeList
        codes={result.recoveryCodes}
        headingLevel={2}
        action={<Button onClick={onContinue}>{t('account.login.continue')}</Button>}
      />
    </div>
  )
}

/**
 * A code refused (wrong, or used already) is said next to the field, whatever form the server's answer takes; an
 * expired log-in step starts again; too many tries say how long to wait.
 */
function useStepErrorHandler(errors: ReturnType<typeof useFormErrors>, onExpired: (message: string) => void) {
  const { t } = useTranslation()
  return (error: Error) => {
    if (isLoginStepExpired(error)) return onExpired(t('errors.loginStepExpired'))
    if (!(error instanceof ApiRequestError)) return errors.showError(error)
    if (error.status === 429) {
      const minutes = Math.max(1, Math.ceil((error.retryAfterSeconds ?? 60) / 60))
      return errors.showMessage(t('errors.tooManyAttempts', { minutes }))
    }
    const onField = error.fieldErrors.code
    if (onField || ([400, 409, 422].includes(error.status) && error.message))
      return errors.showFieldErrors({ code: onField ?? error.message })
    errors.showError(error)
  }
}
