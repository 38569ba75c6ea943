import { useEffect, useRef, useState, type RefObject } from 'react'
import { useTranslation } from 'react-i18next'
import { useLocation } from 'react-router'
import { Button, Heading, Paragraph, Select } from '@amsterdam/design-system-react'
import { ConversationKind, type LifeDomain } from '#shared/contracts/conversations'
import type { HouseholdDetail } from '#shared/contracts/households'
import { currentLanguage } from '../../../lib/i18n.ts'
import { domainName, useLifeDomains } from '../../../lib/life-domains.ts'
import { useMe } from '../../../lib/session.ts'
import { FormField } from '../../../components/form.tsx'
import { LoadMore } from '../../../components/load-more.tsx'
import { ErrorState, LoadingState, QueryResult } from '../../../components/query-states.tsx'
import { useConversationList, type ConversationFilter } from '../api/list-conversations.ts'
import { ConversationEntry } from './conversation-entry.tsx'
import { QuickAddForm } from './quick-add-form.tsx'
import './conversations.css'

/**
 * The conversation log on the household page. Workers live in it, so it sits high on the page and logging a
 * conversation takes seconds: "Gesprek vastleggen" opens the form with the cursor in the text.
 */
export function ConversationLog({ household }: { household: HouseholdDetail }) {
  const { t } = useTranslation()
  const domains = useLifeDomains()
  const [open, setOpen] = useState(false)
  const openRef = useRef<HTMLButtonElement>(null)
  const textRef = useRef<HTMLTextAreaElement>(null)
  const wasOpen = useRef(false)

  // Opening puts the cursor in the text; closing returns it to the button that opened the form.
  useEffect(() => {
    if (open) textRef.current?.focus()
    else if (wasOpen.current) openRef.current?.focus()
    wasOpen.current = open
  }, [open, domains.isSuccess])

  return (
    <section className="naast-stack" aria-labelledby="household-conversations">
      <Heading level={2} id="household-conversations">
        {t('conversations.title')}
      </Heading>
      <Paragraph className="naast-readable">{t('conversations.intro')}</Paragraph>
      {!open && (
        <Button ref={openRef} onClick={() => setOpen(true)}>
          {t('conversations.log')}
        </Button>
      )}
      <QueryResult query={domains} errorHeadingLevel={3}>
        {(list) => (
          <>
            {open && (
              <QuickAddForm
                household={household}
                domains={list}
                textRef={textRef}
                onClose={() => setOpen(false)}
              />
            )}
            <ConversationList household={household} domains={list} />
          </>
        )}
      </QueryResult>
    </section>
  )
}

function ConversationList({ household, domains }: { household: HouseholdDetail; domains: LifeDomain[] }) {
  const { t } = useTranslation()
  const language = currentLanguage()
  const myId = useMe().data?.id
  const now = useNow()
  const [filter, setFilter] = useState<ConversationFilter>({})
  const list = useConversationList(household.id, filter)
  const conversations = list.data?.pages.flatMap((page) => page.items) ?? []
  const filtered = filter.kind !== undefined || filter.domainId !== undefined
  const listRef = useRef<HTMLOListElement>(null)
  const focusFirstNew = useFocusFirstNew(listRef, conversations.length)
  useScrollToAnchoredEntry(conversations.length)

  return (
    <section className="naast-stack" aria-labelledby="household-conversations-list">
      <Heading level={3} id="household-conversations-list">
        {t('conversations.listTitle')}
      </Heading>
      <div className="naast-field-row" role="group" aria-label={t('conversations.filterTitle')}>
        <FormField id="conversation-filter-kind" label={t('conversations.filterKind')} requirement="none">
          {(control) => (
            <Select
              {...control}
              value={filter.kind ?? ''}
              onChange={(event) =>
                setFilter((previous) => ({
                  ...previous,
                  kind: (event.target.value || undefined) as ConversationKind | undefined,
                }))
              }
            >
              <Select.Option value="">{t('conversations.allKinds')}</Select.Option>
              {ConversationKind.options.map((kind) => (
                <Select.Option key={kind} value={kind}>
                  {t(`conversations.kinds.${kind}`)}
                </Select.Option>
              ))}
            </Select>
          )}
        </FormField>
        <FormField id="conversation-filter-domain" label={t('conversations.filterDomain')} requirement="none">
          {(control) => (
            <Select
              {...control}
              value={filter.domainId === undefined ? '' : String(filter.domainId)}
              onChange={(event) =>
                setFilter((previous) => ({
                  ...previous,
                  domainId: event.target.value ? Number(event.target.value) : undefined,
                }))
              }
            >
              <Select.Option value="">{t('conversations.allDomains')}</Select.Option>
              {domains.map((domain) => (
                <Select.Option key={domain.id} value={String(domain.id)}>
                  {domainName(domain, language)}
                </Select.Option>
              ))}
            </Select>
          )}
        </FormField>
      </div>

      {list.isPending ? (
        <LoadingState />
      ) : !list.data ? (
        <ErrorState error={list.error} onRetry={() => void list.refetch()} headingLevel={3} />
      ) : conversations.length === 0 ? (
        <Paragraph role="status">
          {filtered ? t('conversations.emptyFiltered') : t('conversations.empty')}
        </Paragraph>
      ) : (
        <>
          <ol ref={listRef} className="naast-card-list naast-conversation-list">
            {conversations.map((conversation) => (
              <li key={conversation.id}>
                <ConversationEntry
                  conversation={conversation}
                  household={household}
                  domains={domains}
                  myId={myId}
                  now={now}
                />
              </li>
            ))}
          </ol>
          <LoadMore
            hasMore={list.hasNextPage}
            loading={list.isFetchingNextPage}
            label={t('conversations.loadMore')}
            loadingLabel={t('conversations.loadingMore')}
            status={t('conversations.shownCount', { count: conversations.length })}
            onLoadMore={() => {
              focusFirstNew()
              void list.fetchNextPage()
            }}
          />
          {list.isFetchNextPageError && (
            <ErrorState error={list.error} onRetry={() => void list.fetchNextPage()} headingLevel={3} />
          )}
        </>
      )}
    </section>
  )
}

/** After "Meer laden", focus goes to the first entry that was added, so the keyboard user reads on from there. */
function useFocusFirstNew(listRef: RefObject<HTMLOListElement | null>, count: number) {
  const focusIndex = useRef<number | null>(null)
  useEffect(() => {
    const index = focusIndex.current
    if (index === null || count <= index) return
    focusIndex.current = null
    listRef.current?.querySelectorAll<HTMLElement>(':scope > li > article')[index]?.focus()
  }, [count, listRef])
  return () => {
    focusIndex.current = count
  }
}

/** A search result links to "#gesprek-12": once that entry is on the page, bring it into view and focus it. */
function useScrollToAnchoredEntry(count: number) {
  const { hash } = useLocation()
  const handled = useRef('')
  useEffect(() => {
    if (!hash.startsWith('#gesprek-') || handled.current === hash) return
    const entry = document.getElementById(hash.slice(1))
    if (!entry) return
    handled.current = hash
    // After the layout has moved focus to the main content for the new page, not before.
    window.setTimeout(() => {
      entry.focus({ preventScroll: true })
      entry.scrollIntoView({ block: 'start' })
    }, 0)
  }, [hash, count])
}

/** The current time, refreshed every minute: which entries can still be corrected depends on it. */
function useNow(everyMs = 60_000) {
  const [now, setNow] = useState(() => Date.now())
  useEffect(() => {
    const timer = window.setInterval(() => setNow(Date.now()), everyMs)
    return () => window.clearInterval(timer)
  }, [everyMs])
  return now
}
