import { createHash } from 'node:crypto'
import { Secret } from 'otpauth'

/** The session secret of every test app (build-app.ts): the factories encrypt TOTP secrets with it. */
export const testSessionSecret = 'test-secret-that-is-long-enough-0123456789'

/** A fixed TOTP secret per e-mail address, so a test can compute the code an authenticator app would show. */
export function testSecondFactorSecret(email: string): string {
  return new Secret({ buffer: createHash('sha1').update(`naast-test:${email}`).digest().buffer }).base32
}
