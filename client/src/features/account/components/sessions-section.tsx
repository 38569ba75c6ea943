import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Button, Heading, Paragraph, Table } from '@amsterdam/design-system-react'
import type { AccountSession } from '#shared/contracts/account'
import { formatDateTime } from '#shared/domain/dates'
import { errorText } from '../../../lib/api.ts'
import { currentLanguage } from '../../../lib/i18n.ts'
import { FocusedStatus } from '../../../components/focused-status.tsx'
import { QueryResult } from '../../../components/query-states.tsx'
import { useEndSession, useSessions } from '../api/sessions.ts'
import { deviceWords } from './device-words.ts'

/** "Waar bent u ingelogd": every open session of the user, and logging out any other one. */
export function SessionsSection() {
  const { t } = useTranslation()
  const sessions = useSessions()
  const end = useEndSession()
  const [message, setMessage] = useState<string | null>(null)

  function onEnd(session: AccountSession, device: string) {
    if (end.isPending) return
    setMessage(null)
    // The row and its button are gone afterwards: the confirmation takes focus.
    end.mutate(session.id, { onSuccess: () => setMessage(t('account.sessions.ended', { device })) })
  }

  return (
    <section aria-labelledby="account-sessions" className="naast-stack">
      <Heading level={2} id="account-sessions">
        {t('account.sessions.title')}
      </Heading>
      <Paragraph className="naast-narrow">{t('account.sessions.intro')}</Paragraph>
      {message && <FocusedStatus key={message} heading={message} onClose={() => setMessage(null)} />}
      {end.isError && (
        <Paragraph role="alert" className="naast-error-text">
          {errorText(end.error, t)}
        </Paragraph>
      )}
      <QueryResult query={sessions} errorHeadingLevel={3}>
        {(list) =>
          list.length === 0 ? (
            <Paragraph>{t('account.sessions.empty')}</Paragraph>
          ) : (
            <>
              <SessionsTable
                sessions={list}
                endingId={end.isPending ? end.variables : undefined}
                onEnd={onEnd}
              />
              {list.every((session) => session.current) && (
                <Paragraph>{t('account.sessions.onlyThisDevice')}</Paragraph>
              )}
            </>
          )
        }
      </QueryResult>
    </section>
  )
}

function SessionsTable({
  sessions,
  endingId,
  onEnd,
}: {
  sessions: AccountSession[]
  endingId: string | undefined
  onEnd: (session: AccountSession, device: string) => void
}) {
  const { t } = useTranslation()
  const language = currentLanguage()
  // This device first, then the most recently used.
  const sorted = [...sessions].sort(
    (a, b) => Number(b.current) - Number(a.current) || b.lastActiveAt.localeCompare(a.lastActiveAt),
  )
  return (
    <Table className="naast-table">
      <Table.Caption className="ams-visually-hidden">{t('account.sessions.caption')}</Table.Caption>
      <Table.Header>
        <Table.Row>
          <Table.HeaderCell scope="col">{t('account.sessions.device')}</Table.HeaderCell>
          <Table.HeaderCell scope="col">{t('account.sessions.startedAt')}</Table.HeaderCell>
          <Table.HeaderCell scope="col">{t('account.sessions.lastActiveAt')}</Table.HeaderCell>
          <Table.HeaderCell scope="col">{t('account.sessions.action')}</Table.HeaderCell>
        </Table.Row>
      </Table.Header>
      <Table.Body>
        {sorted.map((session) => {
          const device = deviceWords(session, t)
          const lastActive = formatDateTime(session.lastActiveAt, language)
          const ending = endingId === session.id
          return (
            <Table.Row key={session.id}>
              <Table.HeaderCell scope="row">{device}</Table.HeaderCell>
              <Table.Cell>{formatDateTime(session.startedAt, language)}</Table.Cell>
              <Table.Cell>{lastActive}</Table.Cell>
              <Table.Cell>
                {session.current ? (
                  <strong>{t('account.sessions.thisDevice')}</strong>
                ) : (
                  <Button
                    variant="secondary"
                    aria-disabled={ending || undefined}
                    onClick={() => onEnd(session, device)}
                  >
                    {ending ? t('account.sessions.ending') : t('account.sessions.end')}
                    <span className="ams-visually-hidden">
                      : {t('account.sessions.endLabel', { device, date: lastActive })}
                    </span>
                  </Button>
                )}
              </Table.Cell>
            </Table.Row>
          )
        })}
      </Table.Body>
    </Table>
  )
}
