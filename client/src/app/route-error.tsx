import { useEffect } from 'react'
import { useTranslation } from 'react-i18next'
import { isRouteErrorResponse, useRouteError } from 'react-router'
import { Button, Heading, Paragraph } from '@amsterdam/design-system-react'
import { errorText, isNotFound } from '../lib/api.ts'
import { useDocumentTitle } from '../lib/use-document-title.ts'
import { NotFound } from '../components/not-found.tsx'

/**
 * Each route's error boundary: a page that crashed, or whose code could not be loaded (for instance after an
 * update), shows a plain message and a retry, while the header and menu keep working.
 */
export function RouteError() {
  const { t } = useTranslation()
  const error = useRouteError()
  const notFound = (isRouteErrorResponse(error) && error.status === 404) || isNotFound(error)
  useDocumentTitle(notFound ? undefined : t('errorPage.title'))
  useEffect(() => {
    if (!notFound) console.error(error)
  }, [error, notFound])
  if (notFound) return <NotFound />
  return (
    <div className="naast-stack">
      <Heading level={1}>{t('errorPage.title')}</Heading>
      <Paragraph>{errorText(error, t)}</Paragraph>
      <div>
        {/* A fresh load also fetches code that changed since this page was opened. */}
        <Button onClick={() => window.location.reload()}>{t('errorPage.retry')}</Button>
      </div>
    </div>
  )
}
