import Database from 'better-sqlite3'
import { spawn } from 'node:child_process'
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, relative } from 'node:path'
import { afterAll, beforeAll, expect, it } from 'vitest'
import { buildServer } from '../../server/src/cli/build-server.ts'
import { projectRoot } from '../../server/src/lib/project-root.ts'
import { testSessionSecret } from '../support/second-factor.ts'
import { freePort } from '../../server/src/lib/free-port.ts'

/**
 * The production bundle (`npm run build`, `npm start`): built into a folder of its own inside the project (the
 * bundle finds migrations/ from the project root), started with plain node on a new database file.
 */
let out = ''
let dataDir = ''

beforeAll(async () => {
  mkdirSync(join(projectRoot, 'dist'), { recursive: true })
  out = mkdtempSync(join(projectRoot, 'dist', '.test-bundle-'))
  dataDir = mkdtempSync(join(tmpdir(), 'naast-bundle-'))
  // Also starts the bundle once, to record its code cache: about two seconds.
  await buildServer(relative(projectRoot, out))
})

afterAll(() => {
  rmSync(out, { recursive: true, force: true })
  rmSync(dataDir, { recursive: true, force: true })
})

it('starts with plain node on a new database, brings it to the latest migration and answers the health check', async () => {
  const databasePath = join(dataDir, 'naast.sqlite')
  const port = await freePort()
  const child = spawn(process.execPath, [join(out, 'server/server.js')], {
    cwd: projectRoot,
    env: {
      ...process.env,
      DATABASE_PATH: databasePath,
      PORT: String(port),
      HOST: '127.0.0.1',
      LOG_LEVEL: 'silent',
      SESSION_SECRET: testSessionSecret,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let output = ''
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()))
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()))
  const exited = new Promise<number | null>((resolve) => child.once('exit', resolve))
  try {
    let health: Response | undefined
    for (let tries = 0; !health && child.exitCode === null && tries < 500; tries++) {
      health = await fetch(`http://127.0.0.1:${port}/api/health`).catch(() => undefined)
      if (!health) await new Promise((resolve) => setTimeout(resolve, 20))
    }
    expect(health?.status, output).toBe(200)
    expect(await health?.json()).toEqual({ status: 'ok', database: 'ok' })
    expect(output).toContain(`Naast runs at http://127.0.0.1:${port}`)
  } finally {
    child.kill('SIGTERM')
  }
  expect(await exited).toBe(0)

  const journal = JSON.parse(readFileSync(join(projectRoot, 'migrations/meta/_journal.json'), 'utf8')) as {
    entries: { when: number }[]
  }
  const db = new Database(databasePath, { readonly: true })
  try {
    const applied = db.prepare('SELECT created_at FROM __drizzle_migrations ORDER BY created_at').all() as {
      created_at: number
    }[]
    expect(applied.map((m) => Number(m.created_at))).toEqual(journal.entries.map((e) => e.when))
    expect(db.prepare("SELECT name FROM sqlite_master WHERE name = 'households'").get()).toBeDefined()
  } finally {
    db.close()
  }
})

it('holds the real audit module and nothing from the bench that turns auditing off', () => {
  const map = JSON.parse(readFileSync(join(out, 'server/server.cjs.map'), 'utf8')) as { sources: string[] }
  const sources = map.sources.map((source) => source.replace(/^(\.\.\/)+/, ''))
  expect(sources).toContain('server/src/plugins/audit.ts')
  expect(sources.filter((source) => source.startsWith('server/src/bench/'))).toEqual([])
})
