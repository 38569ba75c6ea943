import { useEffect, useRef } from 'react'
import { useTranslation } from 'react-i18next'
import { ActionGroup, Button, Dialog, Paragraph } from '@amsterdam/design-system-react'
import type { AdminUser } from '#shared/contracts/admin'
import { errorText } from '../../../lib/api.ts'
import { useDeactivateUser } from '../api/deactivate-user.ts'

type DeactivateUserDialogProps = {
  /** The account to confirm; null keeps the dialog closed. */
  user: AdminUser | null
  onClose: () => void
  onDeactivated: (user: AdminUser) => void
}

/** Asks before switching an account off: the person can no longer log in, and this cannot be undone here. */
export function DeactivateUserDialog({ user, onClose, onDeactivated }: DeactivateUserDialogProps) {
  const { t } = useTranslation()
  const dialogRef = useRef<HTMLDialogElement>(null)
  const deactivate = useDeactivateUser()
  const { reset } = deactivate

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
    if (!user || deactivate.isPending) return
    deactivate.mutate(user.id, {
      onSuccess: (updated) => {
        dialogRef.current?.close()
        onDeactivated(updated)
      },
    })
  }

  return (
    <Dialog
      ref={dialogRef}
      heading={t('admin.deactivate')}
      closeButtonLabel={t('app.close')}
      // Fires for Escape, the close button and close() alike.
      onClose={onClose}
      footer={
        <ActionGroup>
          <Button onClick={confirm} aria-disabled={deactivate.isPending || undefined}>
            {deactivate.isPending ? t('admin.deactivating') : t('admin.deactivate')}
          </Button>
          <Button variant="secondary" onClick={() => dialogRef.current?.close()}>
            {t('admin.cancel')}
          </Button>
        </ActionGroup>
      }
    >
      {user && <Paragraph>{t('admin.deactivateConfirm', { name: user.name })}</Paragraph>}
      {deactivate.isError && (
        <Paragraph role="alert" className="naast-error-text">
          {errorText(deactivate.error, t)}
        </Paragraph>
      )}
    </Dialog>
  )
}
