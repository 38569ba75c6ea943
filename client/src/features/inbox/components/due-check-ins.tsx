import { useTranslation } from 'react-i18next'
import { Heading, Link, Paragraph, UnorderedList } from '@amsterdam/design-system-react'
import type { DueCheckIns as Due } from '#shared/contracts/follow-up'
import { formatDate } from '#shared/domain/dates'
import { currentLanguage } from '../../../lib/i18n.ts'
import { ErrorState, LoadingState } from '../../../components/query-states.tsx'
import { RouterLink } from '../../../components/router-link.tsx'
import { WarningIcon } from '../../../components/icons.tsx'
import { householdPath } from '../../../app/paths.ts'
import { useDueCheckIns } from '../api/get-due-check-ins.ts'

/**
 * "Contactmomenten" on the worker's Vandaag: scaled-down households (finger on the pulse, background) whose
 * check-in is overdue (first, marked "te laat") or due within a week; the name links to the household's follow-up.
 */
export function DueCheckIns() {
  const { t } = useTranslation()
  const due = useDueCheckIns()
  return (
    <section className="naast-stack" aria-labelledby="inbox-check-ins">
      <Heading level={2} id="inbox-check-ins">
        {t('followUp.due.title')}
      </Heading>
      {due.isPending ? (
        <LoadingState />
      ) : due.isError ? (
        <ErrorState error={due.error} onRetry={() => void due.refetch()} headingLevel={3} />
      ) : due.data.length === 0 ? (
        <Paragraph>{t('followUp.due.empty')}</Paragraph>
      ) : (
        <>
          <Paragraph>{t('followUp.due.intro')}</Paragraph>
          <UnorderedList>
            {overdueFirst(due.data).map((item) => (
              <UnorderedList.Item key={item.householdId}>
                <Link
                  href={`${householdPath(item.householdId)}#vinger-aan-de-pols`}
                  linkComponent={RouterLink}
                >
                  {item.householdName}
                </Link>
                {': '}
                <DueLine item={item} />
              </UnorderedList.Item>
            ))}
          </UnorderedList>
        </>
      )}
    </section>
  )
}

/** The server sorts by due date, which already puts overdue ones first; kept explicit, as it is the point. */
function overdueFirst(items: Due) {
  return [...items.filter((item) => item.overdue), ...items.filter((item) => !item.overdue)]
}

/** "te laat, gepland op 3 november 2026 (vinger aan de pols)": the word and an icon, never colour alone. */
function DueLine({ item }: { item: Due[number] }) {
  const { t } = useTranslation()
  const planned = t('followUp.due.planned', { date: formatDate(item.nextCheckInOn, currentLanguage()) })
  const phase = t(`followUp.due.phases.${item.phase}`)
  return (
    <>
      {item.overdue && (
        <>
          <span className="naast-overdue">
            <WarningIcon className="naast-overdue__icon" />
            {t('followUp.due.overdue')}
          </span>
          {', '}
        </>
      )}
      {planned} ({phase})
    </>
  )
}
