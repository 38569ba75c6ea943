import type { Clock } from '../../lib/clock.ts'

/**
 * Counts failed log-ins per account and per client address in a sliding window. Per account it slows down
 * guessing one person's password; per address it slows down trying many accounts from one machine. Kept in
 * memory: Naast runs as one process per municipality, and a restart forgetting the counts is acceptable.
 */
export type LoginThrottle = ReturnType<typeof createLoginThrottle>

export const throttleLimits = {
  windowMs: 15 * 60 * 1000,
  failuresPerAccount: 5,
  failuresPerAddress: 20,
} as const

export function createLoginThrottle(clock: Clock, limits = throttleLimits) {
  const failures = new Map<string, number[]>()

  function recent(key: string): number[] {
    const since = clock.now().getTime() - limits.windowMs
    const times = (failures.get(key) ?? []).filter((t) => t > since)
    if (times.length) failures.set(key, times)
    else failures.delete(key)
    return times
  }

  /** Seconds to wait before trying again, or 0 when a try is allowed now. */
  function retryAfter(key: string, max: number): number {
    const times = recent(key)
    if (times.length < max) return 0
    const oldest = times[times.length - max] ?? clock.now().getTime()
    return Math.max(1, Math.ceil((oldest + limits.windowMs - clock.now().getTime()) / 1000))
  }

  return {
    retryAfterSeconds(email: string, address: string): number {
      return Math.max(
        retryAfter(`account:${email}`, limits.failuresPerAccount),
        retryAfter(`address:${address}`, limits.failuresPerAddress),
      )
    },
    recordFailure(email: string, address: string) {
      const now = clock.now().getTime()
      for (const key of [`account:${email}`, `address:${address}`]) failures.set(key, [...recent(key), now])
    },
    recordSuccess(email: string) {
      failures.delete(`account:${email}`)
    },
  }
}
