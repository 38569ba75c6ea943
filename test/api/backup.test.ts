import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import Database from 'better-sqlite3'
import { createHash } from 'node:crypto'
import { existsSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { buildTestApp, loginAs, type Client, type TestApp } from '../support/build-app.ts'
import { createWorld, testPassword } from '../support/factories.ts'
import { backupDatabase, backupFileName, restoreDatabase } from '../../server/src/db/backup.ts'
import { openDatabase } from '../../server/src/db/client.ts'
import { verifyAuditChain } from '../../server/src/modules/audit/verify.ts'

let t: TestApp
let world: Awaited<ReturnType<typeof createWorld>>
let sanne: Client
let dir: string
beforeEach(async () => {
  t = await buildTestApp()
  world = await createWorld(t.db)
  sanne = await loginAs(t.app, world.users.worker.email, testPassword)
  dir = mkdtempSync(join(tmpdir(), 'naast-backups-'))
})
afterEach(() => t.close())

const at = new Date('2026-11-23T09:30:00.000Z')

async function logConversation(text: string) {
  const res = await sanne.post(`/api/households/${world.households.own.id}/conversations`, {
    kind: 'phone',
    text,
  })
  expect(res.statusCode, res.body).toBe(201)
}

/** Every row of every table (full-text index tables included), as one fingerprint per table. */
function content(path: string): Record<string, string> {
  const db = new Database(path, { readonly: true })
  try {
    const tables = db
      .prepare(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name",
      )
      .pluck()
      .all() as string[]
    return Object.fromEntries(
      tables
        .filter((name) => !/^\w+_fts$|_fts_words$/.test(name)) // virtual tables: their shadow tables are compared
        .map((name) => {
          // Sorted as text: some full-text tables have no rowid to order by.
          const rows = (db.prepare(`SELECT * FROM "${name}"`).raw().all() as unknown[][])
            .map((row) =>
              JSON.stringify(row, (_k, v: unknown) => (Buffer.isBuffer(v) ? v.toString('base64') : v)),
            )
            .sort()
          const json = rows.join('\n')
          return [name, `${rows.length}:${createHash('sha256').update(json).digest('hex')}`]
        }),
    )
  } finally {
    db.close()
  }
}

describe('backing up and restoring the database', () => {
  it('a backup taken while the server runs holds everything, also what is still in the write-ahead log', async () => {
    await logConversation('Gebeld over de schuldhulp; afspraak volgende week.')
    // The server keeps its connection open and has not folded the WAL into the main file.
    expect(existsSync(`${t.dbPath}-wal`)).toBe(true)
    const { path, bytes } = await backupDatabase(t.dbPath, dir, at)
    expect(path).toBe(join(dir, 'naast-2026-11-23T09-30-00Z.sqlite'))
    expect(bytes).toBeGreaterThan(0)
    expect(content(path)).toEqual(content(t.dbPath))
    const backup = openDatabase(path)
    expect(
      backup.$client
        .prepare('SELECT count(*) FROM conversations WHERE text LIKE ?')
        .pluck()
        .get('%schuldhulp%'),
    ).toBe(1)
    expect(verifyAuditChain(backup).ok).toBe(true)
    backup.$client.close()
    // The server goes on working after the backup.
    await logConversation('Huisbezoek gepland.')
  })

  it('a restore brings back exactly what the backup held, and keeps the database it replaced', async () => {
    await logConversation('Voor de backup.')
    const { path } = await backupDatabase(t.dbPath, dir, at)
    const before = content(t.dbPath)
    await logConversation('Na de backup: verdwijnt bij het terugzetten.')
    const changed = content(t.dbPath)
    expect(changed).not.toEqual(before)

    // Naast is stopped before a restore.
    await t.close()
    const result = await restoreDatabase(path, t.dbPath, new Date('2026-11-23T10:00:00.000Z'))
    expect(content(t.dbPath)).toEqual(before)
    expect(result.previousKeptAt).toBe(`${t.dbPath}.before-restore-2026-11-23T10-00-00Z.sqlite`)
    expect(content(result.previousKeptAt!)).toEqual(changed)

    const restored = openDatabase(t.dbPath)
    expect(restored.$client.pragma('integrity_check', { simple: true })).toBe('ok')
    expect(verifyAuditChain(restored).ok).toBe(true)
    // The restored file is a working database again: WAL, and writable.
    expect(restored.$client.pragma('journal_mode', { simple: true })).toBe('wal')
    restored.$client.close()
    t = await buildTestApp() // afterEach closes something that is open
  })

  it('refuses to restore over a database the server still has open, and changes nothing', async () => {
    const { path } = await backupDatabase(t.dbPath, dir, at)
    await logConversation('Blijft staan.')
    const now = content(t.dbPath)
    await expect(restoreDatabase(path, t.dbPath, new Date('2026-11-23T10:00:00.000Z'))).rejects.toThrow(
      /Stop Naast/,
    )
    expect(content(t.dbPath)).toEqual(now)
    expect((await sanne.get(`/api/households/${world.households.own.id}`)).statusCode).toBe(200)
  })

  it('refuses a file that is not a sound database, before touching anything', async () => {
    // A database header followed by rubbish: a damaged or half-copied file.
    const broken = join(dir, backupFileName(at))
    writeFileSync(broken, Buffer.concat([Buffer.from('SQLite format 3\0'), Buffer.alloc(4096, 7)]))
    await t.close()
    const before = content(t.dbPath)
    await expect(restoreDatabase(broken, t.dbPath, at)).rejects.toThrow()
    expect(content(t.dbPath)).toEqual(before)
    expect(readdirSync(join(t.dbPath, '..')).some((f) => f.includes('before-restore'))).toBe(false)
    t = await buildTestApp()
  })
})
