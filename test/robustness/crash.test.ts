import { spawn, type ChildProcess } from 'node:child_process'
import { afterAll, beforeAll, expect, it } from 'vitest'
import { dutchCalendarDate } from '#shared/domain/age'
import { openDatabase } from '../../server/src/db/client.ts'
import { seedDemo } from '../../server/src/seed/demo.ts'
import { verifyAuditChain } from '../../server/src/modules/audit/verify.ts'
import { freshDatabase } from '../support/db.ts'
import { demoAccount } from '../support/e2e.ts'
import { testSessionSecret } from '../support/second-factor.ts'
import { freePort } from '../../server/src/lib/free-port.ts'

/**
 * The real server as its own process on a copy of the demo database, killed with SIGKILL (no chance to close
 * anything) while a burst of conversations is being saved. What it confirmed before dying must be there after a
 * restart: SQLite with WAL and synchronous=FULL, each write committed (audit event included) before the reply.
 */
const burst = { concurrent: 12, killAfter: 40 }
const repo = new URL('../..', import.meta.url).pathname

let dbPath = ''
let householdId = 0
let port = 0
const children = new Set<ChildProcess>()

/** Starts `node --import tsx server/src/server.ts` and resolves when it says it runs. */
function startServer(): Promise<ChildProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/src/server.ts'], {
    cwd: repo,
    env: {
      ...process.env,
      DATABASE_PATH: dbPath,
      PORT: String(port),
      HOST: '127.0.0.1',
      LOG_LEVEL: 'silent',
      SESSION_SECRET: testSessionSecret,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  children.add(child)
  child.once('exit', () => children.delete(child))
  return new Promise((resolve, reject) => {
    let output = ''
    const timer = setTimeout(() => reject(new Error(`The server did not start: ${output}`)), 30_000)
    const listen = (chunk: Buffer) => {
      output += chunk.toString()
      if (output.includes('Naast runs at')) {
        clearTimeout(timer)
        resolve(child)
      }
    }
    child.stdout!.on('data', listen)
    child.stderr!.on('data', listen)
    child.once('exit', (code, signal) => {
      clearTimeout(timer)
      reject(new Error(`The server stopped (${code ?? signal}) before it ran: ${output}`))
    })
  })
}

const origin = () => `http://127.0.0.1:${port}`

async function logIn(): Promise<string> {
  const worker = demoAccount('workerNoord1')
  const res = await fetch(`${origin()}/api/auth/login`, {
    method: 'POST',
    headers: { origin: origin(), 'content-type': 'application/json' },
    body: JSON.stringify({ email: worker.email, password: worker.password }),
  })
  expect(res.status, await res.clone().text()).toBe(200)
  return res.headers
    .getSetCookie()
    .map((cookie) => cookie.split(';')[0])
    .join('; ')
}

beforeAll(async () => {
  const { db, path } = freshDatabase()
  await seedDemo(db, { today: dutchCalendarDate(new Date()) })
  const worker = demoAccount('workerNoord1')
  householdId = (
    db.$client
      .prepare(
        `SELECT a.household_id AS id FROM case_assignments a JOIN users u ON u.id = a.worker_id
         WHERE u.email = ? AND a.ended_at IS NULL ORDER BY a.household_id LIMIT 1`,
      )
      .get(worker.email) as { id: number }
  ).id
  db.$client.pragma('wal_checkpoint(TRUNCATE)')
  db.$client.close()
  dbPath = path
  port = await freePort()
})

afterAll(() => {
  // Whatever happened in the test: no server is left running.
  for (const child of children) child.kill('SIGKILL')
})

it('a server killed in the middle of saving keeps every conversation it confirmed', async () => {
  const first = await startServer()
  const cookie = await logIn()
  const exited = new Promise<void>((resolve) => first.once('exit', () => resolve()))

  const confirmed = new Map<number, string>()
  let sent = 0
  let killedWithInFlight = 0
  let inFlight = 0
  let killed = false
  const save = async (marker: string) => {
    const res = await fetch(`${origin()}/api/households/${householdId}/conversations`, {
      method: 'POST',
      headers: { origin: origin(), 'content-type': 'application/json', cookie },
      body: JSON.stringify({ kind: 'phone', text: marker }),
    })
    // Only a complete reply with the new id counts as confirmed, as it would for the browser.
    const body = (await res.json()) as { id?: number; text?: string }
    if (res.status !== 201 || !body.id) throw new Error(`Not saved: ${res.status} ${JSON.stringify(body)}`)
    return body.id
  }
  const lane = async (laneNumber: number) => {
    while (!killed) {
      const marker = `Crashtest ${laneNumber}-${++sent} ${Date.now()}`
      inFlight++
      try {
        const id = await save(marker)
        // A reply that arrives after the kill was still sent by the server: it must be kept as well.
        confirmed.set(id, marker)
        if (!killed && confirmed.size >= burst.killAfter) {
          // SIGKILL: no graceful close, no WAL checkpoint; the other lanes still have requests under way.
          killedWithInFlight = inFlight - 1
          killed = true
          first.kill('SIGKILL')
        }
      } catch (error) {
        // A request cut off by the kill was never confirmed; before the kill, every request must succeed.
        if (!killed) throw error
      } finally {
        inFlight--
      }
    }
  }
  await Promise.all(Array.from({ length: burst.concurrent }, (_, i) => lane(i + 1)))
  await exited
  expect(first.signalCode).toBe('SIGKILL')
  expect(confirmed.size).toBeGreaterThanOrEqual(burst.killAfter)
  expect(killedWithInFlight).toBeGreaterThan(0)

  // The same files, a new process: it opens the database (recovering from the WAL) and answers again.
  await startServer()
  const again = await logIn()
  const list = await fetch(`${origin()}/api/households/${householdId}/conversations?limit=100`, {
    headers: { origin: origin(), cookie: again },
  })
  expect(list.status).toBe(200)

  const db = openDatabase(dbPath)
  try {
    const ids = [...confirmed.keys()]
    const saved = db.$client
      .prepare(`SELECT id, text FROM conversations WHERE id IN (${ids.map(() => '?').join(',')})`)
      .all(...ids) as { id: number; text: string }[]
    expect(new Map(saved.map((row) => [row.id, row.text]))).toEqual(confirmed)
    // Each confirmed save was audit-logged in the same transaction.
    const logged = db.$client
      .prepare(
        `SELECT count(*) AS n FROM audit_events WHERE operation = 'conversation.log' AND object_id IN (${ids.map(() => '?').join(',')})`,
      )
      .get(...ids.map(String)) as { n: number }
    expect(logged.n).toBe(ids.length)
    expect(db.$client.pragma('integrity_check', { simple: true })).toBe('ok')
    expect(verifyAuditChain(db)).toMatchObject({ ok: true })
  } finally {
    db.$client.close()
  }
}, 90_000)
