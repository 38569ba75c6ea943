import type { Me } from '#shared/contracts/auth'
import type { Role } from '#shared/domain/roles'

/**
 * Every URL of the client, in Dutch because users see them. A leaf module (no imports beyond types) so features
 * can build links with it without depending on the rest of app/.
 */
export const paths = {
  home: '/',
  login: '/inloggen',
  activate: '/activeren',
  inbox: '/vandaag',
  caseload: '/huishoudens',
  household: '/huishoudens/:householdId',
  broadView: '/huishoudens/:householdId/brede-blik',
  plan: '/huishoudens/:householdId/plan',
  safety: '/huishoudens/:householdId/veiligheid',
  search: '/zoeken',
  registerRequest: '/aanmeldingen/nieuw',
  request: '/aanmeldingen/:requestId',
  team: '/team',
  teamRequests: '/team/aanmeldingen',
  teamSafety: '/team/veiligheid',
  teamOverview: '/team/overzicht',
  teamReflections: '/team/reflecties',
  teamIndicators: '/team/cijfers',
  themes: '/wijkthemas',
  portal: '/mijn-gezin/:householdId',
  portalExport: '/mijn-gezin/:householdId/mijn-gegevens',
  adminUsers: '/beheer/gebruikers',
  adminTeams: '/beheer/teams',
  adminNeighbourhoods: '/beheer/wijken',
  adminCatalogues: '/beheer/lijsten',
  adminSettings: '/beheer/instellingen',
  adminSecurity: '/beheer/beveiliging',
  adminRetention: '/beheer/bewaartermijnen',
  account: '/mijn-account',
  emergencyAccess: '/noodtoegang',
  teamEmergencyAccess: '/team/noodtoegang',
} as const

export const householdPath = (householdId: number) => `/huishoudens/${householdId}`
export const portalPath = (householdId: number) => `/mijn-gezin/${householdId}`
/** Everything the file holds about the member, as a page to read and print. */
export const portalExportPath = (householdId: number) => `/mijn-gezin/${householdId}/mijn-gegevens`
export const requestPath = (requestId: number) => `/aanmeldingen/${requestId}`
/** The broad view of a household; with a snapshot id, that earlier snapshot instead of the newest. */
export const broadViewPath = (householdId: number, snapshotId?: number) =>
  `/huishoudens/${householdId}/brede-blik${snapshotId === undefined ? '' : `?momentopname=${snapshotId}`}`
/** The plan of a household (route steps 6–8). */
export const planPath = (householdId: number) => `/huishoudens/${householdId}/plan`
/** Safety of a household (route step 0): signals, safety pictures, the meldcode and the safety plan. */
export const safetyPath = (householdId: number, section?: 'nieuw-signaal' | 'meldcode' | 'veiligheidsplan') =>
  `/huishoudens/${householdId}/veiligheid${section ? `#${section}` : ''}`
export const searchPath = (q: string) => (q ? `/zoeken?q=${encodeURIComponent(q)}` : '/zoeken')
/** A conversation on its household's page. */
export const conversationPath = (householdId: number, conversationId: number) =>
  `/huishoudens/${householdId}#gesprek-${conversationId}`

/** The query parameter that keeps the page someone wanted while they log in. */
export const returnToParam = 'terug'

export function loginPath(returnTo?: string): string {
  return returnTo && returnTo !== paths.home
    ? `${paths.login}?${returnToParam}=${encodeURIComponent(returnTo)}`
    : paths.login
}

/** Where each role lands after log-in. */
export function startPath(me: Pick<Me, 'role' | 'householdId'>): string {
  switch (me.role) {
    case 'worker':
      // "Vandaag": what is waiting for the worker comes before the whole caseload.
      return paths.inbox
    case 'supervisor':
      return paths.teamOverview
    case 'household':
      // An account without a household is a data error; '/mijn-gezin' alone shows "not found" instead of looping.
      return me.householdId === null ? '/mijn-gezin' : portalPath(me.householdId)
    case 'admin':
      return paths.adminUsers
  }
}

/** Which sections a role can open; the server still decides per household. */
const sectionsByRole: Record<Role, readonly string[]> = {
  worker: [
    paths.inbox,
    paths.caseload,
    '/aanmeldingen',
    paths.search,
    paths.themes,
    paths.teamIndicators,
    paths.emergencyAccess,
    paths.account,
  ],
  supervisor: [
    paths.caseload,
    paths.team,
    '/aanmeldingen',
    paths.search,
    paths.themes,
    paths.emergencyAccess,
    paths.account,
  ],
  household: ['/mijn-gezin', paths.account],
  admin: ['/beheer', paths.account],
}

/**
 * Only a local path this role can use is a safe place to return to after log-in: anything else (another site,
 * or the page of whoever used this browser before) falls back to the start page.
 */
export function safeReturnPath(returnTo: string | null, me: Pick<Me, 'role' | 'householdId'>): string {
  if (!returnTo || !returnTo.startsWith('/') || returnTo.startsWith('//') || returnTo.includes('\\')) {
    return startPath(me)
  }
  const pathname = returnTo.split(/[?#]/)[0] ?? ''
  const allowed = sectionsByRole[me.role].some(
    (section) => pathname === section || pathname.startsWith(`${section}/`),
  )
  return allowed ? returnTo : startPath(me)
}
