import { useRef, useState, type FormEvent, type ReactNode } from 'react'
import type { UseMutationResult } from '@tanstack/react-query'
import { useTranslation } from 'react-i18next'
import { ActionGroup, Button, Heading, Paragraph, PasswordInput } from '@amsterdam/design-system-react'
import { SecondFactorInput, type RecoveryCodes, type TotpSetup } from '#shared/contracts/auth'
import { DisableTwoFactorInput, type TwoFactorStatus } from '#shared/contracts/account'
import { formatDate } from '#shared/domain/dates'
import { errorText } from '../../../lib/api.ts'
import { useFormErrors, validate } from '../../../lib/form-errors.ts'
import { currentLanguage } from '../../../lib/i18n.ts'
import { FormAlert, FormField, SubmitButton } from '../../../components/form.tsx'
import { FocusedStatus } from '../../../components/focused-status.tsx'
import { QueryResult, useFocusOnMount } from '../../../components/query-states.tsx'
import {
  useConfirmTwoFactor,
  useDisableTwoFactor,
  useNewRecoveryCodes,
  useSetupTwoFactor,
  useTwoFactorStatus,
} from '../api/two-factor.ts'
import { showCodeError } from './code-error.ts'
import { CodeField, RecoveryCodeList, TotpSetupSteps } from '../../../components/two-factor-parts.tsx'

/** "Inloggen in twee stappen": status, switching it on (QR code), new recovery codes, switching it off. */
export function TwoFactorSection() {
  const { t } = useTranslation()
  const status = useTwoFactorStatus()
  return (
    <section aria-labelledby="account-two-factor" className="naast-stack naast-narrow">
      <Heading level={2} id="account-two-factor">
        {t('account.twoFactor.title')}
      </Heading>
      <Paragraph>{t('account.twoFactor.explain')}</Paragraph>
      <QueryResult query={status} errorHeadingLevel={3}>
        {(current) => <TwoFactorContent status={current} />}
      </QueryResult>
    </section>
  )
}

type Panel = 'none' | 'setup' | 'newCodes' | 'turnOff'

function TwoFactorContent({ status }: { status: TwoFactorStatus }) {
  const { t } = useTranslation()
  const setup = useSetupTwoFactor()
  const [panel, setPanel] = useState<Panel>('none')
  // Recovery codes are shown once, right after they are made; `replaced` is how many old ones stopped working.
  const [codes, setCodes] = useState<{ list: string[]; replaced?: number } | null>(null)
  const [message, setMessage] = useState<string | null>(null)
  const statusRef = useRef<HTMLParagraphElement>(null)

  /** After a panel closes its controls are gone: focus goes to the status line, which says what is now the case. */
  function close(nextMessage?: string) {
    setPanel('none')
    setMessage(nextMessage ?? null)
    if (!nextMessage) requestAnimationFrame(() => statusRef.current?.focus())
  }

  if (codes)
    return (
      <RecoveryCodeList
        codes={codes.list}
        headingLevel={3}
        action={
          <Button
            onClick={() => {
              setCodes(null)
              requestAnimationFrame(() => statusRef.current?.focus())
            }}
          >
            {t('account.recovery.done')}
          </Button>
        }
      >
        {codes.replaced !== undefined && (
          <Paragraph>{t('account.twoFactor.newCodesMade', { count: codes.replaced })}</Paragraph>
        )}
      </RecoveryCodeList>
    )

  const state = !status.enabled
    ? t('account.twoFactor.off')
    : status.enabledAt
      ? t('account.twoFactor.onSince', { date: formatDate(status.enabledAt, currentLanguage()) })
      : t('account.twoFactor.on')

  function toggle(next: Panel) {
    setMessage(null)
    setPanel((current) => (current === next ? 'none' : next))
  }

  return (
    <>
      {message && <FocusedStatus key={message} heading={message} onClose={() => setMessage(null)} />}
      <Paragraph ref={statusRef} tabIndex={-1} className="naast-focus-target">
        <strong>{t('account.twoFactor.statusLabel')}</strong> {state}.{' '}
        {status.required
          ? t('account.twoFactor.required')
          : !status.enabled && t('account.twoFactor.optional')}
      </Paragraph>
      {status.enabled && (
        <Paragraph>
          {status.recoveryCodesLeft > 0
            ? t('account.twoFactor.codesLeft', { count: status.recoveryCodesLeft })
            : t('account.twoFactor.noCodesLeft')}
        </Paragraph>
      )}
      {status.enabled ? (
        <ActionGroup>
          <Button variant="secondary" aria-expanded={panel === 'newCodes'} onClick={() => toggle('newCodes')}>
            {t('account.twoFactor.newCodes')}
          </Button>
          {/* Administrators and supervisors must keep it on: the server refuses, so the button is not offered. */}
          {!status.required && (
            <Button variant="secondary" aria-expanded={panel === 'turnOff'} onClick={() => toggle('turnOff')}>
              {t('account.twoFactor.turnOff')}
            </Button>
          )}
        </ActionGroup>
      ) : (
        panel !== 'setup' && (
          <Button
            aria-disabled={setup.isPending || undefined}
            onClick={() => {
              if (setup.isPending) return
              setMessage(null)
              setup.mutate(undefined, { onSuccess: () => setPanel('setup') })
            }}
          >
            {setup.isPending ? t('account.twoFactor.turningOn') : t('account.twoFactor.turnOn')}
          </Button>
        )
      )}
      {setup.isError && panel !== 'setup' && (
        <Paragraph role="alert" className="naast-error-text">
          {errorText(setup.error, t)}
        </Paragraph>
      )}
      {panel === 'setup' && setup.data && (
        <SetupPanel
          setup={setup.data}
          onDone={(list) => {
            setPanel('none')
            setCodes({ list })
          }}
          onCancel={() => close()}
        />
      )}
      {panel === 'newCodes' && (
        <NewCodesPanel
          left={status.recoveryCodesLeft}
          onDone={(list, replaced) => {
            setPanel('none')
            setCodes({ list, replaced })
          }}
          onCancel={() => close()}
        />
      )}
      {panel === 'turnOff' && (
        <TurnOffPanel onDone={() => close(t('account.twoFactor.turnedOff'))} onCancel={() => close()} />
      )}
    </>
  )
}

/** The QR code and key of a new secret, and a code from the app to switch two-factor log-in on. */
function SetupPanel({
  setup,
  onDone,
  onCancel,
}: {
  setup: TotpSetup
  onDone: (codes: string[]) => void
  onCancel: () => void
}) {
  const { t } = useTranslation()
  return (
    <CodePanel
      title={t('account.twoFactor.setupTitle')}
      intro={<TotpSetupSteps setup={setup} headingLevel={4} />}
      fieldId="account-setup-code"
      codeHint={t('account.setup.codeHint')}
      submitLabel={t('account.twoFactor.turnOnSubmit')}
      busyLabel={t('account.setup.checking')}
      action={useConfirmTwoFactor()}
      onDone={onDone}
      onCancel={onCancel}
    />
  )
}

/** Ten new recovery codes for a current code from the app; the old ones stop working. */
function NewCodesPanel({
  left,
  onDone,
  onCancel,
}: {
  left: number
  onDone: (codes: string[], replaced: number) => void
  onCancel: () => void
}) {
  const { t } = useTranslation()
  return (
    <CodePanel
      title={t('account.twoFactor.newCodesTitle')}
      intro={<Paragraph>{t('account.twoFactor.newCodesIntro', { count: left })}</Paragraph>}
      fieldId="account-new-codes-code"
      codeHint={t('account.twoFactor.newCodesCodeHint')}
      submitLabel={t('account.twoFactor.newCodesSubmit')}
      busyLabel={t('account.twoFactor.newCodesSubmitting')}
      action={useNewRecoveryCodes()}
      onDone={(codes) => onDone(codes, left)}
      onCancel={onCancel}
    />
  )
}

/** A panel that asks for a code from the app and answers with recovery codes to show once. */
function CodePanel({
  title,
  intro,
  fieldId,
  codeHint,
  submitLabel,
  busyLabel,
  action,
  onDone,
  onCancel,
}: {
  title: string
  intro: ReactNode
  fieldId: string
  codeHint: string
  submitLabel: string
  busyLabel: string
  action: UseMutationResult<RecoveryCodes, Error, SecondFactorInput>
  onDone: (codes: string[]) => void
  onCancel: () => void
}) {
  const { t } = useTranslation()
  const errors = useFormErrors()
  const [code, setCode] = useState('')
  const ref = useFocusOnMount<HTMLDivElement>()
  const fieldIds = { code: fieldId }

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    if (action.isPending) return
    const checked = validate(SecondFactorInput, { code })
    if (!checked.ok) return errors.showFieldErrors(checked.fieldErrors)
    errors.clear()
    action.mutate(checked.data, {
      onSuccess: ({ recoveryCodes }) => onDone(recoveryCodes),
      onError: (error) => showCodeError(errors, error),
    })
  }

  return (
    <div ref={ref} tabIndex={-1} className="naast-stack naast-focus-target naast-account-panel">
      <Heading level={3}>{title}</Heading>
      {intro}
      <FormAlert
        {...errors}
        fieldIds={fieldIds}
        headingLevel={4}
        formErrorTitle={t('account.twoFactor.failedTitle')}
      />
      <form onSubmit={onSubmit} noValidate className="naast-form">
        <CodeField
          id={fieldIds.code}
          label={t('account.setup.codeLabel')}
          description={codeHint}
          error={errors.fieldErrors.code}
          value={code}
          onChange={setCode}
        />
        <ActionGroup>
          <SubmitButton busy={action.isPending} label={submitLabel} busyLabel={busyLabel} />
          <Button variant="secondary" onClick={onCancel}>
            {t('account.cancel')}
          </Button>
        </ActionGroup>
      </form>
    </div>
  )
}

/** Switching two-factor log-in off asks for the password: someone at an unlocked screen cannot do it. */
function TurnOffPanel({ onDone, onCancel }: { onDone: () => void; onCancel: () => void }) {
  const { t } = useTranslation()
  const disable = useDisableTwoFactor()
  const errors = useFormErrors()
  const [password, setPassword] = useState('')
  const ref = useFocusOnMount<HTMLDivElement>()
  const fieldIds = { password: 'account-turn-off-password' }

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    if (disable.isPending) return
    const checked = validate(DisableTwoFactorInput, { password })
    if (!checked.ok) return errors.showFieldErrors(checked.fieldErrors)
    errors.clear()
    disable.mutate(checked.data, { onSuccess: onDone, onError: errors.showError })
  }

  return (
    <div ref={ref} tabIndex={-1} className="naast-stack naast-focus-target naast-account-panel">
      <Heading level={3}>{t('account.twoFactor.turnOffTitle')}</Heading>
      <Paragraph>{t('account.twoFactor.turnOffIntro')}</Paragraph>
      <FormAlert
        {...errors}
        fieldIds={fieldIds}
        headingLevel={4}
        formErrorTitle={t('account.twoFactor.failedTitle')}
      />
      <form onSubmit={onSubmit} noValidate className="naast-form">
        <FormField
          id={fieldIds.password}
          label={t('account.twoFactor.password')}
          error={errors.fieldErrors.password}
        >
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
        <ActionGroup>
          <SubmitButton
            busy={disable.isPending}
            label={t('account.twoFactor.turnOffSubmit')}
            busyLabel={t('account.twoFactor.turningOff')}
          />
          <Button variant="secondary" onClick={onCancel}>
            {t('account.cancel')}
          </Button>
        </ActionGroup>
      </form>
    </div>
  )
}
