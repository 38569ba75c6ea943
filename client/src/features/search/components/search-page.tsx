import { useEffect, useRef, type RefObject } from 'react'
import { useTranslation } from 'react-i18next'
import { useSearchParams } from 'react-router'
import { Heading, Link, Paragraph } from '@amsterdam/design-system-react'
import type { SearchHit } from '#shared/contracts/search'
import { formatDateTime } from '#shared/domain/dates'
import { currentLanguage } from '../../../lib/i18n.ts'
import { useMe } from '../../../lib/session.ts'
import { useDocumentTitle } from '../../../lib/use-document-title.ts'
import { LoadMore } from '../../../components/load-more.tsx'
import { ErrorState, LoadingState } from '../../../components/query-states.tsx'
import { RouterLink } from '../../../components/router-link.tsx'
import { SearchForm } from '../../../components/search-form.tsx'
import { conversationPath, householdPath, paths } from '../../../app/paths.ts'
import { useSearch } from '../api/search.ts'
import { Snippet } from './snippet.tsx'
import './search.css'

/**
 * "Zoeken": the conversations and household names the user may open, best matches first. A worker searches
 * their own households, a supervisor the team's; the server enforces it and records that a search happened.
 */
export function SearchPage() {
  const { t } = useTranslation()
  useDocumentTitle(t('search.title'))
  const supervisor = useMe().data?.role === 'supervisor'
  // The words live in the URL, so the header's search box, the back button and a copied link all work.
  const [searchParams, setSearchParams] = useSearchParams()
  const q = (searchParams.get('q') ?? '').trim()
  const scope = supervisor ? t('search.scopeSupervisor') : t('search.scopeWorker')

  return (
    <div className="naast-stack">
      <Heading level={1}>{t('search.title')}</Heading>
      <Paragraph className="naast-readable">
        {supervisor ? t('search.introSupervisor') : t('search.introWorker')}
      </Paragraph>
      <SearchForm
        id="search-q"
        label={t('search.label')}
        description={t('search.hint')}
        buttonLabel={t('search.button')}
        value={q}
        onSearch={(value) => setSearchParams(value ? { q: value } : {})}
      />
      {q === '' ? (
        <div className="naast-stack">
          <Paragraph>{t('search.start')}</Paragraph>
          <Paragraph>{scope}</Paragraph>
        </div>
      ) : (
        <Results q={q} scope={scope} />
      )}
    </div>
  )
}

function Results({ q, scope }: { q: string; scope: string }) {
  const { t } = useTranslation()
  const results = useSearch(q)
  const hits = results.data?.pages.flatMap((page) => page.hits) ?? []
  const listRef = useRef<HTMLOListElement>(null)
  const focusFirstNew = useFocusFirstNewHit(listRef, hits.length)

  if (results.isPending) return <LoadingState />
  if (!results.data) return <ErrorState error={results.error} onRetry={() => void results.refetch()} />
  if (hits.length === 0) {
    return (
      <div className="naast-stack" role="status">
        <Paragraph>
          <strong>{t('search.noResults', { q })}</strong>
        </Paragraph>
        <Paragraph>{t('search.noResultsHint')}</Paragraph>
        <Paragraph>{scope}</Paragraph>
        <Paragraph>
          {t('oversight.searchHint')}{' '}
          <Link href={paths.emergencyAccess} linkComponent={RouterLink}>
            {t('oversight.link')}
          </Link>
        </Paragraph>
      </div>
    )
  }
  return (
    <section className="naast-stack" aria-labelledby="search-results">
      <Heading level={2} id="search-results">
        {t('search.resultsTitle', { q })}
      </Heading>
      {results.data.pages[0]?.capped && <Paragraph>{t('search.capped')}</Paragraph>}
      <ol ref={listRef} className="naast-card-list naast-search-results">
        {hits.map((hit) => (
          <li
            key={hit.kind === 'household' ? `h${hit.householdId}` : `c${hit.conversationId}`}
            className="naast-card naast-search-hit"
          >
            <Hit hit={hit} />
          </li>
        ))}
      </ol>
      <LoadMore
        hasMore={results.hasNextPage}
        loading={results.isFetchingNextPage}
        label={t('search.more')}
        loadingLabel={t('search.loadingMore')}
        status={t('search.shownCount', { count: hits.length })}
        onLoadMore={() => {
          focusFirstNew()
          void results.fetchNextPage()
        }}
      />
      {results.isFetchNextPageError && (
        <ErrorState error={results.error} onRetry={() => void results.fetchNextPage()} />
      )}
    </section>
  )
}

function Hit({ hit }: { hit: SearchHit }) {
  const { t } = useTranslation()
  const language = currentLanguage()
  if (hit.kind === 'household' || hit.conversationId === null) {
    return (
      <>
        <Paragraph size="small" className="naast-secondary">
          {t('search.household')}
        </Paragraph>
        <Heading level={3} size="level-4">
          <Link href={householdPath(hit.householdId)} linkComponent={RouterLink}>
            <Snippet parts={hit.snippet} />
          </Link>
        </Heading>
      </>
    )
  }
  return (
    <>
      <Paragraph size="small" className="naast-secondary">
        {hit.conversationKind ? t(`conversations.kinds.${hit.conversationKind}`) : t('search.conversation')}
      </Paragraph>
      <Heading level={3} size="level-4">
        <Link href={conversationPath(hit.householdId, hit.conversationId)} linkComponent={RouterLink}>
          {hit.occurredAt
            ? t('search.conversationOf', { date: formatDateTime(hit.occurredAt, language) })
            : t('search.conversation')}
        </Link>
      </Heading>
      <Paragraph size="small">
        {t('search.inHousehold')}{' '}
        <Link href={householdPath(hit.householdId)} linkComponent={RouterLink}>
          {hit.householdName}
        </Link>
      </Paragraph>
      <Paragraph className="naast-search-hit__snippet">
        <Snippet parts={hit.snippet} />
      </Paragraph>
    </>
  )
}

/** After "Meer resultaten", focus goes to the first new result's link, where the keyboard user reads on. */
function useFocusFirstNewHit(listRef: RefObject<HTMLOListElement | null>, count: number) {
  const focusIndex = useRef<number | null>(null)
  useEffect(() => {
    const index = focusIndex.current
    if (index === null || count <= index) return
    focusIndex.current = null
    listRef.current?.querySelectorAll('li')[index]?.querySelector<HTMLElement>('a')?.focus()
  }, [count, listRef])
  return () => {
    focusIndex.current = count
  }
}
