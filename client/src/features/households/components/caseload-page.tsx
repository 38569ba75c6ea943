import { useTranslation } from 'react-i18next'
import { HouseholdListPage } from './household-list-page.tsx'

/** "Mijn huishoudens": the worker's start page. */
export function CaseloadPage() {
  const { t } = useTranslation()
  return (
    <HouseholdListPage
      scope="caseload"
      title={t('caseload.title')}
      intro={t('caseload.intro')}
      empty={t('caseload.empty')}
    />
  )
}
