import { existsSync, rmSync } from 'node:fs'
import { parseArgs } from 'node:util'
import { dutchCalendarDate } from '#shared/domain/age'
import { migrateDatabase, openDatabase, type Db } from '../db/client.ts'
import { demoAccounts, demoPassword } from '../seed/demo-accounts.ts'
import { seedDemo } from '../seed/demo.ts'
import { seedLarge } from '../seed/large.ts'

const usage = `Usage: npm run seed -- [options]

Fills the database with demo data ("Gemeente Voorbeeld").

  (no option)          seed the demo; refuse when the database already has data
  --if-empty           seed the demo only when the database is empty; otherwise do nothing
  --households N       seed N households at benchmark scale instead of the demo
  --force-new          with --households: delete the existing database file first
  --database PATH      the SQLite file (default: $DATABASE_PATH, or ./data/naast.sqlite)
  --help               show this text`

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      'if-empty': { type: 'boolean', default: false },
      households: { type: 'string' },
      'force-new': { type: 'boolean', default: false },
      database: { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
    strict: true,
  })
  if (values.help) {
    console.log(usage)
    return 0
  }
  const path = values.database ?? process.env.DATABASE_PATH ?? './data/naast.sqlite'
  const today = dutchCalendarDate(new Date())

  if (values.households !== undefined) {
    const households = Number(values.households)
    if (!/^\d+$/.test(values.households) || !Number.isSafeInteger(households) || households < 1) {
      console.error(`--households needs a positive whole number, got "${values.households}".`)
      return 1
    }
    return seedLargeCommand(path, households, today, values['force-new'], values['if-empty'])
  }
  if (values['force-new']) {
    console.error('--force-new only goes with --households.')
    return 1
  }

  const db = open(path)
  try {
    if (!isEmpty(db)) {
      if (!values['if-empty']) {
        console.error(`Database ${path} already has data; not seeding. Use --if-empty to accept that.`)
        return 1
      }
      console.log('Database already has data; not seeding.')
    } else {
      const started = performance.now()
      await seedDemo(db, { today })
      console.log(`Seeded the demo municipality in ${path} (${seconds(started)} s).`)
    }
    printDemoLogins(db)
    return 0
  } finally {
    db.$client.close()
  }
}

async function seedLargeCommand(
  path: string,
  households: number,
  today: string,
  forceNew: boolean,
  ifEmpty: boolean,
): Promise<number> {
  let db = open(path)
  if (!isEmpty(db)) {
    if (ifEmpty && !forceNew) {
      console.log('Database already has data; not seeding.')
      db.$client.close()
      return 0
    }
    if (!forceNew) {
      console.error(
        `Database ${path} already has data; not seeding. Add --force-new to delete it and start over.`,
      )
      db.$client.close()
      return 1
    }
    db.$client.close()
    for (const file of [path, `${path}-wal`, `${path}-shm`]) if (existsSync(file)) rmSync(file)
    console.log(`Deleted ${path}.`)
    db = open(path)
  }
  try {
    const started = performance.now()
    const interactive = process.stderr.isTTY
    let lastStage = ''
    let lastTenth = -1
    await seedLarge(db, {
      households,
      today,
      onProgress: (done, total, stage) => {
        // Each stage gets its own line, which ends with how long the seed has been running.
        if (stage !== lastStage) {
          if (interactive && lastStage) process.stderr.write('\n')
          lastStage = stage
          lastTenth = -1
        }
        const line = `Seeding ${stage}: ${done.toLocaleString('en')} / ${total.toLocaleString('en')}`
        // Rewrite one line on a terminal; in a log, print a line per ten percent at most.
        const tenth = Math.floor((done * 10) / total)
        if (interactive)
          process.stderr.write(`\r${line} (${Math.round((done / total) * 100)}%, ${seconds(started)} s)`)
        else if (tenth > lastTenth) process.stderr.write(`${line} (${seconds(started)} s)\n`)
        lastTenth = tenth
      },
    })
    if (interactive) process.stderr.write('\n')
    console.log(`Seeded ${households.toLocaleString('en')} households in ${path} in ${seconds(started)} s.`)
    printDemoLogins(db)
    return 0
  } finally {
    db.$client.close()
  }
}

function open(path: string): Db {
  const db = openDatabase(path)
  migrateDatabase(db)
  return db
}

function isEmpty(db: Db): boolean {
  const row = db.$client
    .prepare('SELECT (SELECT count(*) FROM users) + (SELECT count(*) FROM households) AS n')
    .get() as {
    n: number
  }
  return row.n === 0
}

function printDemoLogins(db: Db): void {
  const existing = new Set(
    (db.$client.prepare('SELECT email FROM users WHERE active = 1').pluck().all() as string[]).map((e) => e),
  )
  const present = demoAccounts.filter((a) => existing.has(a.email))
  if (present.length === 0) return
  const width = Math.max(...present.map((a) => a.email.length))
  console.log(`\nDemo log-ins (password for all: ${demoPassword})`)
  console.log(
    '  Administrators and supervisors set up two-step log-in (an authenticator app) the first time.',
  )
  for (const a of present) {
    const where = 'teamName' in a ? a.teamName : 'householdName' in a ? a.householdName : ''
    console.log(`  ${a.role.padEnd(10)} ${a.email.padEnd(width)}  ${a.name}${where ? ` (${where})` : ''}`)
  }
}

function seconds(startedAt: number): string {
  return ((performance.now() - startedAt) / 1000).toFixed(1)
}

main().then(
  (code) => {
    process.exitCode = code
  },
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error)
    process.exitCode = 1
  },
)
