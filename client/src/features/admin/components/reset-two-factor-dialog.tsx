import { useTranslation } from 'react-i18next'
import { Paragraph } from '@amsterdam/design-system-react'
import type { AdminUser } from '#shared/contracts/admin'
import { secondFactorRequired } from '#shared/domain/accounts'
import { useResetTwoFactor } from '../api/reset-two-factor.ts'
import { ConfirmUserDialog } from './confirm-user-dialog.tsx'

type ResetTwoFactorDialogProps = {
  /** The account to confirm; null keeps the dialog closed. */
  user: AdminUser | null
  onClose: () => void
  onReset: (user: AdminUser) => void
}

/**
 * Asks before resetting someone's second factor (a lost phone): they set it up again with a new QR code at their next
 * log-in (or, where it is not required, it is simply off), and every session of theirs ends at once.
 */
export function ResetTwoFactorDialog({ user, onClose, onReset }: ResetTwoFactorDialogProps) {
  const { t } = useTranslation()
  return (
    <ConfirmUserDialog
      user={user}
      action={useResetTwoFactor()}
      heading={t('account.admin.reset')}
      busyLabel={t('account.admin.resetting')}
      onClose={onClose}
      onDone={onReset}
    >
      {(person) => (
        <>
          <Paragraph>
            {secondFactorRequired(person.role)
              ? t('account.admin.resetConfirmRequired', { name: person.name })
              : t('account.admin.resetConfirmOptional', { name: person.name })}
          </Paragraph>
          <Paragraph>{t('account.admin.resetSessions', { name: person.name })}</Paragraph>
        </>
      )}
    </ConfirmUserDialog>
  )
}
