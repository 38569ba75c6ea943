import { useEffect, useRef, type ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import type { UseMutationResult } from '@tanstack/react-query'
import { ActionGroup, Button, Dialog, Paragraph } from '@amsterdam/design-system-react'
import type { AdminUser } from '#shared/contracts/admin'
import { errorText } from '../../../lib/api.ts'

type ConfirmUserDialogProps = {
  /** The account to confirm for; null keeps the dialog closed. */
  user: AdminUser | null
  action: UseMutationResult<AdminUser, Error, number>
  heading: string
  busyLabel: string
  /** What will happen, in words the administrator can weigh. */
  children: (user: AdminUser) => ReactNode
  onClose: () => void
  onDone: (user: AdminUser) => void
}

/** Asks before an action on someone's account that cannot be undone here (switching it off, a reset). */
export function ConfirmUserDialog({
  user,
  action,
  heading,
  busyLabel,
  children,
  onClose,
  onDone,
}: ConfirmUserDialogProps) {
  const { t } = useTranslation()
  const dialogRef = useRef<HTMLDialogElement>(null)
  const { reset } = action

  useEffect(() => {
    const dialog = dialogRef.current
    if (!dialog) return
    if (user && !dialog.open) {
      reset()
      // showModal keeps focus inside the dialog and makes the page behind it inert.
      dialog.showModal()
    }
    if (!user && dialog.open) dialog.close()
  }, [user, reset])

  function confirm() {
    if (!user || action.isPending) return
    action.mutate(user.id, {
      onSuccess: (updated) => {
        dialogRef.current?.close()
        onDone(updated)
      },
    })
  }

  return (
    <Dialog
      ref={dialogRef}
      heading={heading}
      closeButtonLabel={t('app.close')}
      // Fires for Escape, the close button and close() alike.
      onClose={onClose}
      footer={
        <ActionGroup>
          <Button onClick={confirm} aria-disabled={action.isPending || undefined}>
            {action.isPending ? busyLabel : heading}
          </Button>
          <Button variant="secondary" onClick={() => dialogRef.current?.close()}>
            {t('admin.cancel')}
          </Button>
        </ActionGroup>
      }
    >
      {user && children(user)}
      {action.isError && (
        <Paragraph role="alert" className="naast-error-text">
          {errorText(action.error, t)}
        </Paragraph>
      )}
    </Dialog>
  )
}
