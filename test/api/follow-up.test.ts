import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { buildTestApp, loginAs, type Client, type TestApp } from '../support/build-app.ts'
import { createWorld, testPassword } from '../support/factories.ts'

let t: TestApp
let world: Awaited<ReturnType<typeof createWorld>>
let sanne: Client
let mirjam: Client
let h: number

const count = (table: string) =>
  (t.db.$client.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n

beforeEach(async () => {
  t = await buildTestApp({ now: '2026-11-23T09:00:00Z' })
  world = await createWorld(t.db)
  sanne = await loginAs(t.app, world.users.worker.email, testPassword)
  mirjam = await loginAs(t.app, world.users.supervisor.email, testPassword)
  h = world.households.own.id
})
afterEach(() => t.close())

/** Moves the clock and logs both users in again (sessions expire meanwhile). */
async function laterOn(instant: string) {
  t.clock.set(instant)
  sanne = await loginAs(t.app, world.users.worker.email, testPassword)
  mirjam = await loginAs(t.app, world.users.supervisor.email, testPassword)
}

const scaleDown = (over: Record<string, unknown> = {}) =>
  sanne.put(`/api/households/${h}/phase`, {
    phase: 'pulse',
    intervalDays: 28,
    ownContactMoment: 'Fatima belt zelf als de schuldhulp iets van haar vraagt.',
    reason: 'De doelen zijn grotendeels bereikt; we houden een vinger aan de pols.',
    ...over,
  })

describe('finger on the pulse', () => {
  it('scales a case down to check-ins every four weeks; the next one is due 28 days later', async () => {
    const res = await scaleDown()
    expect(res.statusCode, res.body).toBe(200)
    expect(res.json()).toMatchObject({
      phase: 'pulse',
      current: { intervalDays: 28, by: 'Sanne de Wit' },
      nextCheckInOn: '2026-12-21',
      overdue: false,
    })
  })

  it('makes an overdue check-in appear on the worker’s list and the supervisor’s overview, until one is recorded', async () => {
    await scaleDown()
    expect((await sanne.get('/api/check-ins/due')).json()).toEqual([])
    await laterOn('2026-12-22T09:00:00Z') // 29 days later
    expect((await sanne.get('/api/check-ins/due')).json()).toEqual([
      {
        householdId: h,
        householdName: 'Familie Jansen',
        phase: 'pulse',
        nextCheckInOn: '2026-12-21',
        overdue: true,
      },
    ])
    const overview = (await mirjam.get('/api/team/overview')).json()
    expect(overview.metrics.overdueCheckIns).toEqual([
      { householdId: h, householdName: 'Familie Jansen', on: '2026-12-21' },
    ])

    const checked = await sanne.post(`/api/households/${h}/check-ins`, {
      on: '2026-12-22',
      how: 'phone',
      note: 'Gebeld: rustig, betalingsregeling loopt.',
    })
    expect(checked.statusCode, checked.body).toBe(201)
    expect(checked.json()).toMatchObject({ nextCheckInOn: '2027-01-19', overdue: false })
    expect((await mirjam.get('/api/team/overview')).json().metrics.overdueCheckIns).toEqual([])
  })

  it('refuses a check-in interval of zero, or none when scaling down, with a field error; nothing is saved', async () => {
    const zero = await scaleDown({ intervalDays: 0 })
    expect(zero.statusCode).toBe(400)
    expect(zero.json().fieldErrors.intervalDays).toMatch(/ten minste 1/)
    const none = await scaleDown({ intervalDays: null })
    expect(none.statusCode).toBe(400)
    expect(none.json().fieldErrors.intervalDays).toBeTruthy()
    expect(count('case_phases')).toBe(0)
  })

  it('re-opens a closed case in one action with its history intact, and refuses to re-open an open one', async () => {
    expect((await sanne.post(`/api/households/${h}/reopen`, { reason: 'Nieuwe zorgen' })).statusCode).toBe(
      409,
    )
    await scaleDown()
    await sanne.put(`/api/households/${h}/first-contact`, { objectionExplainedOn: '2026-11-23' })
    const members = world.households.own.members
    for (const m of members)
      await sanne.post(`/api/households/${h}/safety/pictures`, {
        personId: m.id,
        assessment: 'safe',
        basis: 'Laatste contact.',
        assessedOn: '2026-11-23',
      })
    const closed = await sanne.post(`/api/households/${h}/close`, {
      reason: 'Doelen bereikt.',
      evaluation: { on: '2026-11-23', summary: 'Fatima is tevreden.' },
    })
    expect(closed.statusCode, closed.body).toBe(200)
    const whileClosed = (await sanne.get(`/api/households/${h}/follow-up`)).json()
    expect(whileClosed).toMatchObject({ closure: { reason: 'Doelen bereikt.' }, nextCheckInOn: null })
    expect((await scaleDown()).statusCode).toBe(409)

    const reopened = await sanne.post(`/api/households/${h}/reopen`, {
      reason: 'School meldt opnieuw verzuim van Daan.',
    })
    expect(reopened.statusCode, reopened.body).toBe(200)
    expect(reopened.json()).toMatchObject({
      phase: 'active',
      closure: null,
      closures: [
        {
          reason: 'Doelen bereikt.',
          reopenedBy: 'Sanne de Wit',
          reopenReason: 'School meldt opnieuw verzuim van Daan.',
        },
      ],
    })
    expect(reopened.json().phases.map((p: { phase: string }) => p.phase)).toEqual(['active', 'pulse'])
    expect((await sanne.get(`/api/households/${h}/route`)).json().closure).toBeNull()
  })

  it('is not reachable for a worker of another team', async () => {
    const anouk = await loginAs(t.app, world.users.foreignWorker.email, testPassword)
    expect((await anouk.put(`/api/households/${h}/phase`, { phase: 'active', reason: 'x' })).statusCode).toBe(
      404,
    )
    expect(count('case_phases')).toBe(0)
  })
})

describe('case reflections', () => {
  const held = {
    heldOn: '2026-11-20',
    participants: 'Mirjam, Sanne, Joost',
    considerations: 'Moeder doet veel zelf; de zorgen gaan vooral over Daan.',
    counterArguments: 'Joost: misschien schalen we te vroeg af.',
    advice: 'Nog zes weken actief blijven.',
    followUp: 'Sanne plant een gesprek met Daan en school.',
  }

  it('is asked for from a case with a question, held and recorded, and listed for the team', async () => {
    const asked = await sanne.post(`/api/households/${h}/reflections`, {
      question: 'Schalen we te vroeg af?',
    })
    expect(asked.statusCode, asked.body).toBe(201)
    expect(asked.json()).toMatchObject({
      householdName: 'Familie Jansen',
      requestedBy: 'Sanne de Wit',
      held: null,
    })
    const recorded = await mirjam.put(`/api/households/${h}/reflections/${asked.json().id}`, held)
    expect(recorded.statusCode, recorded.body).toBe(200)
    expect(recorded.json().held).toMatchObject({ ...held, recordedBy: 'Mirjam Kok' })
    expect((await mirjam.put(`/api/households/${h}/reflections/${asked.json().id}`, held)).statusCode).toBe(
      409,
    )
    expect((await sanne.get(`/api/households/${h}/reflections`)).json()).toHaveLength(1)
    expect((await mirjam.get('/api/team/reflections')).json()).toMatchObject([
      { question: 'Schalen we te vroeg af?' },
    ])
    expect((await sanne.get('/api/team/reflections')).statusCode).toBe(403)
  })

  it('on a case the person may not open is not found, and nothing is saved', async () => {
    const anouk = await loginAs(t.app, world.users.foreignWorker.email, testPassword)
    const res = await anouk.post(`/api/households/${h}/reflections`, { question: 'Mag ik meedenken?' })
    expect(res.statusCode).toBe(404)
    const other = await loginAs(t.app, world.users.otherWorker.email, testPassword)
    expect((await other.post(`/api/households/${h}/reflections`, { question: 'x' })).statusCode).toBe(404)
    expect(count('case_reflections')).toBe(0)
  })

  it('refuses a held date in the future and an empty question', async () => {
    const future = await sanne.post(`/api/households/${h}/reflections`, {
      question: 'Wat missen we?',
      held: { ...held, heldOn: '2026-12-01' },
    })
    expect(future.statusCode).toBe(400)
    expect(future.json().fieldErrors['held.heldOn']).toBeTruthy()
    expect((await sanne.post(`/api/households/${h}/reflections`, { question: ' ' })).statusCode).toBe(400)
    expect(count('case_reflections')).toBe(0)
  })
})

describe("the supervisor's overview", () => {
  it('counts open cases per worker by phase and lists the households behind each risk', async () => {
    await scaleDown()
    const db = t.db.$client
    // Familie Bakker (Joost's) had its last contact 40 days ago; Familie Jansen never had one logged.
    const bakker = world.households.sameTeamOther.id
    db.prepare(
      `INSERT INTO conversations (household_id, author_id, occurred_at, kind, text, created_at)
       VALUES (?, ?, '2026-10-14T10:00:00.000Z', 'phone', 'Gebeld.', '2026-10-14T10:00:00.000Z')`,
    ).run(bakker, world.users.otherWorker.id)
    // A consent of Familie Jansen ends in ten days.
    db.prepare(
      `INSERT INTO consents (household_id, subject_person_id, giver_kind, giver_person_id, giver_name, recipient,
         purpose, categories, how, given_on, valid_until, recorded_by, recorded_at)
       VALUES (?, ?, 'person', ?, 'Fatima', 'Huisarts', 'Afstemmen', '["health"]', 'spoken', '2026-01-01', '2026-12-03', ?, 'x')`,
    ).run(h, world.households.own.members[0]!.id, world.households.own.members[0]!.id, world.users.worker.id)

    const res = await mirjam.get('/api/team/overview')
    expect(res.statusCode, res.body).toBe(200)
    const overview = res.json()
    expect(overview.workers).toEqual([
      expect.objectContaining({ name: 'Joost Smit', active: 1, pulse: 0, background: 0 }),
      expect.objectContaining({ name: 'Sanne de Wit', active: 0, pulse: 1, background: 0 }),
    ])
    expect(overview.metrics.noContact30Days).toEqual([
      { householdId: h, householdName: 'Familie Jansen', on: null },
      { householdId: bakker, householdName: 'Familie Bakker', on: '2026-10-14T10:00:00.000Z' },
    ])
    expect(overview.metrics.consentsExpiring).toEqual([
      { householdId: h, householdName: 'Familie Jansen', on: '2026-12-03' },
    ])
    expect(
      overview.metrics.withoutAgreedPlan.map((r: { householdId: number }) => r.householdId).sort(),
    ).toEqual([h, bakker].sort())
    expect(overview.trajectoriesByStep).toHaveLength(5)
    // Another team's households never appear.
    expect(JSON.stringify(overview)).not.toContain('Familie Visser')
    expect((await sanne.get('/api/team/overview')).statusCode).toBe(403)
  })
})
