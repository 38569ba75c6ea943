import { parseArgs } from 'node:util'
import { existsSync } from 'node:fs'
import { openDatabase } from '../db/client.ts'
import { verifyAuditChain } from '../modules/audit/verify.ts'

const { values } = parseArgs({ options: { database: { type: 'string' } } })
const path = values.database ?? process.env.DATABASE_PATH ?? './data/naast.sqlite'
if (!existsSync(path)) {
  console.error(`No database at ${path}. Start Naast once, or pass --database PATH.`)
  process.exit(2)
}
const db = openDatabase(path)
const verdict = verifyAuditChain(db)
db.$client.close()
if (verdict.ok) {
  const gap =
    verdict.pruned > 0 ? ` (${verdict.pruned} removed under the retention rule: id and hash kept)` : ''
  console.log(`Audit trail intact: ${verdict.checked} events checked${gap}.`)
} else {
  const what =
    verdict.reason === 'altered'
      ? 'was altered (its content no longer matches its hash)'
      : 'does not follow the event before it (an event was removed or inserted)'
  console.error(
    `Audit trail broken: event ${verdict.firstBrokenId} ${what}. ${verdict.checked} events before it are intact.`,
  )
  process.exit(1)
}
