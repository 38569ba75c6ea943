import { useTranslation } from 'react-i18next'
import { Heading, Paragraph, StandaloneLink } from '@amsterdam/design-system-react'
import { useDocumentTitle } from '../lib/use-document-title.ts'
import { RouterLink } from './router-link.tsx'

/** For unknown URLs and for records the API answers 404 for (which includes "you have no access"). */
export function NotFound() {
  const { t } = useTranslation()
  useDocumentTitle(t('notFound.title'))
  return (
    <div className="naast-stack">
      <Heading level={1}>{t('notFound.title')}</Heading>
      <Paragraph>{t('notFound.body')}</Paragraph>
      <StandaloneLink href="/" linkComponent={RouterLink}>
        {t('notFound.home')}
      </StandaloneLink>
    </div>
  )
}
