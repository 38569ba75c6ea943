import { createHmac, randomBytes } from 'node:crypto'

/** 256 random bits, URL-safe. */
export function newSessionId(): string {
  return randomBytes(32).toString('base64url')
}

/** Only this keyed hash is stored: neither a copied database nor the secret alone opens a session. */
export function hashSessionId(secret: string, sessionId: string): string {
  return createHmac('sha256', secret).update(sessionId).digest('hex')
}

export const sessionLimits = {
  idleMs: 30 * 60 * 1000,
  absoluteMs: 12 * 60 * 60 * 1000,
  /** last_seen_at is written at most once a minute per session, to keep reads free of writes. */
  touchEveryMs: 60 * 1000,
} as const

export function cookieName(tls: boolean): string {
  // The __Host- prefix makes the browser refuse the cookie unless Secure, path=/ and no Domain.
  return tls ? '__Host-naast_session' : 'naast_session'
}

/** The short-lived cookie of a log-in halfway (password checked, second factor due). */
export function challengeCookieName(tls: boolean): string {
  return tls ? '__Host-naast_login' : 'naast_login'
}
