import { useRef } from 'react'
import { useTranslation } from 'react-i18next'
import { useLocation, useSearchParams } from 'react-router'
import { Heading, Link, Paragraph } from '@amsterdam/design-system-react'
import { useDocumentTitle } from '../../../lib/use-document-title.ts'
import { ErrorState, LoadingState } from '../../../components/query-states.tsx'
import { SearchForm } from '../../../components/search-form.tsx'
import { LoadMore, useFocusFirstNewRow } from '../../../components/load-more.tsx'
import { RouterLink } from '../../../components/router-link.tsx'
import { useHouseholdList, type HouseholdScope } from '../api/list-households.ts'
import { HouseholdTable } from './household-table.tsx'

type HouseholdListPageProps = {
  scope: HouseholdScope
  title: string
  intro: string
  /** What to do when there is nothing yet. */
  empty: string
}

/** The caseload and the team list share one shape: search, a table, "Meer laden". */
export function HouseholdListPage({ scope, title, intro, empty }: HouseholdListPageProps) {
  const { t } = useTranslation()
  useDocumentTitle(title)
  // The search lives in the URL, so the back button and a copied link keep it.
  const [searchParams, setSearchParams] = useSearchParams()
  const { pathname } = useLocation()
  const q = (searchParams.get('q') ?? '').trim()
  const list = useHouseholdList(scope, q)
  const households = list.data?.pages.flatMap((page) => page.items) ?? []
  const tableRef = useRef<HTMLTableElement>(null)
  const focusFirstNewRow = useFocusFirstNewRow(tableRef, households.length)

  return (
    <div className="naast-stack">
      <Heading level={1}>{title}</Heading>
      <Paragraph>{intro}</Paragraph>
      <SearchForm
        id={`${scope}-search`}
        label={t('list.search')}
        description={t('list.searchHint')}
        buttonLabel={t('list.searchButton')}
        value={q}
        onSearch={(value) => setSearchParams(value ? { q: value } : {})}
      />
      {list.isPending ? (
        <LoadingState />
      ) : !list.data ? (
        <ErrorState error={list.error} onRetry={() => void list.refetch()} />
      ) : households.length === 0 ? (
        q ? (
          <div className="naast-stack" role="status">
            <Paragraph>{t('list.noResults', { q })}</Paragraph>
            <Paragraph>
              <Link href={pathname} linkComponent={RouterLink}>
                {t('list.clearSearch')}
              </Link>
            </Paragraph>
          </div>
        ) : (
          <Paragraph role="status">{empty}</Paragraph>
        )
      ) : (
        <>
          <HouseholdTable ref={tableRef} caption={title} households={households} />
          <LoadMore
            hasMore={list.hasNextPage}
            loading={list.isFetchingNextPage}
            label={t('list.more')}
            loadingLabel={t('list.loadingMore')}
            status={t('list.shownCount', { count: households.length })}
            onLoadMore={() => {
              focusFirstNewRow()
              void list.fetchNextPage()
            }}
          />
          {list.isFetchNextPageError && (
            <ErrorState error={list.error} onRetry={() => void list.fetchNextPage()} />
          )}
        </>
      )}
    </div>
  )
}
