import { useEffect, useRef } from 'react'
import { useTranslation } from 'react-i18next'
import { ActionGroup, Button, Dialog, Paragraph } from '@amsterdam/design-system-react'
import type { UseMutationResult } from '@tanstack/react-query'
import type { Consent } from '#shared/contracts/consents'
import { errorText } from '../../../lib/api.ts'

type WithdrawConsentDialogProps = {
  /** The consent to withdraw; null keeps the dialog closed. */
  consent: Consent | null
  withdraw: UseMutationResult<Consent, Error, number>
  onClose: () => void
  /** Called with the confirmation to show once it is done. */
  onWithdrawn: (done: string) => void
}

/**
 * Asks before a consent is withdrawn: from that moment nothing may be shared on it, and that cannot be undone
 * here (the household gives a new consent instead). The consent stays on record as withdrawn.
 */
export function WithdrawConsentDialog({
  consent,
  withdraw,
  onClose,
  onWithdrawn,
}: WithdrawConsentDialogProps) {
  const { t } = useTranslation()
  const dialogRef = useRef<HTMLDialogElement>(null)
  const { reset } = withdraw

  useEffect(() => {
    const dialog = dialogRef.current
    if (!dialog) return
    if (consent && !dialog.open) {
      reset()
      // showModal keeps focus inside the dialog and makes the page behind it inert.
      dialog.showModal()
    }
    if (!consent && dialog.open) dialog.close()
  }, [consent, reset])

  const names = consent
    ? { giver: consent.giver.name, subject: consent.subject.name, recipient: consent.recipient }
    : null

  function confirm() {
    if (!consent || !names || withdraw.isPending) return
    const done = t('consents.withdrawn', names)
    withdraw.mutateAsync(consent.id).then(
      () => {
        dialogRef.current?.close()
        onWithdrawn(done)
      },
      // The error is shown from the mutation's own state below.
      () => {},
    )
  }

  return (
    <Dialog
      ref={dialogRef}
      heading={t('consents.withdrawTitle')}
      closeButtonLabel={t('app.close')}
      // Fires for Escape, the close button and close() alike.
      onClose={onClose}
      footer={
        <ActionGroup>
          <Button onClick={confirm} aria-disabled={withdraw.isPending || undefined}>
            {withdraw.isPending ? t('consents.withdrawing') : t('consents.withdrawYes')}
          </Button>
          <Button variant="secondary" onClick={() => dialogRef.current?.close()}>
            {t('consents.cancel')}
          </Button>
        </ActionGroup>
      }
    >
      {names && <Paragraph>{t('consents.withdrawConfirm', names)}</Paragraph>}
      {withdraw.isError && (
        <Paragraph role="alert" className="naast-error-text">
          {errorText(withdraw.error, t)}
        </Paragraph>
      )}
    </Dialog>
  )
}
