import { copyFileSync, mkdtempSync, existsSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { migrateDatabase, openDatabase, type Db } from '../../server/src/db/client.ts'

let template: string | undefined

/** Migrates one template database per test process; every test gets its own copy of that file. */
function templatePath(): string {
  if (template && existsSync(template)) return template
  const dir = mkdtempSync(join(tmpdir(), 'naast-template-'))
  const path = join(dir, 'template.sqlite')
  const db = openDatabase(path)
  migrateDatabase(db)
  // Fold the WAL into the main file so a plain file copy is complete.
  db.$client.pragma('wal_checkpoint(TRUNCATE)')
  db.$client.close()
  template = path
  return path
}

export function freshDatabase(): { db: Db; path: string } {
  const dir = mkdtempSync(join(tmpdir(), 'naast-test-'))
  const path = join(dir, 'naast.sqlite')
  copyFileSync(templatePath(), path)
  return { db: openDatabase(path), path }
}
