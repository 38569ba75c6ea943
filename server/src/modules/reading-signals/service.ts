import type { ReadingSignal } from '#shared/contracts/oversight'
import type { Db } from '../../db/client.ts'
import type { Clock } from '../../lib/clock.ts'
import type { RequestContext } from '../../plugins/context.ts'
import { requireAccess } from '../../plugins/access.ts'
import { recordAudit } from '../../plugins/audit.ts'
import { Conflict, NotFound } from '../../plugins/errors.ts'
import { currentSettings } from '../settings/service.ts'
import { createReadingWatch, readingWindowMs, type ReadingWatch } from './reading-watch.ts'
import * as repo from './repo.ts'

/** The list shows the newest signals; older ones stay in the database. */
const listLimit = 500

/**
 * The app's one reading watch: the threshold comes from the settings, a signal goes into reading_signals. The
 * user is never blocked, whatever happens here.
 */
export function createReadingWatchFor(
  db: Db,
  clock: Clock,
  log: { error: (details: object, message: string) => void },
): ReadingWatch {
  return createReadingWatch({
    clock,
    threshold: () => currentSettings(db).unusualReadingThreshold,
    onUnusual: (userId, householdCount, threshold) =>
      noteUnusualReading(db, clock, userId, householdCount, threshold),
    onError: (err) => log.error({ err }, 'Could not record unusual reading'),
  })
}

/**
 * One signal per spell of unusual reading: while the user's latest open signal is less than an hour old, its
 * count goes up instead of a new row being added. A reviewed signal stays as the administrator saw it.
 */
export function noteUnusualReading(
  db: Db,
  clock: Clock,
  userId: number,
  householdCount: number,
  threshold: number,
) {
  const now = clock.now()
  const latest = repo.latestSignalOf(db, userId)
  if (
    latest &&
    latest.reviewedAt === null &&
    Date.parse(latest.detectedAt) > now.getTime() - readingWindowMs
  ) {
    repo.raiseCount(db, latest.id, householdCount)
    return
  }
  repo.insertSignal(db, { userId, detectedAt: now.toISOString(), householdCount, threshold })
}

/** Who, when and how many: never which households (the signal is about the reading, not the files). */
function toSignal(row: repo.SignalRow): ReadingSignal {
  return { ...row }
}

/** The administrator's security list, newest first. Throws Forbidden for anyone else. */
export function listSignals(ctx: RequestContext): ReadingSignal[] {
  requireAccess(ctx, 'oversight:reading', null, 'readingSignals.list')
  const result = repo.listSignals(ctx.db, listLimit).map(toSignal)
  recordAudit(ctx, { operation: 'readingSignals.list' })
  return result
}

/** The administrator marks a signal as seen. Throws Forbidden, NotFound, Conflict (already reviewed). */
export function reviewSignal(ctx: RequestContext, signalId: number): ReadingSignal {
  const actor = requireAccess(ctx, 'oversight:reading', null, 'readingSignals.review')
  ctx.db.transaction((tx) => {
    if (!repo.findSignal(tx, signalId)) throw NotFound()
    if (!repo.markReviewed(tx, signalId, actor.userId, ctx.clock.now().toISOString()))
      throw Conflict('errors.signalAlreadyReviewed')
    recordAudit(ctx, { operation: 'readingSignals.review', objectId: signalId })
  })
  return toSignal(repo.findSignal(ctx.db, signalId)!)
}
