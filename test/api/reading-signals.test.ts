import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { buildTestApp, loginAs, type Client, type TestApp } from '../support/build-app.ts'
import { assignWorker, createHousehold, createWorld, testPassword } from '../support/factories.ts'

let t: TestApp
let world: Awaited<ReturnType<typeof createWorld>>
/** Mirjam Kok, supervisor of team A: she may read every household of her team. */
let mirjam: Client
let admin: Client
/** 40 households of team A: the two of createWorld and 38 more. */
let teamHouseholds: number[]

const minute = 60 * 1000

beforeEach(async () => {
  t = await buildTestApp({ now: '2026-11-23T09:00:00Z' })
  world = await createWorld(t.db)
  const more = Array.from({ length: 38 }, () =>
    createHousehold(t.db, { teamId: world.teamA.id, neighbourhoodId: world.wijkA.id }),
  )
  teamHouseholds = [world.households.own.id, world.households.sameTeamOther.id, ...more.map((h) => h.id)]
  mirjam = await loginAs(t.app, world.users.supervisor.email, testPassword)
  admin = await loginAs(t.app, world.users.admin.email, testPassword)
})
afterEach(() => t.close())

/** Opens each household page in turn; every one must simply open. */
async function open(c: Client, householdIds: number[]) {
  for (const id of householdIds) {
    const res = await c.get(`/api/households/${id}`)
    expect(res.statusCode, res.body).toBe(200)
  }
}

async function signals() {
  const res = await admin.get('/api/admin/reading-signals')
  expect(res.statusCode, res.body).toBe(200)
  return res.json() as Record<string, unknown>[]
}

/** Moves the clock and logs everyone in again (sessions end after 30 minutes idle). */
async function later(ms: number) {
  t.clock.advance(ms)
  mirjam = await loginAs(t.app, world.users.supervisor.email, testPassword)
  admin = await loginAs(t.app, world.users.admin.email, testPassword)
}

describe('unusual reading', () => {
  it('raises no signal for 30 different households within an hour, and one with the count for the 31st', async () => {
    const startedAt = t.clock.now().toISOString()
    await open(mirjam, teamHouseholds.slice(0, 30))
    // Opening the same households again does not make them more.
    await open(mirjam, teamHouseholds.slice(0, 30))
    expect(await signals()).toEqual([])

    await open(mirjam, teamHouseholds.slice(30, 31))
    const list = await signals()
    expect(list).toEqual([
      {
        id: expect.any(Number),
        userId: world.users.supervisor.id,
        userName: 'Mirjam Kok',
        userEmail: 'mirjam@voorbeeld.nl',
        userRole: 'supervisor',
        userTeamName: world.teamA.name,
        detectedAt: startedAt,
        householdCount: 31,
        threshold: 30,
        reviewedAt: null,
        reviewedByName: null,
      },
    ])
    // Who and how many, never which households.
    expect(JSON.stringify(list)).not.toContain('Familie')
  })

  it('raises the count of the same signal when more households are opened within the hour', async () => {
    const startedAt = t.clock.now().toISOString()
    await open(mirjam, teamHouseholds.slice(0, 31))
    t.clock.advance(10 * minute)
    await open(mirjam, teamHouseholds.slice(31, 34))
    const list = await signals()
    expect(list).toHaveLength(1)
    expect(list[0]).toMatchObject({ householdCount: 34, detectedAt: startedAt })
  })

  it('does not add up households opened more than an hour apart', async () => {
    await open(mirjam, teamHouseholds.slice(0, 20))
    await later(61 * minute)
    await open(mirjam, teamHouseholds.slice(20, 40))
    expect(await signals()).toEqual([])
  })

  it('never blocks a worker who reads unusually many households', async () => {
    const sanne = await loginAs(t.app, world.users.worker.email, testPassword)
    for (const id of teamHouseholds.slice(1, 35)) assignWorker(t.db, id, world.users.worker.id)
    await open(sanne, teamHouseholds.slice(0, 35))
    await open(sanne, teamHouseholds.slice(0, 35))
    expect((await sanne.get(`/api/households/${teamHouseholds[0]}/conversations`)).statusCode).toBe(200)
    expect(await signals()).toEqual([
      expect.objectContaining({ userName: 'Sanne de Wit', userRole: 'worker', householdCount: 35 }),
    ])
  })

  it('applies a lower threshold the administrator sets', async () => {
    await open(mirjam, teamHouseholds.slice(0, 6))
    const changed = await admin.put('/api/admin/settings', { unusualReadingThreshold: 5 })
    expect(changed.statusCode, changed.body).toBe(200)
    // The watch reads the setting at most once a minute.
    t.clock.advance(minute)
    await open(mirjam, teamHouseholds.slice(6, 7))
    expect(await signals()).toEqual([expect.objectContaining({ householdCount: 7, threshold: 5 })])
  })

  it('refuses a threshold below 5 with a clear message', async () => {
    const res = await admin.put('/api/admin/settings', { unusualReadingThreshold: 4 })
    expect(res.statusCode).toBe(400)
    expect(res.json().fieldErrors).toHaveProperty('unusualReadingThreshold')
  })
})

describe("the administrator's security list", () => {
  it('lets the administrator mark a signal as seen, once', async () => {
    await open(mirjam, teamHouseholds.slice(0, 31))
    const [signal] = await signals()
    const reviewed = await admin.post(`/api/admin/reading-signals/${signal!.id}/review`, {})
    expect(reviewed.statusCode, reviewed.body).toBe(200)
    expect(reviewed.json()).toMatchObject({
      reviewedAt: '2026-11-23T09:00:00.000Z',
      reviewedByName: 'Beheer',
    })

    const again = await admin.post(`/api/admin/reading-signals/${signal!.id}/review`, {})
    expect(again.statusCode).toBe(409)
    expect((await admin.post('/api/admin/reading-signals/999999/review', {})).statusCode).toBe(404)

    const ops = t.db.$client
      .prepare(
        `SELECT operation, object_id AS objectId FROM audit_events WHERE operation LIKE 'readingSignals.%' AND outcome = 'allowed' ORDER BY id`,
      )
      .all()
    expect(ops).toEqual([
      { operation: 'readingSignals.list', objectId: null },
      { operation: 'readingSignals.review', objectId: String(signal!.id) },
    ])
  })

  it('starts a new signal for reading that goes on after the signal was seen', async () => {
    await open(mirjam, teamHouseholds.slice(0, 31))
    const [signal] = await signals()
    await admin.post(`/api/admin/reading-signals/${signal!.id}/review`, {})
    await open(mirjam, teamHouseholds.slice(31, 32))
    expect(await signals()).toEqual([
      expect.objectContaining({ householdCount: 32, reviewedAt: null }),
      expect.objectContaining({ id: signal!.id, householdCount: 31, reviewedByName: 'Beheer' }),
    ])
  })

  it('is for the administrator only', async () => {
    const sanne = await loginAs(t.app, world.users.worker.email, testPassword)
    for (const c of [sanne, mirjam]) {
      expect((await c.get('/api/admin/reading-signals')).statusCode).toBe(403)
      expect((await c.post('/api/admin/reading-signals/1/review', {})).statusCode).toBe(403)
    }
  })
})
