import { parseArgs } from 'node:util'
import { backupDatabase, defaultBackupDir } from '../db/backup.ts'

// npm run backup [-- --database PATH] [--to DIR]: a dated copy, safe while Naast runs.
const { values } = parseArgs({ options: { database: { type: 'string' }, to: { type: 'string' } } })
const database = values.database ?? process.env.DATABASE_PATH ?? './data/naast.sqlite'
const target = values.to ?? defaultBackupDir(database)

try {
  const { path, bytes } = await backupDatabase(database, target, new Date())
  console.log(`Backup written: ${path} (${(bytes / 1024 / 1024).toFixed(1)} MB, integrity checked).`)
  console.log(
    'Keep the session secret (SESSION_SECRET, or data/session-secret) apart from it: two-step log-in needs it.',
  )
} catch (error) {
  console.error(error instanceof Error ? error.message : error)
  process.exitCode = 1
}
