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
import { RadioFieldSet, StatusMessage } from '../../../components/form.tsx'
import { useUsers, type UserListShow } from '../api/list-users.ts'
import { useTeams } from '../api/list-teams.ts'
import { UsersTable } from './users-table.tsx'
import { DeactivateUserDialog } from './deactivate-user-dialog.tsx'
import { ResetTwoFactorDialog } from './reset-two-factor-dialog.tsx'
import { CreateUserForm } from './create-user-form.tsx'

// In the URL as Dutch words: `?toon=controleren` lists only the accounts marked for review.
const showParam = 'toon'
const showValues: Record<UserListShow, string | null> = { all: null, review: 'controleren' }
const showOptions = ['all', 'review'] as const satisfies readonly UserListShow[]

/**
 * All accounts: search, review the ones nobody used for 90 days, change a team, reset a second factor, deactivate,
 * and create a new one.
 */
export function UsersPage() {
  const { t } = useTranslation()
  useDocumentTitle(t('admin.usersTitle'))
  const [searchParams, setSearchParams] = useSearchParams()
  const { pathname } = useLocation()
  const q = (searchParams.get('q') ?? '').trim()
  const show: UserListShow = searchParams.get(showParam) === showValues.review ? 'review' : 'all'
  const users = useUsers(q, show)
  const teams = useTeams()
  const myId = useMe().data?.id
  const list = users.data?.pages.flatMap((page) => page.items) ?? []
  const tableRef = useRef<HTMLTableElement>(null)
  const focusFirstNewRow = useFocusFirstNewRow(tableRef, list.length)
  const [toDeactivate, setToDeactivate] = useState<AdminUser | null>(null)
  const [toReset, setToReset] = useState<AdminUser | null>(null)
  const [message, setMessage] = useState<string | null>(null)
  const messageRef = useRef<HTMLDivElement>(null)

  function showMessage(text: string) {
    setMessage(text)
    // The button that was pressed may be gone now (a deactivated account has none): put focus on the message.
    requestAnimationFrame(() => messageRef.current?.focus())
  }

  /** Search and filter live in the URL together; changing one keeps the other. */
  function setList(next: { q?: string; show?: UserListShow }) {
    const params: Record<string, string> = {}
    const nextQ = next.q ?? q
    const nextShow = showValues[next.show ?? show]
    if (nextQ) params.q = nextQ
    if (nextShow) params[showParam] = nextShow
    setSearchParams(params)
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
        onSearch={(value) => setList({ q: value })}
      />
      <RadioFieldSet
        id="users-show"
        legend={t('account.admin.show')}
        description={t('account.admin.reviewExplain')}
        requirement="none"
        options={showOptions}
        value={show}
        onChange={(option) => setList({ show: option })}
        optionLabel={(option) =>
          option === 'all' ? t('account.admin.showAll') : t('account.admin.showReview')
        }
      />
      {users.isPending || teams.isPending ? (
        <LoadingState />
      ) : !users.data ? (
        <ErrorState error={users.error} onRetry={() => void users.refetch()} />
      ) : list.length === 0 ? (
        <div className="naast-stack" role="status">
          <Paragraph>
            {q
              ? t('admin.usersNoResults', { q })
              : show === 'review'
                ? t('account.admin.reviewEmpty')
                : t('admin.usersEmpty')}
          </Paragraph>
          {q && (
            <Paragraph>
              <Link
                href={show === 'review' ? `${pathname}?${showParam}=${showValues.review}` : pathname}
                linkComponent={RouterLink}
              >
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
            onResetTwoFactor={setToReset}
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
      <ResetTwoFactorDialog
        user={toReset}
        onClose={() => setToReset(null)}
        onReset={(user) => showMessage(t('account.admin.resetDone', { name: user.name }))}
      />
      <QueryResult query={teams}>{(teamList) => <CreateUserForm teams={teamList} />}</QueryResult>
    </div>
  )
}
