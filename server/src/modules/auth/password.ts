import { hash, verify, type Algorithm } from '@node-rs/argon2'

/** argon2id with the OWASP minimum (19 MiB, 2 passes, 1 lane): ~75 ms here, slow enough against guessing. */
// Algorithm is an ambient const enum, which isolated transpilers cannot inline: 2 is Argon2id.
const argon2id = 2 as Algorithm
const options = { algorithm: argon2id, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const

export function hashPassword(password: string): Promise<string> {
  return hash(password, options)
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password)
  } catch {
    return false
  }
}

/**
 * A real hash of a password nobody has: verifying against it costs the same time as a real account, so an
 * unknown e-mail address cannot be told apart from a wrong password by timing.
 */
let decoyHash: Promise<string> | undefined
export function getDecoyHash(): Promise<string> {
  decoyHash ??= hashPassword(`decoy-${Math.random()}-${Date.now()}`)
  return decoyHash
}
