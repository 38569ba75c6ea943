import { useEffect, useRef } from 'react'
import { useTranslation } from 'react-i18next'
import { ActionGroup, Button, Dialog, Paragraph } from '@amsterdam/design-system-react'
import type { UseMutationResult } from '@tanstack/react-query'
import type { HouseholdDetail } from '#shared/contracts/households'
import { errorText } from '../../../lib/api.ts'

export type EndTarget = {
  id: number
  heading: string
  question: string
  /** The confirmation shown once it is done. */
  done: string
}

type EndInvolvementDialogProps = {
  /** What to confirm; null keeps the dialog closed. */
  target: EndTarget | null
  end: UseMutationResult<HouseholdDetail, Error, number>
  onClose: () => void
  onEnded: (done: string) => void
}

/**
 * Asks before someone of the network or a professional is marked as no longer involved: they leave the list on
 * the page (what was recorded stays), and that cannot be undone here.
 */
export function EndInvolvementDialog({ target, end, onClose, onEnded }: EndInvolvementDialogProps) {
  const { t } = useTranslation()
  const dialogRef = useRef<HTMLDialogElement>(null)
  const { reset } = end

  useEffect(() => {
    const dialog = dialogRef.current
    if (!dialog) return
    if (target && !dialog.open) {
      reset()
      // showModal keeps focus inside the dialog and makes the page behind it inert.
      dialog.showModal()
    }
    if (!target && dialog.open) dialog.close()
  }, [target, reset])

  function confirm() {
    if (!target || end.isPending) return
    const { done } = target
    end.mutateAsync(target.id).then(
      () => {
        dialogRef.current?.close()
        onEnded(done)
      },
      // The error is shown from the mutation's own state below.
      () => {},
    )
  }

  return (
    <Dialog
      ref={dialogRef}
      heading={target?.heading ?? ''}
      closeButtonLabel={t('app.close')}
      // Fires for Escape, the close button and close() alike.
      onClose={onClose}
      footer={
        <ActionGroup>
          <Button onClick={confirm} aria-disabled={end.isPending || undefined}>
            {end.isPending ? t('people.ending') : t('people.endConfirm')}
          </Button>
          <Button variant="secondary" onClick={() => dialogRef.current?.close()}>
            {t('people.cancel')}
          </Button>
        </ActionGroup>
      }
    >
      {target && <Paragraph>{target.question}</Paragraph>}
      {end.isError && (
        <Paragraph role="alert" className="naast-error-text">
          {errorText(end.error, t)}
        </Paragraph>
      )}
    </Dialog>
  )
}
