import type { HouseholdDetail } from '#shared/contracts/households'
import { HouseholdSectionsContext } from '../components/household-sections.tsx'
import { HouseholdPage } from '../features/households/components/household-page.tsx'
import { BroadViewLink } from '../features/analyses/components/broad-view-link.tsx'
import { PlanLink } from '../features/plans/components/plan-link.tsx'
import { ConversationLog } from '../features/conversations/components/conversation-log.tsx'
import { ConsentSection } from '../features/consents/components/consent-section.tsx'
import { SharingSection } from '../features/sharing/components/sharing-section.tsx'
import { SafetySummary } from '../features/safety/components/safety-summary.tsx'
import { CaseRouteSection } from '../features/case-route/components/case-route-section.tsx'
import { FollowUpSection } from '../features/follow-up/components/follow-up-section.tsx'
import { ReflectionsSection } from '../features/reflections/components/reflections-section.tsx'
import { TimelineSection } from '../features/timeline/components/timeline-section.tsx'
import { CaseThemesSection } from '../features/themes/components/case-themes-section.tsx'
import {
  EmergencyAccessBanner,
  EmergencyAccessHint,
} from '../features/oversight/components/emergency-access-banner.tsx'
import { HouseholdRetention } from '../features/oversight/components/household-retention.tsx'

/**
 * High on the household page, because workers live in it: the way to the broad view and the plan, the
 * conversation log, what the household agreed may be shared (asked before anything is shared), and what was shared.
 */
function caseWork(household: HouseholdDetail) {
  return (
    <>
      <SafetySummary householdId={household.id} />
      <div className="naast-columns">
        <BroadViewLink householdId={household.id} />
        <PlanLink householdId={household.id} />
      </div>
      <ConversationLog household={household} />
      <ConsentSection householdId={household.id} />
      <SharingSection householdId={household.id} />
      <FollowUpSection householdId={household.id} />
      <ReflectionsSection householdId={household.id} />
      <CaseThemesSection householdId={household.id} />
      <TimelineSection householdId={household.id} />
      <CaseRouteSection householdId={household.id} />
      <HouseholdRetention householdId={household.id} />
    </>
  )
}

/**
 * The household page with the sections other features add to it; features never import each other. Above it the
 * banner of a running emergency access; below "not found" the way to emergency access for when it is urgent.
 */
export function HouseholdRoute() {
  return (
    <HouseholdSectionsContext.Provider value={caseWork}>
      <EmergencyAccessBanner />
      <HouseholdPage />
      <EmergencyAccessHint />
    </HouseholdSectionsContext.Provider>
  )
}
