import type { Role } from './roles.ts'

/**
 * Account rules (issue 11). The government baseline (BIO) asks for two-factor log-in on administrator accounts;
 * supervisors see a whole team's files, so they need it too. Workers and household members may switch it on.
 */
export function secondFactorRequired(role: Role): boolean {
  return role === 'admin' || role === 'supervisor'
}

/** An account nobody used for this long is listed for review: leavers' accounts must not linger. */
export const reviewAfterDays = 90

/**
 * Active, and no log-in within the review period; an account that never logged in counts from when it was made.
 */
export function reviewDue(
  account: { active: boolean; lastLoginAt: string | null; createdAt: string },
  now: Date,
): boolean {
  if (!account.active) return false
  const since = Date.parse(account.lastLoginAt ?? account.createdAt)
  return now.getTime() - since > reviewAfterDays * 24 * 60 * 60 * 1000
}

// Mailboxes that belong to a function or a group rather than one person.
const sharedLocalParts = new Set([
  'info',
  'team',
  'wijkteam',
  'teams',
  'admin',
  'beheer',
  'balie',
  'secretariaat',
  'algemeen',
  'receptie',
  'postbus',
  'noreply',
  'no-reply',
  'contact',
  'servicedesk',
  'helpdesk',
])

/** One e-mail address, one person: a staff account on a shared mailbox would hide who did what. */
export function isSharedMailbox(email: string): boolean {
  const local = email.toLowerCase().split('@')[0] ?? ''
  return sharedLocalParts.has(local) || sharedLocalParts.has(local.replace(/[0-9._-]+$/, ''))
}

/** Browser and operating system from a user agent, as short names; null when not recognisable. */
export function describeUserAgent(userAgent: string | null): {
  browser: string | null
  system: string | null
} {
  if (!userAgent) return { browser: null, system: null }
  const ua = userAgent
  const browser = /Edg\//.test(ua)
    ? 'Edge'
    : /OPR\/|Opera/.test(ua)
      ? 'Opera'
      : /Firefox\//.test(ua)
        ? 'Firefox'
        : /Chrome\/|Chromium\/|CriOS\//.test(ua)
          ? 'Chrome'
          : /Safari\//.test(ua) && /Version\//.test(ua)
            ? 'Safari'
            : null
  const system = /iPhone|iPad|iPod/.test(ua)
    ? 'iOS'
    : /Android/.test(ua)
      ? 'Android'
      : /Windows/.test(ua)
        ? 'Windows'
        : /Mac OS X|Macintosh/.test(ua)
          ? 'macOS'
          : /CrOS/.test(ua)
            ? 'ChromeOS'
            : /Linux/.test(ua)
              ? 'Linux'
              : null
  return { browser, system }
}
