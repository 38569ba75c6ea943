import { useState, type ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { Button, Heading, OrderedList, Paragraph, TextInput } from '@amsterdam/design-system-react'
import type { TotpSetup } from '#shared/contracts/auth'
import { useFocusOnMount } from './query-states.tsx'
import { FormField } from './form.tsx'
import './two-factor-parts.css'

type CodeFieldProps = {
  id: string
  label: string
  description: string
  error: string | undefined
  value: string
  onChange: (value: string) => void
  /** At log-in a recovery code ("ABCD-EFGH") may go in the same field: then phones offer the letter keyboard. */
  acceptsRecoveryCode?: boolean
}

/** The one-time code from the app; phones can fill in a code they received. */
export function CodeField({ value, onChange, acceptsRecoveryCode = false, ...field }: CodeFieldProps) {
  return (
    <FormField {...field}>
      {(control) => (
        <TextInput
          {...control}
          name="code"
          autoComplete="one-time-code"
          inputMode={acceptsRecoveryCode ? 'text' : 'numeric'}
          autoCapitalize={acceptsRecoveryCode ? 'characters' : 'off'}
          spellCheck={false}
          size={12}
          value={value}
          onChange={(event) => onChange(event.target.value)}
        />
      )}
    </FormField>
  )
}

/** The steps to add Naast to an authenticator app: the QR code made on the server, and the key to type instead. */
export function TotpSetupSteps({ setup, headingLevel }: { setup: TotpSetup; headingLevel: 2 | 3 | 4 }) {
  const { t } = useTranslation()
  const names = { issuer: setup.issuer, account: setup.account }
  return (
    <div className="naast-stack">
      <Heading level={headingLevel}>{t('account.setup.stepsTitle')}</Heading>
      <OrderedList className="naast-totp-steps">
        <OrderedList.Item>{t('account.setup.step1')}</OrderedList.Item>
        <OrderedList.Item>
          {t('account.setup.step2')}
          <img
            src={setup.qrCode}
            alt={t('account.setup.qrAlt', names)}
            width={192}
            height={192}
            className="naast-totp-qr"
          />
          <Paragraph>{t('account.setup.cannotScan')}</Paragraph>
          <code className="naast-totp-key">{setup.secret}</code>
          <Paragraph size="small">{t('account.setup.accountName', names)}</Paragraph>
          <CopyButton
            text={setup.secret.replace(/\s+/g, '')}
            label={t('account.setup.copyKey')}
            doneMessage={t('account.setup.keyCopied')}
          />
        </OrderedList.Item>
        <OrderedList.Item>{t('account.setup.step3')}</OrderedList.Item>
      </OrderedList>
    </div>
  )
}

type RecoveryCodeListProps = {
  codes: string[]
  headingLevel: 2 | 3 | 4
  /** Said before the codes, e.g. that the old ones stopped working. */
  children?: ReactNode
  /** The way on once the codes are kept. */
  action: ReactNode
}

/** The ten recovery codes, shown once: the server keeps only their hashes. Takes focus when it appears. */
export function RecoveryCodeList({ codes, headingLevel, children, action }: RecoveryCodeListProps) {
  const { t } = useTranslation()
  const ref = useFocusOnMount<HTMLDivElement>()
  return (
    <div ref={ref} tabIndex={-1} className="naast-stack naast-focus-target">
      <Heading level={headingLevel}>{t('account.recovery.title')}</Heading>
      {children}
      <Paragraph>{t('account.recovery.intro')}</Paragraph>
      <Paragraph>
        <strong>{t('account.recovery.keepSafe')}</strong>
      </Paragraph>
      <ul className="naast-recovery-codes" aria-label={t('account.recovery.listLabel')}>
        {codes.map((code) => (
          <li key={code}>
            <code>{code}</code>
          </li>
        ))}
      </ul>
      <Paragraph>{t('account.recovery.onlyOnce')}</Paragraph>
      <CopyButton
        text={codes.join('\n')}
        label={t('account.recovery.copy')}
        doneMessage={t('account.recovery.copied')}
      />
      {action}
    </div>
  )
}

/**
 * Copies text to the clipboard, and says so in a status message. Shown only where the browser allows it (the
 * clipboard needs a secure connection); the text itself can always be selected by hand.
 */
function CopyButton({ text, label, doneMessage }: { text: string; label: string; doneMessage: string }) {
  const { t } = useTranslation()
  const [status, setStatus] = useState('')
  if (typeof navigator === 'undefined' || !navigator.clipboard) return null
  return (
    <div className="naast-copy">
      <Button
        variant="secondary"
        onClick={() => {
          navigator.clipboard.writeText(text).then(
            () => setStatus(doneMessage),
            () => setStatus(t('account.setup.copyFailed')),
          )
        }}
      >
        {label}
      </Button>
      <span role="status" className="naast-copy__status">
        {status}
      </span>
    </div>
  )
}
