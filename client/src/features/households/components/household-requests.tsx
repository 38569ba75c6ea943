import { useTranslation } from 'react-i18next'
import { Heading, Paragraph } from '@amsterdam/design-system-react'
import { QueryResult } from '../../../components/query-states.tsx'
import { RequestTable } from '../../../components/request-table.tsx'
import { useHouseholdRequests } from '../api/list-household-requests.ts'

/** The requests (aanmeldingen) about this household, each leading to its own page. */
export function HouseholdRequests({ householdId }: { householdId: number }) {
  const { t } = useTranslation()
  const requests = useHouseholdRequests(householdId)
  return (
    <section className="naast-stack" aria-labelledby="household-requests">
      <Heading level={2} id="household-requests">
        {t('household.requests')}
      </Heading>
      <QueryResult query={requests} errorHeadingLevel={3}>
        {(list) =>
          list.length === 0 ? (
            <Paragraph>{t('household.requestsEmpty')}</Paragraph>
          ) : (
            <RequestTable caption={t('household.requests')} requests={list} showHousehold={false} />
          )
        }
      </QueryResult>
    </section>
  )
}
