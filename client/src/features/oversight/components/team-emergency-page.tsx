import { useTranslation } from 'react-i18next'
import { Heading, Paragraph } from '@amsterdam/design-system-react'
import { useMe } from '../../../lib/session.ts'
import { useDocumentTitle } from '../../../lib/use-document-title.ts'
import { QueryResult } from '../../../components/query-states.tsx'
import { useEmergencyAccesses } from '../api/emergency-access.ts'
import { EmergencyAccessTable } from './emergency-access-table.tsx'
import './oversight.css'

/**
 * "Noodtoegang in uw team": the supervisor sees every emergency access by someone of the team, and every one into
 * a household of the team, with the reason given.
 */
export function TeamEmergencyPage() {
  const { t } = useTranslation()
  useDocumentTitle(t('oversight.team.title'))
  const teamName = useMe().data?.teamName ?? null
  const accesses = useEmergencyAccesses()
  return (
    <div className="naast-stack">
      <Heading level={1}>{t('oversight.team.title')}</Heading>
      <Paragraph className="naast-readable">{t('oversight.team.intro')}</Paragraph>
      <QueryResult query={accesses}>
        {(list) =>
          list.length === 0 ? (
            <Paragraph>{t('oversight.team.empty')}</Paragraph>
          ) : (
            <EmergencyAccessTable
              caption={t('oversight.team.title')}
              accesses={list}
              // Only the team's own households open for the supervisor; the rest is named, not linked.
              household={{ linkTo: (access) => teamName !== null && access.householdTeamName === teamName }}
            />
          )
        }
      </QueryResult>
    </div>
  )
}
