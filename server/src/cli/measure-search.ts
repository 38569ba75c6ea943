import { parseArgs } from 'node:util'
import { existsSync } from 'node:fs'
import { performance } from 'node:perf_hooks'
import { buildApp } from '../app.ts'
import { loadConfig } from '../plugins/config.ts'
import { migrateDatabase, openDatabase } from '../db/client.ts'
import { demoAccounts, demoPassword } from '../seed/demo-accounts.ts'
import { codeAt, encryptSecret, newSecret } from '../modules/auth/two-factor.ts'
import { secondFactorRequired } from '#shared/domain/accounts'

/**
 * Times search and the conversation list on a (large) database through the whole app — session, access check and
 * audit write included — for a worker and a supervisor, with search terms chosen by how many entries contain
 * them. Prints a Markdown table for the README. Not a benchmark of throughput (that is `npm run bench`).
 */
const { values } = parseArgs({ options: { database: { type: 'string' }, runs: { type: 'string' } } })
const path = values.database ?? process.env.DATABASE_PATH ?? './data/bench.sqlite'
const runs = Number(values.runs ?? 200)
if (!existsSync(path)) {
  console.error(
    `No database at ${path}. Build one with: npm run seed -- --households 50000 --database ${path}`,
  )
  process.exit(2)
}
const db = openDatabase(path)
// A database seeded by an earlier version gets the newer tables (e.g. the search word list) first.
migrateDatabase(db)
const app = await buildApp({
  config: { ...loadConfig({ DATABASE_PATH: path, LOG_LEVEL: 'silent' }) },
  db,
  logger: false,
})
await app.ready()

async function logIn(key: string) {
  const account = demoAccounts.find((a) => a.key === key)!
  // A supervisor logs in with a second factor: this measuring tool gives the account a secret of its own (on the
  // measured database only) so it can compute the code.
  const secret = newSecret()
  if (secondFactorRequired(account.role))
    db.$client
      .prepare('UPDATE users SET totp_secret = ?, totp_enabled_at = ?, totp_last_step = NULL WHERE email = ?')
      .run(encryptSecret(app.config.SESSION_SECRET, secret), new Date().toISOString(), account.email)
  const headers = { origin: 'http://localhost:80', 'content-type': 'application/json' }
  const res = await app.inject({
    method: 'POST',
    url: '/api/auth/login',
    headers,
    payload: { email: account.email, password: demoPassword },
  })
  if (res.statusCode !== 200) throw new Error(`log-in as ${account.email} failed: ${res.body}`)
  if ((res.json() as { status: string }).status === 'signedIn')
    return res.cookies.map((c) => `${c.name}=${c.value}`).join('; ')
  const second = await app.inject({
    method: 'POST',
    url: '/api/auth/login/second-factor',
    headers: { ...headers, cookie: res.cookies.map((c) => `${c.name}=${c.value}`).join('; ') },
    payload: { code: codeAt(secret, new Date()) },
  })
  if (second.statusCode !== 200) throw new Error(`second factor of ${account.email} failed: ${second.body}`)
  return second.cookies
    .filter((c) => c.value)
    .map((c) => `${c.name}=${c.value}`)
    .join('; ')
}

// Terms by document frequency, from the FTS5 vocabulary; 'col' rows name the column, so scope tokens stay out.
db.$client.exec(
  "CREATE VIRTUAL TABLE IF NOT EXISTS temp.conversation_terms USING fts5vocab(main, 'conversations_fts', 'col')",
)
const total = (db.$client.prepare('SELECT count(*) AS n FROM conversations').get() as { n: number }).n
const band = (min: number, max: number) =>
  (
    db.$client
      .prepare(
        `SELECT term, doc FROM temp.conversation_terms WHERE col = 'text' AND doc BETWEEN ? AND ? AND length(term) >= 5
         AND term GLOB '[a-z]*' ORDER BY doc DESC LIMIT 3`,
      )
      .all(Math.max(1, Math.floor(min * total)), Math.max(1, Math.ceil(max * total))) as {
      term: string
      doc: number
    }[]
  ).map((r) => r.term)
const bands = { frequent: band(0.05, 1), medium: band(0.0005, 0.002), rare: band(0, 0.00005) }

function percentile(sorted: number[], p: number) {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!
}
async function time(cookie: string, urls: string[]) {
  // One untimed request per URL first: the first read of a term pulls its pages from disk, once per server.
  for (const url of urls) await app.inject({ method: 'GET', url, headers: { cookie } })
  const times: number[] = []
  for (let i = 0; i < runs; i++) {
    const url = urls[i % urls.length]!
    const start = performance.now()
    const res = await app.inject({ method: 'GET', url, headers: { cookie } })
    times.push(performance.now() - start)
    if (res.statusCode !== 200) throw new Error(`${url}: ${res.statusCode} ${res.body}`)
  }
  times.sort((a, b) => a - b)
  return `${percentile(times, 50).toFixed(2)} ms | ${percentile(times, 99).toFixed(2)} ms`
}

const rows: string[] = []
for (const [role, key] of [
  ['worker', 'workerNoord1'],
  ['supervisor', 'supervisorNoord'],
] as const) {
  const cookie = await logIn(key)
  for (const [name, terms] of Object.entries(bands)) {
    if (terms.length === 0) {
      rows.push(`| search, ${name} terms (none in this database) | ${role} | – | – |`)
      continue
    }
    rows.push(
      `| search, ${name} terms (${terms.join(', ')}) | ${role} | ${await time(
        cookie,
        terms.map((t) => `/api/search?q=${encodeURIComponent(t)}`),
      )} |`,
    )
  }
}
const worker = await logIn('workerNoord1')
const busiest = db.$client
  .prepare(
    `SELECT a.household_id AS id, count(c.id) AS n FROM case_assignments a JOIN users u ON u.id = a.worker_id
     JOIN conversations c ON c.household_id = a.household_id WHERE u.email = ? AND a.ended_at IS NULL
     GROUP BY a.household_id ORDER BY n DESC LIMIT 1`,
  )
  .get(demoAccounts.find((a) => a.key === 'workerNoord1')!.email) as { id: number; n: number } | undefined
if (busiest) {
  rows.push(
    `| conversation list, first page (household with ${busiest.n} entries) | worker | ${await time(worker, [`/api/households/${busiest.id}/conversations?limit=25`])} |`,
  )
}
console.log(
  `Database: ${path} (${total.toLocaleString('en')} conversations), ${runs} requests per row, sequential.\n`,
)
console.log('| what | as | p50 | p99 |\n| --- | --- | --- | --- |')
console.log(rows.join('\n'))
await app.close()
db.$client.close()
