import { useTranslation } from 'react-i18next'
import { Heading, Paragraph } from '@amsterdam/design-system-react'
import { useMe } from '../../../lib/session.ts'
import { useDocumentTitle } from '../../../lib/use-document-title.ts'
import { PasswordSection } from './password-section.tsx'
import { SessionsSection } from './sessions-section.tsx'
import { TwoFactorSection } from './two-factor-section.tsx'
import './account.css'

/** "Mijn account", for every role: two-factor log-in, where the user is logged in, and the password. */
export function AccountPage() {
  const { t } = useTranslation()
  useDocumentTitle(t('account.title'))
  const me = useMe().data
  return (
    <div className="naast-stack">
      <Heading level={1}>{t('account.title')}</Heading>
      <Paragraph>{t('account.intro')}</Paragraph>
      {me && <Paragraph>{t('account.who', { name: me.name, email: me.email })}</Paragraph>}
      <TwoFactorSection />
      <SessionsSection />
      <PasswordSection />
    </div>
  )
}
