import { parseArgs } from 'node:util'
import { restoreDatabase } from '../db/backup.ts'

// npm run restore -- FILE [--database PATH]: puts a backup back; Naast must be stopped.
const { values, positionals } = parseArgs({
  options: { database: { type: 'string' } },
  allowPositionals: true,
})
const database = values.database ?? process.env.DATABASE_PATH ?? './data/naast.sqlite'
const backup = positionals[0]

if (!backup) {
  console.error('Name the backup to restore: npm run restore -- data/backups/naast-….sqlite')
  process.exitCode = 2
} else {
  try {
    const { restoredFrom, previousKeptAt } = await restoreDatabase(backup, database, new Date())
    console.log(`Restored ${database} from ${restoredFrom} (integrity checked).`)
    if (previousKeptAt) console.log(`The database it replaced is kept at ${previousKeptAt}.`)
  } catch (error) {
    console.error(error instanceof Error ? error.message : error)
    process.exitCode = 1
  }
}
