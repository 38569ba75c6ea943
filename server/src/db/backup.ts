import Database from 'better-sqlite3'
import { copyFileSync, existsSync, mkdirSync, rmSync, statSync } from 'node:fs'
import { basename, join, resolve } from 'node:path'

/**
 * Backups with SQLite's online backup API: a consistent copy of the database as it stood when the copy began,
 * WAL content included, taken through a read transaction of its own — the server goes on reading and writing
 * meanwhile (WAL readers block no writer). A plain file copy could catch the main file and its WAL at different
 * moments.
 */

/** `naast-2026-11-23T09-00-00Z.sqlite`: sorts by time, and safe in every file system. */
export function backupFileName(at: Date): string {
  return `naast-${at
    .toISOString()
    .replace(/\.\d{3}Z$/, 'Z')
    .replace(/:/g, '-')}.sqlite`
}

export type BackupResult = { path: string; bytes: number }

export async function backupDatabase(
  databasePath: string,
  targetDir: string,
  at: Date,
): Promise<BackupResult> {
  if (!existsSync(databasePath)) throw new Error(`No database at ${databasePath}`)
  mkdirSync(targetDir, { recursive: true })
  const target = resolve(targetDir, backupFileName(at))
  if (existsSync(target)) throw new Error(`A backup named ${basename(target)} exists already`)
  const source = new Database(databasePath, { readonly: true, fileMustExist: true })
  try {
    // All pages in one step: one read transaction, so the copy is one moment even while the server writes.
    await source.backup(target, { progress: () => Number.MAX_SAFE_INTEGER })
  } finally {
    source.close()
  }
  checkIntegrity(target)
  return { path: target, bytes: statSync(target).size }
}

/** Throws when the file is not a sound SQLite database. */
export function checkIntegrity(path: string): void {
  const db = new Database(path, { readonly: true, fileMustExist: true })
  try {
    const result = db.pragma('integrity_check', { simple: true })
    if (result !== 'ok') throw new Error(`${basename(path)} fails the integrity check: ${String(result)}`)
  } finally {
    db.close()
  }
}

export type RestoreResult = { restoredFrom: string; previousKeptAt: string | null }

/**
 * Puts a backup back in place of the database. Stop the server first: it holds the database open. The backup is
 * checked before anything changes, and the database being replaced is first backed up beside it
 * (`<name>.before-restore-<time>.sqlite`), so a restore can itself be undone.
 */
export async function restoreDatabase(
  backupPath: string,
  databasePath: string,
  at: Date,
): Promise<RestoreResult> {
  if (!existsSync(backupPath)) throw new Error(`No backup at ${backupPath}`)
  checkIntegrity(backupPath)
  let previousKeptAt: string | null = null
  if (existsSync(databasePath)) {
    previousKeptAt = `${databasePath}.before-restore-${backupFileName(at).slice('naast-'.length)}`
    const current = new Database(databasePath, { fileMustExist: true })
    try {
      await current.backup(previousKeptAt, { progress: () => Number.MAX_SAFE_INTEGER })
    } finally {
      current.close()
    }
  }
  if (existsSync(databasePath)) assertNotInUse(databasePath)
  // Replace the file whole: the WAL and shared-memory files of the old database must not outlive it.
  for (const suffix of ['-wal', '-shm']) rmSync(`${databasePath}${suffix}`, { force: true })
  const staged = `${databasePath}.restoring`
  copyFileSync(backupPath, staged)
  copyFileSync(staged, databasePath)
  rmSync(staged, { force: true })
  checkIntegrity(databasePath)
  return { restoredFrom: resolve(backupPath), previousKeptAt }
}

/**
 * Leaving WAL mode needs the only connection to the file: while the server (or anything else) has it open, SQLite
 * refuses, and so does the restore.
 */
function assertNotInUse(databasePath: string): void {
  const db = new Database(databasePath, { fileMustExist: true, timeout: 200 })
  let mode: unknown
  try {
    mode = db.pragma('journal_mode = DELETE', { simple: true })
  } catch {
    mode = 'busy'
  } finally {
    db.close()
  }
  if (mode !== 'delete') throw new Error('The database is in use. Stop Naast before restoring a backup.')
}

export function defaultBackupDir(databasePath: string): string {
  return join(resolve(databasePath, '..'), 'backups')
}
