import { useTranslation } from 'react-i18next'
import { useMe } from '../../../lib/session.ts'
import { HouseholdListPage } from './household-list-page.tsx'

/** The supervisor's start page: every household of the team and who supports it. */
export function TeamPage() {
  const { t } = useTranslation()
  const teamName = useMe().data?.teamName
  return (
    <HouseholdListPage
      scope="team"
      title={t('team.title')}
      intro={teamName ? t('team.intro', { team: teamName }) : t('team.title')}
      empty={t('team.empty')}
    />
  )
}
