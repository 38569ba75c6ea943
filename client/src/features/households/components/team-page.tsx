import { useTranslation } from 'react-i18next'
import { StandaloneLink } from '@amsterdam/design-system-react'
import { useMe } from '../../../lib/session.ts'
import { RouterLink } from '../../../components/router-link.tsx'
import { paths } from '../../../app/paths.ts'
import { HouseholdListPage } from './household-list-page.tsx'

/** The supervisor's start page: every household of the team and who supports it, and the way to its safety list. */
export function TeamPage() {
  const { t } = useTranslation()
  const teamName = useMe().data?.teamName
  return (
    <div className="naast-stack">
      <HouseholdListPage
        scope="team"
        title={t('team.title')}
        intro={teamName ? t('team.intro', { team: teamName }) : t('team.title')}
        empty={t('team.empty')}
      />
      <StandaloneLink href={paths.teamSafety} linkComponent={RouterLink}>
        {t('teamSafety.teamPageLink')}
      </StandaloneLink>
    </div>
  )
}
