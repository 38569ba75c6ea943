import { useEffect, useRef } from 'react'
import { useTranslation } from 'react-i18next'
import { useLocation, useParams } from 'react-router'
import { Heading, Paragraph, StandaloneLink } from '@amsterdam/design-system-react'
import type { HouseholdDetail } from '#shared/contracts/households'
import { useHousehold } from '../../../lib/household-detail.ts'
import { useDocumentTitle } from '../../../lib/use-document-title.ts'
import { ChevronBackwardIcon } from '../../../components/icons.tsx'
import { NotFound } from '../../../components/not-found.tsx'
import { QueryResult } from '../../../components/query-states.tsx'
import { RouterLink } from '../../../components/router-link.tsx'
import { SafetyMark } from '../../../components/safety-mark.tsx'
import { householdPath } from '../../../app/paths.ts'
import { useSafetyOverview } from '../api/get-safety-overview.ts'
import { SignalsSection } from './signals-section.tsx'
import { PicturesSection } from './pictures-section.tsx'
import { MeldcodeSection } from './meldcode-section.tsx'
import { SafetyPlanSection } from './safety-plan-section.tsx'
import './safety.css'

/**
 * "Veiligheid" (route step 0), reachable from every page of a case: the signals, the current picture of each
 * member's safety, the meldcode's five steps, and the safety plan. The "nieuw-signaal" and "meldcode" anchors
 * bring the user straight to recording a signal or to the meldcode.
 */
export function SafetyPage() {
  const { householdId } = useParams()
  const id = Number(householdId)
  // A malformed id cannot exist; answer as the server would for any unknown household.
  if (!Number.isSafeInteger(id) || id <= 0) return <NotFound />
  return <SafetyLoader householdId={id} />
}

function SafetyLoader({ householdId }: { householdId: number }) {
  const { t } = useTranslation()
  const household = useHousehold(householdId)
  useDocumentTitle(
    household.data ? `${t('safetyPage.pageTitle')} – ${household.data.name}` : t('safetyPage.pageTitle'),
  )
  return (
    <QueryResult query={household} notFoundPage errorHeadingLevel={1}>
      {(data) => <SafetyScreen household={data} />}
    </QueryResult>
  )
}

function SafetyScreen({ household }: { household: HouseholdDetail }) {
  const { t } = useTranslation()
  const overview = useSafetyOverview(household.id)
  useScrollToAnchor(overview.isSuccess)

  return (
    <div className="naast-stack">
      <StandaloneLink
        href={householdPath(household.id)}
        linkComponent={RouterLink}
        icon={ChevronBackwardIcon}
      >
        {t('safetyPage.back', { name: household.name })}
      </StandaloneLink>
      <Heading level={1} className="naast-heading-with-mark">
        {t('safetyPage.title', { name: household.name })}
        <SafetyMark show={household.safetyMark} />
      </Heading>
      <Paragraph className="naast-readable">{t('safetyPage.intro')}</Paragraph>
      <QueryResult query={overview}>
        {(data) => (
          <>
            <SignalsSection household={household} overview={data} />
            <PicturesSection overview={data} />
            <MeldcodeSection overview={data} />
          </>
        )}
      </QueryResult>
      <SafetyPlanSection householdId={household.id} />
    </div>
  )
}

/**
 * A link to "#nieuw-signaal" or "#meldcode" (from another page of the case) arrives before the sections exist:
 * once they are there, bring the part into view and move focus to it, so the keyboard continues from there.
 */
function useScrollToAnchor(ready: boolean) {
  const { hash, key } = useLocation()
  const handled = useRef('')
  useEffect(() => {
    const id = decodeURIComponent(hash.slice(1))
    if (!ready || !id || handled.current === key) return
    const target = document.getElementById(id)
    if (!target) return
    handled.current = key
    // After the layout has moved focus to the main content for the new page, not before.
    window.setTimeout(() => {
      if (target.tabIndex >= 0 || target.hasAttribute('tabindex')) target.focus({ preventScroll: true })
      target.scrollIntoView({ block: 'start' })
    }, 0)
  }, [hash, key, ready])
}
