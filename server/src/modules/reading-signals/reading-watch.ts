import { Settings } from '#shared/contracts/settings'
import type { Clock } from '../../lib/clock.ts'

/**
 * Unusual reading: one user opening more different households within an hour than the configured threshold.
 * The watch sits on the hot path of every household request (requireAccess calls it for each allowed access),
 * so it is a map lookup and a write in the common case: the same household again, or a count that cannot be
 * unusual yet. Only a new household past the lowest possible threshold reads the setting (cached for a minute)
 * and counts exactly.
 *
 * Kept in memory per app instance, like the log-in throttle: Naast runs as one process per municipality, and a
 * restart forgetting the last hour is acceptable (a signal already raised is in the database).
 */
export type ReadingWatch = {
  /** The user was allowed into this household just now. Never throws, never blocks. */
  opened(userId: number, householdId: number): void
}

export const readingWindowMs = 60 * 60 * 1000
/** A changed threshold applies within this time; reading the setting on every new household is not needed. */
export const thresholdCacheMs = 60 * 1000
/** No count at or below the lowest threshold the settings allow can be unusual: no need to read the setting. */
export const lowestThreshold = Settings.shape.unusualReadingThreshold.minValue ?? 1

export type ReadingWatchOptions = {
  clock: Clock
  /** The configured threshold. */
  threshold: () => number
  /** More different households than the threshold within the hour; called again for every further one. */
  onUnusual: (userId: number, householdCount: number, threshold: number) => void
  /** The watch must never block the user: a failure is reported here and the request goes on. */
  onError?: (error: unknown) => void
}

export function createReadingWatch(options: ReadingWatchOptions): ReadingWatch {
  // user → household → when last opened (ms). Entries older than the window are dropped when counting.
  const openedBy = new Map<number, Map<number, number>>()
  let cached: { value: number; readAt: number } | undefined

  function threshold(now: number): number {
    if (!cached || now - cached.readAt >= thresholdCacheMs)
      cached = { value: options.threshold(), readAt: now }
    return cached.value
  }

  return {
    opened(userId, householdId) {
      const now = options.clock.now().getTime()
      let households = openedBy.get(userId)
      if (!households) openedBy.set(userId, (households = new Map()))
      const last = households.get(householdId)
      households.set(householdId, now)
      // The same household again within the hour does not change the count.
      if (last !== undefined && last > now - readingWindowMs) return
      // The map's size is an upper bound of the count: most of the time nothing more is needed.
      if (households.size <= lowestThreshold) return
      try {
        const limit = threshold(now)
        if (households.size <= limit) return
        const since = now - readingWindowMs
        for (const [id, at] of households) if (at <= since) households.delete(id)
        if (households.size > limit) options.onUnusual(userId, households.size, limit)
      } catch (error) {
        options.onError?.(error)
      }
    },
  }
}
