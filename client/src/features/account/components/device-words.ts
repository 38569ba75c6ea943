import type { TFunction } from 'i18next'
import type { AccountSession } from '#shared/contracts/account'

// The keys the server reads from a user agent (shared/src/domain/accounts.ts, describeUserAgent).
const browsers = ['Chrome', 'Edge', 'Firefox', 'Safari', 'Opera'] as const
const systems = ['Windows', 'macOS', 'Linux', 'ChromeOS', 'Android', 'iOS'] as const

function known<T extends string>(list: readonly T[], value: string | null): value is T {
  return value !== null && (list as readonly string[]).includes(value)
}

/** "Chrome op Windows"; "Onbekend apparaat" when neither browser nor system is recognised. */
export function deviceWords(session: Pick<AccountSession, 'browser' | 'system'>, t: TFunction): string {
  const browser = known(browsers, session.browser) ? t(`account.sessions.browsers.${session.browser}`) : null
  const system = known(systems, session.system) ? t(`account.sessions.systems.${session.system}`) : null
  if (browser && system) return t('account.sessions.deviceWords', { browser, system })
  if (browser) return t('account.sessions.browserOnly', { browser })
  if (system) return t('account.sessions.systemOnly', { system })
  return t('account.sessions.unknownDevice')
}
