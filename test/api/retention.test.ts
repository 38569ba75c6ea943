import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { execFileSync } from 'node:child_process'
import { buildTestApp, loginAs, type Client, type TestApp } from '../support/build-app.ts'
import { createWorld, testPassword } from '../support/factories.ts'
import { verifyAuditChain } from '../../server/src/modules/audit/verify.ts'
import { scheduleRetentionJob } from '../../server/src/modules/retention/schedule.ts'
import { seedDemo } from '../../server/src/seed/demo.ts'
import { demoAccount, demoPassword } from '../../server/src/seed/demo-accounts.ts'

let t: TestApp
let world: Awaited<ReturnType<typeof createWorld>>
let own: number
let other: number

beforeEach(async () => {
  t = await buildTestApp({ now: '2026-11-23T09:00:00Z' })
})
afterEach(() => t.close())

/** Two teams with their people and households (test/support/factories.ts), for the describes that use them. */
async function setUpWorld() {
  world = await createWorld(t.db)
  own = world.households.own.id // Familie Jansen: Daan was 12 when the file was opened
  other = world.households.sameTeamOther.id // Familie Bakker: adults only
}

const as = (user: keyof typeof world.users) => loginAs(t.app, world.users[user].email, testPassword)
const rows = <T = Record<string, unknown>>(query: string, ...args: unknown[]) =>
  t.db.$client.prepare(query).all(...args) as T[]
const count = (query: string, ...args: unknown[]) =>
  (t.db.$client.prepare(query).get(...args) as { n: number }).n

/** The administrator runs the daily check at `instant` (logging in again: sessions do not last years). */
async function runCheckOn(instant: string) {
  t.clock.set(instant)
  const admin = await as('admin')
  const res = await admin.post('/api/admin/retention/run', {})
  expect(res.statusCode, res.body).toBe(200)
  return { admin, overview: res.json() }
}

/** Every table with a household_id or person_id column (the audit trail aside) and the column(s) it has. */
function caseTables(): { table: string; columns: string[] }[] {
  const tables = rows<{ name: string }>(
    `SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'
     AND sql NOT LIKE 'CREATE VIRTUAL TABLE%' AND name != 'audit_events'`,
  )
  return tables
    .map(({ name }) => ({
      table: name,
      columns: rows<{ name: string }>('SELECT name FROM pragma_table_info(?)', name)
        .map((c) => c.name)
        .filter((c) => c === 'household_id' || c === 'person_id'),
    }))
    .filter((x) => x.columns.length > 0)
}

/** Rows anywhere (outside the audit trail) that still point at the household or one of its people. */
function leftovers(householdId: number, personIds: number[]) {
  const found: string[] = []
  for (const { table, columns } of caseTables()) {
    for (const column of columns) {
      const ids = column === 'household_id' ? [householdId] : personIds
      const n = count(
        `SELECT count(*) AS n FROM "${table}" WHERE "${column}" IN (SELECT value FROM json_each(?))`,
        JSON.stringify(ids),
      )
      if (n > 0) found.push(`${table}.${column}: ${n}`)
    }
  }
  const persons = count(
    'SELECT count(*) AS n FROM persons WHERE id IN (SELECT value FROM json_each(?))',
    JSON.stringify(personIds),
  )
  if (persons > 0) found.push(`persons: ${persons}`)
  if (count('SELECT count(*) AS n FROM households WHERE id = ?', householdId) > 0) found.push('households')
  return found
}

describe('the retention date of a file', () => {
  beforeEach(setUpWorld)

  it('is shown to the worker: 20 years after the last change for a file with a child, 15 for adults only', async () => {
    const sanne = await as('worker')
    const res = await sanne.get(`/api/households/${own}/retention`)
    expect(res.statusCode, res.body).toBe(200)
    expect(res.json()).toEqual({
      kind: 'minor',
      years: 20,
      lastChangedAt: '2026-01-05T09:00:00.000Z',
      retentionDate: '2046-01-05',
    })
    const mirjam = await as('supervisor')
    expect((await mirjam.get(`/api/households/${other}/retention`)).json()).toEqual({
      kind: 'other',
      years: 15,
      lastChangedAt: '2026-01-05T09:00:00.000Z',
      retentionDate: '2041-01-05',
    })
    expect(rows('SELECT operation FROM audit_events WHERE operation = ?', 'retention.read')).toHaveLength(2)
    // A worker of another team does not even learn that the file exists.
    const anouk = await as('foreignWorker')
    expect((await anouk.get(`/api/households/${own}/retention`)).statusCode).toBe(404)
  })

  it('moves when a conversation is logged, and not when the file is only read', async () => {
    t.clock.set('2026-12-01T10:00:00Z')
    const sanne = await as('worker')
    expect((await sanne.get(`/api/households/${own}`)).statusCode).toBe(200)
    expect((await sanne.get(`/api/households/${own}/retention`)).json().retentionDate).toBe('2046-01-05')
    const logged = await sanne.post(`/api/households/${own}/conversations`, {
      kind: 'phone',
      text: 'Gebeld over de schoolkeuze van Daan.',
    })
    expect(logged.statusCode, logged.body).toBe(201)
    expect((await sanne.get(`/api/households/${own}/retention`)).json()).toMatchObject({
      lastChangedAt: '2026-12-01T10:00:00.000Z',
      retentionDate: '2046-12-01',
    })
  })

  it('is shown to the household member for their own file, and not for another', async () => {
    const fatima = await as('resident')
    const res = await fatima.get(`/api/households/${own}/portal/retention`)
    expect(res.statusCode, res.body).toBe(200)
    expect(res.json()).toMatchObject({ kind: 'minor', retentionDate: '2046-01-05' })
    expect(
      rows('SELECT household_id, person_id FROM audit_events WHERE operation = ?', 'portal.retention'),
    ).toEqual([{ household_id: own, person_id: world.households.own.members[0]!.id }])
    expect((await fatima.get(`/api/households/${other}/portal/retention`)).statusCode).toBe(404)
    expect((await fatima.get(`/api/households/${own}/retention`)).statusCode).toBe(404)
  })

  it('follows the periods the administrator sets; a period of zero years is refused with a message', async () => {
    const admin = await as('admin')
    const changed = await admin.put('/api/admin/settings', {
      retentionMinorYears: 25,
      retentionOtherYears: 10,
    })
    expect(changed.statusCode, changed.body).toBe(200)
    expect(changed.json()).toMatchObject({ retentionMinorYears: 25, retentionOtherYears: 10 })
    const mirjam = await as('supervisor')
    expect((await mirjam.get(`/api/households/${own}/retention`)).json()).toMatchObject({
      years: 25,
      retentionDate: '2051-01-05',
    })
    expect((await mirjam.get(`/api/households/${other}/retention`)).json()).toMatchObject({
      years: 10,
      retentionDate: '2036-01-05',
    })

    const zero = await admin.put('/api/admin/settings', { retentionOtherYears: 0 })
    expect(zero.statusCode).toBe(400)
    expect(zero.json().fieldErrors).toEqual({
      retentionOtherYears: 'Kies een bewaartermijn van minstens 1 jaar.',
    })
    expect((await admin.get('/api/admin/settings')).json()).toMatchObject({ retentionOtherYears: 10 })
  })
})

describe('the daily retention check', () => {
  beforeEach(setUpWorld)

  it('lists a file for the administrator only from its retention date on, with no names in the list', async () => {
    const dayBefore = await runCheckOn('2041-01-04T12:00:00Z')
    expect(dayBefore.overview).toEqual({ lastRunAt: '2041-01-04T12:00:00.000Z', due: [] })

    const { admin, overview } = await runCheckOn('2041-01-05T09:00:00Z')
    expect(overview.due).toEqual([
      {
        householdId: other,
        teamName: world.teamA.name,
        neighbourhoodName: world.wijkA.name,
        kind: 'other',
        lastChangedAt: '2026-01-05T09:00:00.000Z',
        retentionDate: '2041-01-05',
        listedAt: '2041-01-05T09:00:00.000Z',
      },
      expect.objectContaining({ householdId: world.households.foreign.id, teamName: world.teamB.name }),
    ])
    // The file with a child waits five more years.
    expect(overview.due.map((d: { householdId: number }) => d.householdId)).not.toContain(own)
    const shown = JSON.stringify(overview)
    for (const name of ['Bakker', 'Visser', 'Jansen', 'Lid', 'Sanne']) expect(shown).not.toContain(name)

    // The list as the administrator opens it again.
    t.clock.set('2041-01-05T09:10:00Z')
    const later = (await admin.get('/api/admin/retention')).json()
    expect(later.due[0].listedAt).toBe('2041-01-05T09:00:00.000Z')
    expect(rows('SELECT actor_role FROM audit_events WHERE operation = ?', 'retention.overview')).toEqual([
      { actor_role: 'admin' },
    ])
    expect(rows('SELECT operation FROM audit_events WHERE operation = ?', 'retention.run')).toHaveLength(2)

    // The next day's check keeps the day a file was first listed.
    const nextDay = await runCheckOn('2041-01-06T09:00:00Z')
    expect(nextDay.overview.due.map((d: { listedAt: string }) => d.listedAt)).toEqual([
      '2041-01-05T09:00:00.000Z',
      '2041-01-05T09:00:00.000Z',
    ])
    expect(nextDay.overview.lastRunAt).toBe('2041-01-06T09:00:00.000Z')
  })

  it('takes a file off the list when it changed after it was listed', async () => {
    await runCheckOn('2041-02-01T09:00:00Z')
    const joost = await as('otherWorker')
    const logged = await joost.post(`/api/households/${other}/conversations`, {
      kind: 'office',
      text: 'Mevrouw Bakker meldt zich opnieuw.',
    })
    expect(logged.statusCode, logged.body).toBe(201)
    const { overview } = await runCheckOn('2041-02-02T09:00:00Z')
    expect(overview.due.map((d: { householdId: number }) => d.householdId)).toEqual([
      world.households.foreign.id,
    ])
  })

  it('runs by itself shortly after the server starts and then daily; a failing run is logged, not thrown', () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'setInterval', 'clearTimeout', 'clearInterval'] })
    try {
      const log = { info: vi.fn(), error: vi.fn() }
      const job = { db: t.db, clock: t.clock, config: t.app.config }
      const stop = scheduleRetentionJob(job, log as never, { firstAfterMs: 1_000, everyMs: 10_000 })
      vi.advanceTimersByTime(999)
      expect(log.info).not.toHaveBeenCalled()
      vi.advanceTimersByTime(1)
      expect(log.info).toHaveBeenCalledTimes(1)
      expect(rows('SELECT value FROM settings WHERE key = ?', 'retention.lastRunAt')).toEqual([
        { value: '2026-11-23T09:00:00.000Z' },
      ])
      vi.advanceTimersByTime(10_000)
      expect(log.info).toHaveBeenCalledTimes(2)
      stop()
      vi.advanceTimersByTime(50_000)
      expect(log.info).toHaveBeenCalledTimes(2)

      const broken = {
        ...job,
        clock: {
          now: (): Date => {
            throw new Error('clock stopped')
          },
        },
      }
      const stopBroken = scheduleRetentionJob(broken, log as never, { firstAfterMs: 0 })
      expect(() => vi.advanceTimersByTime(1)).not.toThrow()
      expect(log.error).toHaveBeenCalledTimes(1)
      stopBroken()
    } finally {
      vi.useRealTimers()
    }
  })

  it('is for the administrator only: a worker or supervisor is refused, and cannot tell whether a file exists', async () => {
    for (const user of ['worker', 'supervisor'] as const) {
      const c = await as(user)
      expect((await c.get('/api/admin/retention')).statusCode).toBe(403)
      expect((await c.post('/api/admin/retention/run', {})).statusCode).toBe(403)
      expect(
        (await c.post(`/api/admin/retention/${other}/delete`, { confirmHouseholdId: other })).statusCode,
      ).toBe(404)
    }
    expect(count('SELECT count(*) AS n FROM settings WHERE key = ?', 'retention.lastRunAt')).toBe(0)
  })
})

describe('deleting a file past its retention date', () => {
  beforeEach(setUpWorld)

  it('asks for the file number to be typed again', async () => {
    const { admin } = await runCheckOn('2041-02-01T09:00:00Z')
    const res = await admin.post(`/api/admin/retention/${other}/delete`, { confirmHouseholdId: own })
    expect(res.statusCode).toBe(400)
    expect(res.json().fieldErrors).toEqual({
      confirmHouseholdId:
        'Het nummer klopt niet. Typ het dossiernummer over om het verwijderen te bevestigen.',
    })
    expect(count('SELECT count(*) AS n FROM households WHERE id = ?', other)).toBe(1)
  })

  it('is refused (409) for a file that is not due, or not listed yet', async () => {
    const { admin } = await runCheckOn('2041-02-01T09:00:00Z')
    const notDue = await admin.post(`/api/admin/retention/${own}/delete`, { confirmHouseholdId: own })
    expect(notDue.statusCode).toBe(409)
    expect(notDue.json().message).toBe(
      'Dit dossier staat niet op de lijst om te verwijderen. Laat de dagelijkse controle eerst lopen.',
    )
    // Past its date by now, but the daily check has not listed it yet.
    t.clock.set('2046-02-01T09:00:00Z')
    const fresh = await as('admin')
    const unlisted = await fresh.post(`/api/admin/retention/${own}/delete`, { confirmHouseholdId: own })
    expect(unlisted.statusCode).toBe(409)
    expect(count('SELECT count(*) AS n FROM households WHERE id = ?', own)).toBe(1)
  })

  it('removes every row of the file for good and leaves exactly one audit event saying so', async () => {
    // Fill the file: a conversation with a word only this file has, a correction, the member's own log-in.
    const sanne = await as('worker')
    const note = await sanne.post(`/api/households/${own}/conversations`, {
      kind: 'home_visit',
      text: 'Daan vertelde over zijn zwaluwstaartvlinders en de schoolkeuze.',
      participants: [{ kind: 'member', refId: world.households.own.members[1]!.id }],
    })
    expect(note.statusCode, note.body).toBe(201)
    const corrected = await sanne.patch(`/api/households/${own}/conversations/${note.json().id}`, {
      text: 'Daan vertelde over zijn zwaluwstaartvlinders, de schoolkeuze en zijn opa.',
    })
    expect(corrected.statusCode, corrected.body).toBe(200)
    await as('resident')
    const mirjam = await as('supervisor')
    const hitsFor = async (c: Client, q: string) =>
      (await c.get(`/api/search?q=${encodeURIComponent(q)}`)).json().hits as { householdId: number }[]
    expect((await hitsFor(mirjam, 'Jansen')).map((h) => h.householdId)).toContain(own)
    expect((await hitsFor(mirjam, 'zwaluwstaartvlinders')).map((h) => h.householdId)).toEqual([own])
    expect(count('SELECT count(*) AS n FROM search_words WHERE word = ?', 'zwaluwstaartvlinders')).toBe(1)

    const personIds = world.households.own.members.map((m) => m.id)
    expect(leftovers(own, personIds).length).toBeGreaterThan(5)
    const otherRowsBefore = rowsOfOtherHouseholds(own)
    const staffBefore = count("SELECT count(*) AS n FROM users WHERE role != 'household'")

    const { admin } = await runCheckOn('2047-01-01T09:00:00Z')
    const eventsAbout = () => count('SELECT count(*) AS n FROM audit_events WHERE household_id = ?', own)
    const eventsBefore = eventsAbout()
    const res = await admin.post(`/api/admin/retention/${own}/delete`, { confirmHouseholdId: own })
    expect(res.statusCode, res.body).toBe(204)
    // The file's audit events stay (for now), plus one that it was deleted.
    expect(eventsAbout()).toBe(eventsBefore + 1)

    expect(leftovers(own, personIds)).toEqual([])
    expect(count('SELECT count(*) AS n FROM users WHERE id = ?', world.users.resident.id)).toBe(0)
    expect(count('SELECT count(*) AS n FROM sessions WHERE user_id = ?', world.users.resident.id)).toBe(0)
    expect(count('SELECT count(*) AS n FROM conversation_versions')).toBe(0)
    expect(count('SELECT count(*) AS n FROM retention_due WHERE household_id = ?', own)).toBe(0)
    // Nothing of any other file, and no staff account, went with it.
    expect(rowsOfOtherHouseholds(own)).toEqual(otherRowsBefore)
    expect(count("SELECT count(*) AS n FROM users WHERE role != 'household'")).toBe(staffBefore)

    // Gone for the worker who had the case, and for search.
    const sanneLater = await as('worker')
    expect((await sanneLater.get(`/api/households/${own}`)).statusCode).toBe(404)
    const mirjamLater = await as('supervisor')
    expect(await hitsFor(mirjamLater, 'Jansen')).toEqual([])
    expect(await hitsFor(mirjamLater, 'zwaluwstaartvlinders')).toEqual([])
    expect(await hitsFor(mirjamLater, 'zwaluw')).toEqual([])
    expect(count('SELECT count(*) AS n FROM search_words WHERE word = ?', 'zwaluwstaartvlinders')).toBe(0)
    expect(count("SELECT count(*) AS n FROM households_fts WHERE households_fts MATCH 'jansen'")).toBe(0)

    // What remains: the audit trail, with one event that the file was deleted under the retention rule.
    expect(
      rows(
        'SELECT actor_id, household_id, object_id, outcome FROM audit_events WHERE operation = ?',
        'retention.delete',
      ),
    ).toEqual([
      { actor_id: world.users.admin.id, household_id: own, object_id: String(own), outcome: 'allowed' },
    ])
    expect(verifyAuditChain(t.db)).toMatchObject({ ok: true, pruned: 0 })
    // A second attempt finds nothing to delete.
    const again = await admin.post(`/api/admin/retention/${own}/delete`, { confirmHouseholdId: own })
    expect(again.statusCode).toBe(409)
  })

  it('five years later, the daily check removes the deleted file’s audit events; the trail still verifies', async () => {
    const mirjam = await as('supervisor')
    expect((await mirjam.get(`/api/households/${other}`)).statusCode).toBe(200)
    const { admin } = await runCheckOn('2047-01-01T09:00:00Z')
    expect(
      (await admin.post(`/api/admin/retention/${own}/delete`, { confirmHouseholdId: own })).statusCode,
    ).toBe(204)
    const aboutFile = () => count('SELECT count(*) AS n FROM audit_events WHERE household_id = ?', own)
    const before = aboutFile()
    const othersBefore = count('SELECT count(*) AS n FROM audit_events WHERE household_id = ?', other)

    // One day short of five years: everything stays.
    await runCheckOn('2051-12-31T09:00:00Z')
    expect(aboutFile()).toBe(before)

    await runCheckOn('2052-01-01T09:00:00Z')
    expect(aboutFile()).toBe(0)
    expect(count('SELECT count(*) AS n FROM audit_pruned')).toBe(before)
    expect(count('SELECT count(*) AS n FROM audit_events WHERE household_id = ?', other)).toBe(othersBefore)
    expect(rows('SELECT object_id FROM audit_events WHERE operation = ?', 'audit.prune')).toEqual([
      { object_id: String(before) },
    ])
    expect(verifyAuditChain(t.db)).toMatchObject({ ok: true, pruned: before })
    const cli = execFileSync('npx', ['tsx', 'server/src/cli/audit-verify.ts', '--database', t.dbPath], {
      encoding: 'utf8',
      stdio: 'pipe',
    })
    expect(cli).toMatch(new RegExp(`Audit trail intact: \\d+ events checked \\(${before} removed`))

    // Tampering with an event that remains is still found...
    const target = rows<{ id: number }>(
      'SELECT id FROM audit_events WHERE household_id = ? LIMIT 1',
      other,
    )[0]!
    t.db.$client.exec('DROP TRIGGER audit_events_no_update')
    t.db.$client.prepare('UPDATE audit_events SET actor_id = 999 WHERE id = ?').run(target.id)
    expect(verifyAuditChain(t.db)).toMatchObject({ ok: false, firstBrokenId: target.id, reason: 'altered' })
  })

  it('an event removed without the retention rule breaks the chain, even beside pruned ones', async () => {
    const { admin } = await runCheckOn('2047-01-01T09:00:00Z')
    await admin.post(`/api/admin/retention/${own}/delete`, { confirmHouseholdId: own })
    await runCheckOn('2052-01-02T09:00:00Z')
    expect(verifyAuditChain(t.db)).toMatchObject({ ok: true })
    // The trigger refuses to let an event go that was not pruned...
    const victim = rows<{ id: number }>(
      'SELECT min(id) AS id FROM audit_events WHERE id > (SELECT min(id) FROM audit_pruned)',
    )[0]!
    expect(() => t.db.$client.prepare('DELETE FROM audit_events WHERE id = ?').run(victim.id)).toThrow(
      /append-only/,
    )
    // ...and someone who drops it is caught by the verifier.
    t.db.$client.exec('DROP TRIGGER audit_events_no_delete')
    t.db.$client.prepare('DELETE FROM audit_events WHERE id = ?').run(victim.id)
    const verdict = verifyAuditChain(t.db)
    expect(verdict).toMatchObject({ ok: false, reason: 'chain-broken' })
    expect(!verdict.ok && verdict.firstBrokenId > victim.id).toBe(true)
  })
})

/** Row counts per table of everything that is not about `householdId` (by household_id), to see nothing else went. */
function rowsOfOtherHouseholds(householdId: number): Record<string, number> {
  const result: Record<string, number> = {}
  for (const { table, columns } of caseTables()) {
    // The daily check lists other files too; that is not deleting anything of theirs.
    if (!columns.includes('household_id') || table === 'retention_due') continue
    result[table] = count(`SELECT count(*) AS n FROM "${table}" WHERE household_id != ?`, householdId)
  }
  for (const table of ['teams', 'neighbourhoods', 'organisations', 'life_domains', 'themes'])
    result[table] = count(`SELECT count(*) AS n FROM "${table}"`)
  return result
}

describe('deleting a demo file with everything in it', () => {
  it('leaves no row behind in any table, and touches no other file', async () => {
    await seedDemo(t.db, { today: '2026-11-23' })
    const mother = demoAccount('householdMother')
    const { householdId } = t.db.$client
      .prepare(
        'SELECT p.household_id AS householdId FROM users u JOIN persons p ON p.id = u.person_id WHERE u.email = ?',
      )
      .get(mother.email) as { householdId: number }
    const personIds = rows<{ id: number }>('SELECT id FROM persons WHERE household_id = ?', householdId).map(
      (p) => p.id,
    )
    // A file worth the test: rows in many tables.
    expect(leftovers(householdId, personIds).length).toBeGreaterThanOrEqual(10)
    const othersBefore = rowsOfOtherHouseholds(householdId)

    t.clock.set('2050-01-01T09:00:00Z')
    const admin = await loginAs(t.app, demoAccount('admin').email, demoPassword)
    expect((await admin.post('/api/admin/retention/run', {})).statusCode).toBe(200)
    const res = await admin.post(`/api/admin/retention/${householdId}/delete`, {
      confirmHouseholdId: householdId,
    })
    expect(res.statusCode, res.body).toBe(204)

    expect(leftovers(householdId, personIds)).toEqual([])
    expect(count('SELECT count(*) AS n FROM users WHERE email = ?', mother.email)).toBe(0)
    expect(rowsOfOtherHouseholds(householdId)).toEqual(othersBefore)
    expect(t.db.$client.pragma('foreign_key_check')).toEqual([])
    expect(
      t.db.$client
        .prepare("INSERT INTO conversations_fts (conversations_fts) VALUES ('integrity-check')")
        .run(),
    ).toBeTruthy()
    expect(verifyAuditChain(t.db)).toMatchObject({ ok: true })
  })
})
