import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from 'node:crypto'
import { Secret, TOTP } from 'otpauth'
import type { TotpSetup } from '#shared/contracts/auth'
import { hashSessionId } from './session-token.ts'

/**
 * TOTP (RFC 6238: 6 digits, 30 seconds, SHA-1, what every authenticator app speaks) with the `otpauth` library.
 * Secrets are kept encrypted (AES-256-GCM, key derived from the session secret): a copied database alone yields no
 * codes. Recovery codes are kept as keyed hashes, like session ids.
 */

const periodSeconds = 30
const issuer = 'Naast'

function key(sessionSecret: string): Buffer {
  return Buffer.from(hkdfSync('sha256', sessionSecret, 'naast-totp', 'totp-secret-encryption', 32))
}

export function encryptSecret(sessionSecret: string, base32: string): string {
  const iv = randomBytes(12)
  const cipher = createCipheriv('aes-256-gcm', key(sessionSecret), iv)
  const data = Buffer.concat([cipher.update(base32, 'utf8'), cipher.final()])
  return [
    'v1',
    iv.toString('base64url'),
    cipher.getAuthTag().toString('base64url'),
    data.toString('base64url'),
  ].join(':')
}

export function decryptSecret(sessionSecret: string, stored: string): string {
  const [version, iv, tag, data] = stored.split(':')
  if (version !== 'v1' || !iv || !tag || !data) throw new Error('Unknown TOTP secret format')
  const decipher = createDecipheriv('aes-256-gcm', key(sessionSecret), Buffer.from(iv, 'base64url'))
  decipher.setAuthTag(Buffer.from(tag, 'base64url'))
  return Buffer.concat([decipher.update(Buffer.from(data, 'base64url')), decipher.final()]).toString('utf8')
}

export function newSecret(): string {
  return new Secret({ size: 20 }).base32
}

function totpFor(base32: string, account: string) {
  return new TOTP({
    issuer,
    label: account,
    algorithm: 'SHA1',
    digits: 6,
    period: periodSeconds,
    secret: Secret.fromBase32(base32),
  })
}

export function stepAt(time: Date): number {
  return Math.floor(time.getTime() / 1000 / periodSeconds)
}

/**
 * The time step a six-digit code belongs to (one step either side is accepted for clock drift), or null when it
 * matches none. The caller refuses a step at or before the last one used, so a code works once.
 */
export function matchingStep(base32: string, code: string, now: Date): number | null {
  if (!/^\d{6}$/.test(code)) return null
  const delta = totpFor(base32, '').validate({ token: code, timestamp: now.getTime(), window: 1 })
  return delta === null ? null : stepAt(now) + delta
}

/** The QR code (made here, no outside service) and the key to type instead. */
export async function setupFor(base32: string, account: string): Promise<TotpSetup> {
  const uri = totpFor(base32, account).toString()
  // Loaded on first use: only setting up a second factor draws a QR code, and every start would pay for it.
  const { default: QRCode } = await import('qrcode')
  const svg = await QRCode.toString(uri, { type: 'svg', errorCorrectionLevel: 'M', margin: 2 })
  return {
    qrCode: `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`,
    secret: base32.match(/.{1,4}/g)?.join(' ') ?? base32,
    issuer,
    account,
  }
}

/** For tests and the demo: the code an authenticator app would show at this moment. */
export function codeAt(base32: string, time: Date): string {
  return totpFor(base32, '').generate({ timestamp: time.getTime() })
}

// Letters and digits that cannot be mistaken for each other (no 0/O, 1/I/L).
const alphabet = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789'
export const recoveryCodeCount = 10

export function newRecoveryCodes(): string[] {
  return Array.from({ length: recoveryCodeCount }, () => {
    const raw = [...randomBytes(8)].map((b) => alphabet[b % alphabet.length]).join('')
    return `${raw.slice(0, 4)}-${raw.slice(4)}`
  })
}

export function normaliseRecoveryCode(code: string): string {
  return code.toUpperCase().replace(/[^A-Z0-9]/g, '')
}

export function hashRecoveryCode(sessionSecret: string, code: string): string {
  return hashSessionId(sessionSecret, `recovery:${normaliseRecoveryCode(code)}`)
}
