import { useEffect, useRef, type ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { Alert, Button, Paragraph } from '@amsterdam/design-system-react'
import type { UseQueryResult } from '@tanstack/react-query'
import { errorText, isNotFound } from '../lib/api.ts'
import { NotFound } from './not-found.tsx'

/** "Even geduld…", announced politely to screen readers. */
export function LoadingState() {
  const { t } = useTranslation()
  return (
    <Paragraph role="status" className="naast-loading">
      {t('app.loading')}
    </Paragraph>
  )
}

type ErrorStateProps = {
  error: unknown
  onRetry?: () => void
  /** The level that fits the page: 1 when the error replaces the whole page, 2 inside a page. */
  headingLevel?: 1 | 2 | 3
}

/** What went wrong in plain words, and a way to try again. */
export function ErrorState({ error, onRetry, headingLevel = 2 }: ErrorStateProps) {
  const { t } = useTranslation()
  return (
    <Alert heading={t('errorPage.loadFailed')} headingLevel={headingLevel} severity="error" role="alert">
      <Paragraph>{errorText(error, t)}</Paragraph>
      {onRetry && (
        <Button variant="secondary" onClick={onRetry} className="naast-alert-action">
          {t('errorPage.retry')}
        </Button>
      )}
    </Alert>
  )
}

type QueryResultProps<T> = {
  query: UseQueryResult<T>
  children: (data: T) => ReactNode
  /** A detail page answers 404 for "does not exist" and for "not yours": both show the not-found page. */
  notFoundPage?: boolean
  errorHeadingLevel?: 1 | 2 | 3
}

/** The three states every page that fetches has: loading, failed (with retry), and the data. */
export function QueryResult<T>({
  query,
  children,
  notFoundPage = false,
  errorHeadingLevel,
}: QueryResultProps<T>) {
  if (query.isPending) return <LoadingState />
  if (query.isError) {
    if (notFoundPage && isNotFound(query.error)) return <NotFound />
    return (
      <ErrorState error={query.error} onRetry={() => void query.refetch()} headingLevel={errorHeadingLevel} />
    )
  }
  return <>{children(query.data)}</>
}

/** Moves focus to a message that appears after an action, so keyboard and screen-reader users notice it. */
export function useFocusOnMount<T extends HTMLElement>() {
  const ref = useRef<T>(null)
  useEffect(() => {
    ref.current?.focus()
  }, [])
  return ref
}
