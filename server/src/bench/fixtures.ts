import { createHash } from 'node:crypto'
import { Secret } from 'otpauth'
import { migrateDatabase, openDatabase } from '../db/client.ts'
import { demoAccounts, demoPassword } from '../seed/demo-accounts.ts'
import { encryptSecret } from '../modules/auth/two-factor.ts'
import { benchSessionSecret } from './children.ts'

/** What the scenarios need to know of the bench database, looked up once before any load runs. */
export type Fixtures = {
  conversations: number
  households: number
  worker: { email: string; password: string }
  supervisor: { email: string; password: string; totpSecret: string }
  /** A household on the worker's caseload with about 40 conversation entries. */
  household: { id: number; entries: number }
  /** Another of the worker's households, written to by the "add a conversation" scenario. */
  writeHousehold: number
  /** A request (aanmelding) of the worker's household: the single-record read. */
  request: number
  searchBands: Record<'frequent' | 'medium' | 'rare', { term: string; docs: number }[]>
}

const account = (key: string) => {
  const found = demoAccounts.find((a) => a.key === key)
  if (!found) throw new Error(`No demo account ${key}`)
  return found
}

/** The supervisor's TOTP secret in the bench database: fixed, so the bench can compute the code. */
function supervisorSecret(email: string): string {
  return new Secret({ buffer: createHash('sha1').update(`naast-bench:${email}`).digest().buffer }).base32
}

export function prepareFixtures(databasePath: string): Fixtures {
  const db = openDatabase(databasePath)
  try {
    // A database seeded by an earlier version gets the newer tables first (the server would do the same).
    migrateDatabase(db)
    const raw = db.$client
    const worker = account('workerNoord1')
    const supervisor = account('supervisorNoord')
    const count = (sql: string) => (raw.prepare(sql).get() as { n: number }).n
    const households = count('SELECT count(*) AS n FROM households')
    if (households < 1000)
      throw new Error(
        `${databasePath} has ${households} households: not a benchmark database (seed it with --households)`,
      )

    // The supervisor logs in with a second factor: give them a secret the bench knows, encrypted under the
    // bench's fixed session secret, and forget the last used code so a fresh log-in is accepted.
    const totpSecret = supervisorSecret(supervisor.email)
    raw
      .prepare(
        `UPDATE users SET totp_secret = ?, totp_enabled_at = coalesce(totp_enabled_at, ?), totp_last_step = NULL,
         totp_pending_secret = NULL WHERE email = ?`,
      )
      .run(encryptSecret(benchSessionSecret, totpSecret), new Date().toISOString(), supervisor.email)

    const caseload = raw
      .prepare(
        `SELECT a.household_id AS id, (SELECT count(*) FROM conversations c WHERE c.household_id = a.household_id) AS n
         FROM case_assignments a JOIN users u ON u.id = a.worker_id
         WHERE u.email = ? AND a.ended_at IS NULL AND a.acknowledged_at IS NOT NULL ORDER BY a.household_id`,
      )
      .all(worker.email) as { id: number; n: number }[]
    if (caseload.length < 2)
      throw new Error(`${worker.email} has fewer than two households in ${databasePath}`)
    const byCloseness = [...caseload].sort((a, b) => Math.abs(a.n - 40) - Math.abs(b.n - 40) || a.id - b.id)
    const household = byCloseness[0]!
    const writeHousehold = byCloseness.find((h) => h.id !== household.id)!.id
    const request = raw
      .prepare('SELECT id FROM requests WHERE household_id = ? ORDER BY id LIMIT 1')
      .get(household.id) as { id: number } | undefined
    if (!request) throw new Error(`Household ${household.id} has no request in ${databasePath}`)

    // Search terms by how many entries hold them, from the full-text vocabulary (as measure-search.ts does).
    raw.exec(
      "CREATE VIRTUAL TABLE IF NOT EXISTS temp.bench_terms USING fts5vocab(main, 'conversations_fts', 'col')",
    )
    const conversations = count('SELECT count(*) AS n FROM conversations')
    const band = (min: number, max: number) =>
      raw
        .prepare(
          `SELECT term, doc AS docs FROM temp.bench_terms WHERE col = 'text' AND doc BETWEEN ? AND ?
           AND length(term) >= 5 AND term GLOB '[a-z]*' ORDER BY doc DESC, term LIMIT 3`,
        )
        .all(Math.max(1, Math.floor(min * conversations)), Math.max(1, Math.ceil(max * conversations))) as {
        term: string
        docs: number
      }[]
    const searchBands = { frequent: band(0.05, 1), medium: band(0.0005, 0.002), rare: band(0, 0.00005) }
    return {
      conversations,
      households,
      worker: { email: worker.email, password: demoPassword },
      supervisor: { email: supervisor.email, password: demoPassword, totpSecret },
      household: { id: household.id, entries: household.n },
      writeHousehold,
      request: request.id,
      searchBands,
    }
  } finally {
    db.$client.close()
  }
}

/** Lets the supervisor log in again within the same 30 seconds (a code works once per step). */
export function forgetLastCode(databasePath: string, email: string): void {
  const db = openDatabase(databasePath)
  try {
    db.$client.prepare('UPDATE users SET totp_last_step = NULL WHERE email = ?').run(email)
  } finally {
    db.$client.close()
  }
}
