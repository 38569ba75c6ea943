import { useEffect, useRef, type RefObject } from 'react'
import { useTranslation } from 'react-i18next'
import { Heading, Paragraph } from '@amsterdam/design-system-react'
import type { AccessLogEntry } from '#shared/contracts/household-file'
import { formatDateTime } from '#shared/domain/dates'
import { groupVisits, type AccessVisit } from '#shared/domain/access-log'
import { currentLanguage } from '../../../lib/i18n.ts'
import { LoadMore } from '../../../components/load-more.tsx'
import { ErrorState, LoadingState } from '../../../components/query-states.tsx'
import { useAccessLog } from '../api/list-access-log.ts'

/** Which part of the file, in words: the first part of what was done ("plan.save" → "plan"). */
type Part =
  | 'household'
  | 'conversation'
  | 'plan'
  | 'analysis'
  | 'people'
  | 'consent'
  | 'share'
  | 'request'
  | 'portalLogin'
  | 'portal'
  | 'file'

function partOf(about: string): Part {
  switch (about) {
    case 'household':
    case 'conversation':
    case 'plan':
    case 'analysis':
    case 'consent':
    case 'share':
    case 'request':
    case 'portalLogin':
    case 'portal':
      return about
    case 'member':
    case 'network':
    case 'professional':
      return 'people'
    default:
      return 'file'
  }
}

/**
 * "Wie heeft uw dossier bekeken?": who looked at or changed the household's file, and who tried to but was not
 * allowed, newest first. One line each, "23 november 2026 om 10:15 — Sanne de Boer (wijkcoach) bekeek het plan.",
 * which reads as well on a phone as on a wide screen; "Meer laden" for older lines.
 */
export function PortalAccessLog({ householdId }: { householdId: number }) {
  const { t } = useTranslation()
  const log = useAccessLog(householdId)
  const entries = groupVisits(log.data?.pages.flatMap((page) => page.items) ?? [])
  const listRef = useRef<HTMLOListElement>(null)
  const focusFirstNew = useFocusFirstNew(listRef, entries.length)

  return (
    <section className="naast-stack" aria-labelledby="portal-access-log">
      <Heading level={2} id="portal-access-log">
        {t('portalFile.logTitle')}
      </Heading>
      <Paragraph>{t('portalFile.logIntro')}</Paragraph>
      {log.isPending ? (
        <LoadingState />
      ) : !log.data ? (
        <ErrorState error={log.error} onRetry={() => void log.refetch()} headingLevel={3} />
      ) : entries.length === 0 ? (
        <Paragraph>{t('portalFile.logEmpty')}</Paragraph>
      ) : (
        <>
          <ol ref={listRef} className="naast-portal-log" aria-labelledby="portal-access-log">
            {entries.map((entry) => (
              <AccessLogLine key={entry.id} entry={entry} />
            ))}
          </ol>
          <LoadMore
            hasMore={log.hasNextPage}
            loading={log.isFetchingNextPage}
            label={t('portalFile.logMore')}
            loadingLabel={t('portalFile.logLoadingMore')}
            status={t('portalFile.logShown', { count: entries.length })}
            onLoadMore={() => {
              focusFirstNew()
              void log.fetchNextPage()
            }}
          />
          {log.isFetchNextPageError && (
            <ErrorState error={log.error} onRetry={() => void log.fetchNextPage()} headingLevel={3} />
          )}
        </>
      )}
    </section>
  )
}

/** "a, b en c" */
function joinWords(words: string[], and: string): string {
  return words.length <= 1
    ? (words[0] ?? '')
    : `${words.slice(0, -1).join(', ')} ${and} ${words[words.length - 1]}`
}

/** When, then who (and in what role) did what to which parts in one visit, as one sentence. */
export function AccessLogLine({ entry }: { entry: AccessVisit<AccessLogEntry> }) {
  const { t } = useTranslation()
  // Emergency access: someone without a role in the household opened the file because it was urgent.
  if (entry.kind === 'emergency') {
    return (
      <li tabIndex={-1} className="naast-focus-target">
        <time dateTime={entry.at} className="naast-portal-log__when">
          {formatDateTime(entry.at, currentLanguage())}
        </time>{' '}
        <strong>
          {t('oversight.household.logEmergency', {
            name: entry.who,
            role: t(`portalFile.roles.${entry.role}`),
          })}
        </strong>
      </li>
    )
  }
  const parts = [...new Set(entry.abouts.map(partOf))]
  const single = parts.length === 1 ? parts[0] : undefined
  // Writing a new conversation report, or writing down a share, is not "changing" one: say what it was.
  const what =
    entry.kind === 'changed' && single === 'conversation'
      ? t('portalFile.changedConversation')
      : entry.kind === 'changed' && single === 'share'
        ? t('portalFile.changedShare')
        : t(`portalFile.kinds.${entry.kind}`, {
            part: joinWords(
              parts.map((part) => t(`portalFile.parts.${part}`)),
              t('portalFile.and'),
            ),
          })
  return (
    // Focusable from script only: after "Meer laden" focus goes to the first new line.
    <li tabIndex={-1} className="naast-focus-target">
      <time dateTime={entry.at} className="naast-portal-log__when">
        {formatDateTime(entry.at, currentLanguage())}
      </time>{' '}
      <span>
        {t('portalFile.logLine', { name: entry.who, role: t(`portalFile.roles.${entry.role}`), what })}
      </span>
    </li>
  )
}

/** After "Meer laden", focus goes to the first new line, so a keyboard user reads on where the list grew. */
function useFocusFirstNew(listRef: RefObject<HTMLOListElement | null>, count: number) {
  const focusIndex = useRef<number | null>(null)
  useEffect(() => {
    const index = focusIndex.current
    if (index === null || count <= index) return
    focusIndex.current = null
    listRef.current?.querySelectorAll<HTMLElement>(':scope > li')[index]?.focus()
  }, [count, listRef])
  return () => {
    focusIndex.current = count
  }
}
