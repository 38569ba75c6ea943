import { describe, expect, it } from 'vitest'
import { freshDatabase } from '../support/db.ts'
import { seedDemo } from '../../server/src/seed/demo.ts'
import { seedLarge } from '../../server/src/seed/large.ts'
import { demoAccounts } from '../../server/src/seed/demo-accounts.ts'
import { ageOn } from '#shared/domain/age'

describe('the demo municipality', () => {
  it('has two teams, four neighbourhoods, about 60 households and every demo log-in', async () => {
    const { db } = freshDatabase()
    await seedDemo(db, { today: '2026-11-23' })
    const count = (table: string) =>
      (db.$client.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n
    expect(count('teams')).toBe(2)
    expect(count('neighbourhoods')).toBe(4)
    expect(count('households')).toBeGreaterThanOrEqual(55)
    const emails = (db.$client.prepare('SELECT email FROM users').all() as { email: string }[]).map(
      (u) => u.email,
    )
    for (const account of demoAccounts) expect(emails).toContain(account.email)
    db.$client.close()
  })

  it('has members at the ages the consent rules care about, and an adult with a representative', async () => {
    const { db } = freshDatabase()
    await seedDemo(db, { today: '2026-11-23' })
    const people = db.$client.prepare('SELECT birthdate, representative_kind FROM persons').all() as {
      birthdate: string
      representative_kind: string | null
    }[]
    const ages = new Set(people.map((p) => ageOn(p.birthdate, '2026-11-23')))
    for (const age of [4, 11, 12, 15, 16, 17, 18]) expect(ages, `age ${age}`).toContain(age)
    expect(people.some((p) => p.birthdate === '2014-11-23')).toBe(true) // 12 today
    expect(people.some((p) => p.birthdate === '2010-11-24')).toBe(true) // 16 tomorrow
    expect(people.some((p) => p.representative_kind !== null && ageOn(p.birthdate, '2026-11-23') >= 18)).toBe(
      true,
    )
    db.$client.close()
  })

  it('is the same every time for the same day', async () => {
    const dump = async () => {
      const { db } = freshDatabase()
      await seedDemo(db, { today: '2026-11-23' })
      const rows = db.$client
        .prepare('SELECT name, street, house_number, postcode FROM households ORDER BY id')
        .all()
      db.$client.close()
      return rows
    }
    expect(await dump()).toEqual(await dump())
  })
})

describe('the demo plans', () => {
  it('give Familie Jansen a plan in three versions and leave Familie Bremer to start theirs', async () => {
    const { db } = freshDatabase()
    await seedDemo(db, { today: '2026-11-23' })
    const versionsOf = (name: string) =>
      db.$client
        .prepare(
          `SELECT v.version, v.content FROM plan_versions v JOIN households h ON h.id = v.household_id
           WHERE h.name = ? ORDER BY v.version`,
        )
        .all(name) as { version: number; content: string }[]
    const jansen = versionsOf('Familie Jansen')
    expect(jansen.map((v) => v.version)).toEqual([1, 2, 3])
    const latest = JSON.parse(jansen[2]!.content) as { goals: { private: boolean }[] }
    expect(latest.goals.some((g) => g.private)).toBe(true)
    expect(versionsOf('Familie Bremer')).toEqual([])
    db.$client.close()
  })
})

describe('the demo requests', () => {
  it('are in every state: new, overdue, unassigned, triaged each way, with an open safety answer', async () => {
    const { db } = freshDatabase()
    await seedDemo(db, { today: '2026-11-23' })
    const all = <T>(q: string) => db.$client.prepare(q).all() as T[]
    const statuses = all<{ status: string }>('SELECT DISTINCT status FROM requests').map((r) => r.status)
    expect(statuses.sort()).toEqual(['closed', 'new', 'triaged'])
    const routes = all<{ route: string }>('SELECT DISTINCT route FROM triage_versions').map((r) => r.route)
    expect(routes.sort()).toEqual(['crisis', 'no_professional_help', 'referral', 'team'])
    const overdue = all(
      "SELECT id FROM requests WHERE status = 'new' AND appointment_made_on IS NULL AND date(received_on, '+5 days') < '2026-11-23'",
    )
    expect(overdue.length).toBeGreaterThanOrEqual(2)
    expect(
      all("SELECT id FROM requests WHERE status = 'new' AND triage_worker_id IS NULL").length,
    ).toBeGreaterThan(0)
    expect(all('SELECT id FROM safety_signals WHERE followed_up_at IS NULL').length).toBeGreaterThan(0)
    db.$client.close()
  })
})

describe('the large benchmark database', () => {
  it('builds households with members and workers at scale (small run here)', async () => {
    const { db } = freshDatabase()
    let last = 0
    await seedLarge(db, { households: 500, today: '2026-11-23', onProgress: (done) => (last = done) })
    const n = (db.$client.prepare('SELECT count(*) AS n FROM households').get() as { n: number }).n
    expect(n).toBeGreaterThanOrEqual(500)
    expect(last).toBeGreaterThan(0)
    const orphans = db.$client
      .prepare(
        'SELECT count(*) AS n FROM households h WHERE NOT EXISTS (SELECT 1 FROM persons p WHERE p.household_id = h.id)',
      )
      .get() as { n: number }
    expect(orphans.n).toBe(0)
    db.$client.close()
  })
})
