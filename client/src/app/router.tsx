import { lazy, Suspense, type ComponentType, type LazyExoticComponent } from 'react'
import { createBrowserRouter, type RouteObject } from 'react-router'
import { Role } from '#shared/domain/roles'
import { LoadingState } from '../components/query-states.tsx'
import { NotFound } from '../components/not-found.tsx'
import { AppLayout } from './layout.tsx'
import { RequireRole, StartRedirect } from './guards.tsx'
import { RouteError } from './route-error.tsx'
import { paths } from './paths.ts'

// Pages load their code when first visited. React.lazy rather than the router's own `lazy`: a chunk that fails
// to load (offline, or replaced by an update) then throws while rendering, so the route's error boundary shows a
// message and a retry; the router's `lazy` left an empty page in that case. `preload` fetches the code earlier
// (see preloadFirstPage).
type LazyPage = LazyExoticComponent<ComponentType> & { preload: () => Promise<unknown> }
type PageHandle = { preload: () => Promise<unknown> }

function lazyPage(load: () => Promise<{ default: ComponentType }>): LazyPage {
  return Object.assign(lazy(load), { preload: load })
}

const LoginPage = lazyPage(() =>
  import('../features/auth/components/login-page.tsx').then((m) => ({ default: m.LoginPage })),
)
const ActivatePage = lazyPage(() =>
  import('../features/auth/components/activate-page.tsx').then((m) => ({ default: m.ActivatePage })),
)
const InboxPage = lazyPage(() =>
  import('../features/inbox/components/inbox-page.tsx').then((m) => ({ default: m.InboxPage })),
)
const RegisterRequestPage = lazyPage(() =>
  import('../features/requests/components/register-request-page.tsx').then((m) => ({
    default: m.RegisterRequestPage,
  })),
)
const RequestPage = lazyPage(() =>
  import('../features/requests/components/request-page.tsx').then((m) => ({ default: m.RequestPage })),
)
const TeamRequestsPage = lazyPage(() =>
  import('../features/requests/components/team-requests-page.tsx').then((m) => ({
    default: m.TeamRequestsPage,
  })),
)
const CaseloadPage = lazyPage(() =>
  import('../features/households/components/caseload-page.tsx').then((m) => ({ default: m.CaseloadPage })),
)
const TeamPage = lazyPage(() =>
  import('../features/households/components/team-page.tsx').then((m) => ({ default: m.TeamPage })),
)
// The household page with the sections other features add to it (broad view, conversations), composed here.
const HouseholdPage = lazyPage(() =>
  import('./household-route.tsx').then((m) => ({ default: m.HouseholdRoute })),
)
const AnalysisPage = lazyPage(() =>
  import('../features/analyses/components/analysis-page.tsx').then((m) => ({ default: m.AnalysisPage })),
)
const PlanPage = lazyPage(() =>
  import('../features/plans/components/plan-page.tsx').then((m) => ({ default: m.PlanPage })),
)
const SafetyPage = lazyPage(() =>
  import('../features/safety/components/safety-page.tsx').then((m) => ({ default: m.SafetyPage })),
)
const TeamSafetyPage = lazyPage(() =>
  import('../features/case-route/components/team-safety-page.tsx').then((m) => ({
    default: m.TeamSafetyPage,
  })),
)
const TeamOverviewPage = lazyPage(() =>
  import('../features/team-overview/components/team-overview-page.tsx').then((m) => ({
    default: m.TeamOverviewPage,
  })),
)
const TeamReflectionsPage = lazyPage(() =>
  import('../features/reflections/components/team-reflections-page.tsx').then((m) => ({
    default: m.TeamReflectionsPage,
  })),
)
const ThemesPage = lazyPage(() =>
  import('../features/themes/components/themes-page.tsx').then((m) => ({ default: m.ThemesPage })),
)
const IndicatorsPage = lazyPage(() =>
  import('../features/indicators/components/indicators-page.tsx').then((m) => ({
    default: m.IndicatorsPage,
  })),
)
const SettingsPage = lazyPage(() =>
  import('../features/admin/components/settings-page.tsx').then((m) => ({ default: m.SettingsPage })),
)
const SearchPage = lazyPage(() =>
  import('../features/search/components/search-page.tsx').then((m) => ({ default: m.SearchPage })),
)
const PortalPage = lazyPage(() =>
  import('../features/portal/components/portal-page.tsx').then((m) => ({ default: m.PortalPage })),
)
const PortalExportPage = lazyPage(() =>
  import('../features/portal/components/portal-export-page.tsx').then((m) => ({
    default: m.PortalExportPage,
  })),
)
const UsersPage = lazyPage(() =>
  import('../features/admin/components/users-page.tsx').then((m) => ({ default: m.UsersPage })),
)
const TeamsPage = lazyPage(() =>
  import('../features/admin/components/teams-page.tsx').then((m) => ({ default: m.TeamsPage })),
)
const NeighbourhoodsPage = lazyPage(() =>
  import('../features/admin/components/neighbourhoods-page.tsx').then((m) => ({
    default: m.NeighbourhoodsPage,
  })),
)
const CataloguesPage = lazyPage(() =>
  import('../features/admin/components/catalogues-page.tsx').then((m) => ({ default: m.CataloguesPage })),
)

const AccountPage = lazyPage(() =>
  import('../features/account/components/account-page.tsx').then((m) => ({ default: m.AccountPage })),
)
const EmergencyAccessPage = lazyPage(() =>
  import('../features/oversight/components/emergency-access-page.tsx').then((m) => ({
    default: m.EmergencyAccessPage,
  })),
)
const TeamEmergencyPage = lazyPage(() =>
  import('../features/oversight/components/team-emergency-page.tsx').then((m) => ({
    default: m.TeamEmergencyPage,
  })),
)
const SecurityPage = lazyPage(() =>
  import('../features/oversight/components/security-page.tsx').then((m) => ({ default: m.SecurityPage })),
)
const RetentionPage = lazyPage(() =>
  import('../features/oversight/components/retention-page.tsx').then((m) => ({ default: m.RetentionPage })),
)

/** A page with its own error boundary, inside the layout: when it fails, the header and menu keep working. */
function page(path: string, Page: LazyPage): RouteObject {
  return {
    path,
    handle: { preload: Page.preload } satisfies PageHandle,
    element: (
      <Suspense fallback={<LoadingState />}>
        <Page />
      </Suspense>
    ),
    ErrorBoundary: RouteError,
  }
}

/** Pages only some roles may open; the guard answers the rest. */
function forRoles(roles: Role[], children: RouteObject[]): RouteObject {
  return { element: <RequireRole roles={roles} />, ErrorBoundary: RouteError, children }
}

const routes: RouteObject[] = [
  {
    path: paths.home,
    Component: AppLayout,
    ErrorBoundary: RouteError,
    children: [
      { index: true, Component: StartRedirect, ErrorBoundary: RouteError },
      page(paths.login, LoginPage),
      page(paths.activate, ActivatePage),
      forRoles(
        [Role.worker, Role.supervisor, Role.household, Role.admin],
        [page(paths.account, AccountPage)],
      ),
      forRoles([Role.worker], [page(paths.inbox, InboxPage), page(paths.caseload, CaseloadPage)]),
      forRoles(
        [Role.worker, Role.supervisor],
        [
          page(paths.household, HouseholdPage),
          page(paths.broadView, AnalysisPage),
          page(paths.plan, PlanPage),
          page(paths.themes, ThemesPage),
          page(paths.teamIndicators, IndicatorsPage),
          page(paths.safety, SafetyPage),
          page(paths.search, SearchPage),
          page(paths.emergencyAccess, EmergencyAccessPage),
          page(paths.registerRequest, RegisterRequestPage),
          page(paths.request, RequestPage),
        ],
      ),
      forRoles(
        [Role.supervisor],
        [
          page(paths.team, TeamPage),
          page(paths.teamRequests, TeamRequestsPage),
          page(paths.teamSafety, TeamSafetyPage),
          page(paths.teamOverview, TeamOverviewPage),
          page(paths.teamReflections, TeamReflectionsPage),
          page(paths.teamEmergencyAccess, TeamEmergencyPage),
        ],
      ),
      forRoles(
        [Role.household],
        [page(paths.portal, PortalPage), page(paths.portalExport, PortalExportPage)],
      ),
      forRoles(
        [Role.admin],
        [
          page(paths.adminUsers, UsersPage),
          page(paths.adminTeams, TeamsPage),
          page(paths.adminNeighbourhoods, NeighbourhoodsPage),
          page(paths.adminCatalogues, CataloguesPage),
          page(paths.adminSettings, SettingsPage),
          page(paths.adminSecurity, SecurityPage),
          page(paths.adminRetention, RetentionPage),
        ],
      ),
      { path: '*', Component: NotFound },
    ],
  },
]

export const router = createBrowserRouter(routes)

/**
 * Starts fetching the code of the page the app was opened on, so it loads together with the texts (lib/i18n.ts)
 * instead of after the first render. A failure is left to the page's own error boundary, which meets it again.
 */
export function preloadFirstPage() {
  for (const match of router.state.matches) {
    const handle = match.route.handle as PageHandle | undefined
    void handle?.preload().catch(() => {})
  }
}
