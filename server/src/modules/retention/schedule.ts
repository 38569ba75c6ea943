import type { FastifyBaseLogger } from 'fastify'
import type { JobContext } from './service.ts'
import { runRetentionJob } from './service.ts'
import { optimizeSearchIndexes } from '../search/service.ts'

const day = 24 * 60 * 60 * 1000

/**
 * Runs the retention job shortly after the server starts and then every 24 hours. The timers are unref'd (they
 * never keep the process alive) and a failing run is logged, never thrown: the next day simply tries again.
 * Returns a function that stops the schedule.
 */
export function scheduleRetentionJob(
  job: JobContext,
  log: FastifyBaseLogger,
  options: { firstAfterMs?: number; everyMs?: number } = {},
): () => void {
  const run = () => {
    try {
      const result = runRetentionJob(job)
      log.info({ retention: result }, 'retention job ran')
    } catch (err) {
      log.error({ err }, 'retention job failed')
    }
    // The same daily moment keeps the name search index in one segment (see the search module).
    try {
      optimizeSearchIndexes(job.db)
    } catch (err) {
      log.error({ err }, 'search index maintenance failed')
    }
  }
  // A few seconds after start: the first requests are served first, and the administrator's list is filled soon.
  const first = setTimeout(run, options.firstAfterMs ?? 5_000)
  const daily = setInterval(run, options.everyMs ?? day)
  first.unref()
  daily.unref()
  return () => {
    clearTimeout(first)
    clearInterval(daily)
  }
}
