import Database from 'better-sqlite3'
import { drizzle, type BetterSQLite3Database } from 'drizzle-orm/better-sqlite3'
import { migrate } from 'drizzle-orm/better-sqlite3/migrator'
import { mkdirSync } from 'node:fs'
import { dirname, resolve } from 'node:path'
import { fromProjectRoot } from '../lib/project-root.ts'
import * as schema from './schema/index.ts'

export type Db = BetterSQLite3Database<typeof schema> & { $client: Database.Database }
/** A transaction handle has the same query API as the database. */
export type Tx = Parameters<Parameters<Db['transaction']>[0]>[0]
export type DbOrTx = Db | Tx

const migrationsFolder = fromProjectRoot('migrations')

/**
 * Opens the SQLite file with the settings the product relies on: WAL for concurrent readers, synchronous=FULL so
 * an acknowledged write survives a power cut, foreign keys enforced, and a busy timeout for the CLI tools that
 * may run beside the server. Reads go through a memory map with a larger page cache: a household's entries lie on
 * many pages of a big file, and reading each through a system call tripled the time of a page of them (npm run bench).
 */
export function openDatabase(path: string): Db {
  if (path !== ':memory:') mkdirSync(dirname(resolve(path)), { recursive: true })
  const sqlite = new Database(path)
  sqlite.pragma('journal_mode = WAL')
  sqlite.pragma('synchronous = FULL')
  sqlite.pragma('foreign_keys = ON')
  sqlite.pragma('busy_timeout = 5000')
  sqlite.pragma('mmap_size = 1073741824')
  sqlite.pragma('cache_size = -65536')
  return drizzle(sqlite, { schema }) as Db
}

export function migrateDatabase(db: Db): void {
  migrate(db, { migrationsFolder })
}
