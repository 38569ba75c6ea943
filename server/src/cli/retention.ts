import { parseArgs } from 'node:util'
import { existsSync } from 'node:fs'
import { openDatabase } from '../db/client.ts'
import { systemClock } from '../lib/clock.ts'
import { loadConfig } from '../plugins/config.ts'
import { runRetentionJob } from '../modules/retention/service.ts'

/** Runs the daily retention job once, e.g. from cron when the server's own schedule is not wanted. */
const { values } = parseArgs({ options: { database: { type: 'string' } } })
const path = values.database ?? process.env.DATABASE_PATH ?? './data/naast.sqlite'
if (!existsSync(path)) {
  console.error(`No database at ${path}. Start Naast once, or pass --database PATH.`)
  process.exit(2)
}
const db = openDatabase(path)
const result = runRetentionJob({
  db,
  clock: systemClock,
  config: loadConfig({ ...process.env, DATABASE_PATH: path }),
})
db.$client.close()
console.log(
  `Retention job ran at ${result.ranAt}: ${result.listed} files past their retention date ` +
    `(${result.unlisted} taken off the list), ${result.pruned} audit events of deleted files removed.`,
)
