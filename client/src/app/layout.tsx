import { useEffect, useRef, type RefObject } from 'react'
import { useTranslation } from 'react-i18next'
import { Outlet, ScrollRestoration, useLocation, useNavigationType } from 'react-router'
import { Grid, Page, SkipLink, TabNavigation } from '@amsterdam/design-system-react'
import type { Me } from '#shared/contracts/auth'
import { errorText } from '../lib/api.ts'
import { changeLanguage, currentLanguage } from '../lib/i18n.ts'
import { useMe, useSwitchLanguage } from '../lib/session.ts'
import { RouterLink, RouterNavLink } from '../components/router-link.tsx'
import { NaastEmblem } from '../components/naast-emblem.tsx'
import { useLogOut } from '../features/auth/api/log-out.ts'
import { HeaderSearch } from '../features/search/components/header-search.tsx'
import { paths, portalPath } from './paths.ts'

const mainId = 'inhoud'

/** The frame of every page: skip link, header with menu, and the main content. */
export function AppLayout() {
  const { t } = useTranslation()
  const me = useMe().data ?? null
  const mainRef = useRef<HTMLElement>(null)
  useFocusMainOnNavigation(mainRef)

  // After log-in or a reload, the language stored on the account wins over this device's choice.
  const accountLanguage = me?.language
  useEffect(() => {
    if (accountLanguage) void changeLanguage(accountLanguage)
  }, [accountLanguage])

  return (
    <Page>
      <SkipLink href={`#${mainId}`}>{t('app.skipToContent')}</SkipLink>
      <AppHeader me={me} />
      <Grid
        as="main"
        id={mainId}
        ref={mainRef}
        tabIndex={-1}
        paddingTop="large"
        paddingBottom="2x-large"
        className="naast-main"
      >
        <Grid.Cell span="all">
          <Outlet />
        </Grid.Cell>
      </Grid>
      <ScrollRestoration />
    </Page>
  )
}

/**
 * After a client-side page change nothing tells a screen reader that the page changed, and keyboard focus
 * would stay on the link just followed: move focus to the main content, as a fresh page load would. Redirects
 * (replace) are left alone, so on first load the skip link is still the first thing Tab reaches.
 */
function useFocusMainOnNavigation(mainRef: RefObject<HTMLElement | null>) {
  const { pathname } = useLocation()
  const navigationType = useNavigationType()
  const previous = useRef(pathname)
  useEffect(() => {
    if (previous.current === pathname) return
    previous.current = pathname
    if (navigationType !== 'REPLACE') mainRef.current?.focus({ preventScroll: true })
  }, [pathname, navigationType, mainRef])
}

type NavItem = { href: string; label: string }

function useNavigation(me: Me | null): NavItem[] {
  const { t } = useTranslation()
  if (!me) return []
  switch (me.role) {
    case 'worker':
      return [
        { href: paths.inbox, label: t('nav.inbox') },
        { href: paths.caseload, label: t('nav.caseload') },
        { href: paths.themes, label: t('themes.navLabel') },
        { href: paths.teamIndicators, label: t('indicators.navLabel') },
        { href: paths.registerRequest, label: t('nav.registerRequest') },
        { href: paths.emergencyAccess, label: t('oversight.emergency.title') },
      ]
    case 'supervisor':
      return [
        { href: paths.teamOverview, label: t('teamOverview.navLabel') },
        { href: paths.team, label: t('nav.team') },
        { href: paths.teamRequests, label: t('nav.teamRequests') },
        { href: paths.teamSafety, label: t('teamSafety.navLabel') },
        { href: paths.teamReflections, label: t('reflections.navLabel') },
        { href: paths.teamIndicators, label: t('indicators.navLabel') },
        { href: paths.themes, label: t('themes.navLabel') },
        { href: paths.registerRequest, label: t('nav.registerRequest') },
      ]
    case 'household':
      return me.householdId === null
        ? []
        : [{ href: portalPath(me.householdId), label: t('nav.myHousehold') }]
    case 'admin':
      return [
        { href: paths.adminUsers, label: t('nav.adminUsers') },
        { href: paths.adminTeams, label: t('nav.adminTeams') },
        { href: paths.adminNeighbourhoods, label: t('nav.adminNeighbourhoods') },
        { href: paths.adminCatalogues, label: t('catalogues.navLabel') },
        { href: paths.adminSettings, label: t('settings.navLabel') },
        { href: paths.adminSecurity, label: t('oversight.security.navLabel') },
        { href: paths.adminRetention, label: t('oversight.retention.navLabel') },
      ]
  }
}

/**
 * Built from simple parts rather than the design system's PageHeader: that component always bundles the City of
 * Amsterdam's logos (56 kB), and Naast must carry no Amsterdam identity at all.
 */
function AppHeader({ me }: { me: Me | null }) {
  const { t } = useTranslation()
  const navigation = useNavigation(me)
  const switchLanguage = useSwitchLanguage()
  const logOut = useLogOut()
  const otherLanguage = currentLanguage() === 'nl' ? 'en' : 'nl'
  // The municipality is the authority behind the service; its name comes from configuration, never a default.
  const brand = me ? t('app.brand', { municipality: me.municipalityName }) : t('app.name')

  return (
    <Grid as="header" gapVertical="none" className="naast-header">
      <Grid.Cell span="all" className="naast-header__bar">
        <RouterLink href={paths.home} className="naast-header__brand">
          <NaastEmblem aria-hidden="true" className="naast-header__emblem" />
          <span>{brand}</span>
          <span className="ams-visually-hidden"> – {t('app.homeLinkTitle')}</span>
        </RouterLink>
        <div className="naast-header__tools">
          {(me?.role === 'worker' || me?.role === 'supervisor') && <HeaderSearch />}
          {/* Who is logged in leads to their own account: two-factor log-in, sessions, password. */}
          {me && (
            <RouterNavLink href={paths.account} className="naast-header__button">
              {t('app.loggedInAs', { name: me.name })}
            </RouterNavLink>
          )}
          <button
            type="button"
            className="naast-header__button"
            // The label is in the other language; marking it lets screen readers pronounce it properly.
            lang={otherLanguage}
            aria-label={t('app.switchToOtherLabel')}
            onClick={() => switchLanguage.mutate(otherLanguage)}
          >
            {t('app.switchToOther')}
          </button>
          {me && (
            <button
              type="button"
              className="naast-header__button"
              aria-disabled={logOut.isPending || undefined}
              onClick={() => {
                if (logOut.isPending) return
                logOut.mutate(undefined, { onSuccess: () => window.location.assign(paths.login) })
              }}
            >
              {logOut.isPending ? t('app.loggingOut') : t('app.logout')}
            </button>
          )}
          {logOut.isError && (
            <span role="alert" className="naast-header__error">
              {errorText(logOut.error, t)}
            </span>
          )}
        </div>
      </Grid.Cell>
      {navigation.length > 0 && (
        <Grid.Cell span="all">
          <TabNavigation accessibleName={t('app.mainNavigation')}>
            <TabNavigation.List>
              {navigation.map((item) => (
                <TabNavigation.Link key={item.href} href={item.href} linkComponent={RouterNavLink}>
                  {item.label}
                </TabNavigation.Link>
              ))}
            </TabNavigation.List>
          </TabNavigation>
        </Grid.Cell>
      )}
    </Grid>
  )
}
