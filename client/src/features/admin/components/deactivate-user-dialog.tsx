import { useTranslation } from 'react-i18next'
import { Paragraph } from '@amsterdam/design-system-react'
import type { AdminUser } from '#shared/contracts/admin'
import { useDeactivateUser } from '../api/deactivate-user.ts'
import { ConfirmUserDialog } from './confirm-user-dialog.tsx'

type DeactivateUserDialogProps = {
  /** The account to confirm; null keeps the dialog closed. */
  user: AdminUser | null
  onClose: () => void
  onDeactivated: (user: AdminUser) => void
}

/** Asks before switching an account off: the person can no longer log in, and this cannot be undone here. */
export function DeactivateUserDialog({ user, onClose, onDeactivated }: DeactivateUserDialogProps) {
  const { t } = useTranslation()
  return (
    <ConfirmUserDialog
      user={user}
      action={useDeactivateUser()}
      heading={t('admin.deactivate')}
      busyLabel={t('admin.deactivating')}
      onClose={onClose}
      onDone={onDeactivated}
    >
      {(person) => <Paragraph>{t('admin.deactivateConfirm', { name: person.name })}</Paragraph>}
    </ConfirmUserDialog>
  )
}
