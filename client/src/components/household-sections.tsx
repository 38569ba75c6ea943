import { createContext, useContext, type ReactNode } from 'react'
import type { HouseholdDetail } from '#shared/contracts/households'

type RenderSections = (household: HouseholdDetail) => ReactNode

/**
 * Sections of other features on the household page (the conversation log, the broad view). A feature never
 * imports another, so app/ provides them here and the households feature only says where they go.
 */
export const HouseholdSectionsContext = createContext<RenderSections | null>(null)

export function HouseholdSections({ household }: { household: HouseholdDetail }) {
  const render = useContext(HouseholdSectionsContext)
  return render ? <>{render(household)}</> : null
}
