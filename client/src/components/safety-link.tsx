import { useTranslation } from 'react-i18next'
import { StandaloneLink } from '@amsterdam/design-system-react'
import { safetyPath } from '../app/paths.ts'
import { SafetyIcon } from './icons.tsx'
import { RouterLink } from './router-link.tsx'

/**
 * "Signaal vastleggen" near the top of every page of a case: a worker who sees or hears something can record it
 * at once, wherever they are. Leads to the form on the household's safety page.
 */
export function SafetyLink({ householdId }: { householdId: number }) {
  const { t } = useTranslation()
  return (
    <StandaloneLink
      href={safetyPath(householdId, 'nieuw-signaal')}
      linkComponent={RouterLink}
      icon={SafetyIcon}
      className="naast-no-print"
    >
      {t('safetyPage.link.record')}
    </StandaloneLink>
  )
}
