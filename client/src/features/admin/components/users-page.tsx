import { useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useLocation, useSearchParams } from 'react-router'
import { Heading, Link, Paragraph } from '@amsterdam/design-system-react'
import type { AdminUser } from '#shared/contracts/admin'
import { useMe } from '../../../lib/session.ts'
import { useDocumentTitle } from '../../../lib/use-document-title.ts'
import { ErrorState, LoadingState, QueryResult } from '../../../components/query-states.tsx'
import { SearchForm } from '../../../components/search-form.tsx'
import { LoadMore, useFocusFirstNewRow } from '../../../components/load-more.tsx'
import { RouterLink } from '../../../components/router-link.tsx'
import { StatusMessage } from '../../../components/form.tsx'
import { useUsers } from '../api/list-users.ts'
import { useTeams } from '../api/list-teams.ts'
import { UsersTable } from './users-table.tsx'
import { DeactivateUserDialog } from './deactivate-user-dialog.tsx'
import { CreateUserForm } from './create-user-form.tsx'

/** All accounts: search, change a team, deactivate, and create a new one. */
export function UsersPage() {
  const { t } = useTranslation()
  useDocumentTitle(t('admin.usersTitle'))
  const [searchParams, setSearchParams] = useSearchParams()
  const { pathname } = useLocation()
  const q = (searchParams.get('q') ?? '').trim()
  const users = useUsers(q)
  const teams = useTeams()
  const myId = useMe().data?.id
  const list = users.data?.pages.flatMap((page) => page.items) ?? []
  const tableRef = useRef<HTMLTableElement>(null)
  const focusFirstNewRow = useFocusFirstNewRow(tableRef, list.length)
  const [toDeactivate, setToDeactivate] = useState<AdminUser | null>(null)
  const [message, setMessage] = useState<string | null>(null)
  const messageRef = useRef<HTMLDivElement>(null)

  function showMessage(text: string) {
    setMessage(text)
    // The button that was pressed may be gone now (a deactivated account has none): put focus on the message.
    requestAnimationFrame(() => messageRef.current?.focus())
  }

  return (
    <div className="naast-stack">
      <Heading level={1}>{t('admin.usersTitle')}</Heading>
      <Paragraph>{t('admin.usersIntro')}</Paragraph>
      {message && (
        <div ref={messageRef} tabIndex={-1} className="naast-focus-target">
          <StatusMessage heading={message} headingLevel={2} onClose={() => setMessage(null)} />
        </div>
      )}
      <SearchForm
        id="users-search"
        label={t('admin.usersSearch')}
        buttonLabel={t('list.searchButton')}
        value={q}
        onSearch={(value) => setSearchParams(value ? { q: value } : {})}
      />
      {users.isPending || teams.isPending ? (
        <LoadingState />
      ) : !users.data ? (
        <ErrorState error={users.error} onRetry={() => void users.refetch()} />
      ) : list.length === 0 ? (
        <div className="naast-stack" role="status">
          <Paragraph>{q ? t('admin.usersNoResults', { q }) : t('admin.usersEmpty')}</Paragraph>
          {q && (
            <Paragraph>
              <Link href={pathname} linkComponent={RouterLink}>
                {t('list.clearSearch')}
              </Link>
            </Paragraph>
          )}
        </div>
      ) : (
        <>
          <UsersTable
            ref={tableRef}
            users={list}
            teams={teams.data ?? []}
            myId={myId}
            onDeactivate={setToDeactivate}
            onTeamChanged={(user) => showMessage(t('admin.teamChanged', { name: user.name }))}
          />
          <LoadMore
            hasMore={users.hasNextPage}
            loading={users.isFetchingNextPage}
            label={t('list.more')}
            loadingLabel={t('list.loadingMore')}
            onLoadMore={() => {
              focusFirstNewRow()
              void users.fetchNextPage()
            }}
          />
          {users.isFetchNextPageError && (
            <ErrorState error={users.error} onRetry={() => void users.fetchNextPage()} />
          )}
        </>
      )}
      <DeactivateUserDialog
        user={toDeactivate}
        onClose={() => setToDeactivate(null)}
        onDeactivated={(user) => showMessage(t('admin.deactivated', { name: user.name }))}
      />
      <QueryResult query={teams}>{(teamList) => <CreateUserForm teams={teamList} />}</QueryResult>
    </div>
  )
}
