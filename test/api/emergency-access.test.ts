import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { translate } from '#shared/i18n/index'
import { buildTestApp, loginAs, type Client, type TestApp } from '../support/build-app.ts'
import { assignWorker, createTeam, createUser, createWorld, testPassword } from '../support/factories.ts'

let t: TestApp
let world: Awaited<ReturnType<typeof createWorld>>
/** Anouk Bos: a worker of the other team, with no relationship to the Jansen household. */
let anouk: Client
let h: number

const reason = 'Fatima belt in paniek; haar wijkcoach is ziek en ik moet nu de afspraken uit het plan zien.'
const hour = 60 * 60 * 1000

const count = (table: string) =>
  (t.db.$client.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n

beforeEach(async () => {
  t = await buildTestApp({ now: '2026-11-23T09:00:00Z' })
  world = await createWorld(t.db)
  anouk = await loginAs(t.app, world.users.foreignWorker.email, testPassword)
  h = world.households.own.id
})
afterEach(() => t.close())

const start = (c: Client = anouk, householdId = h, body: unknown = { reason }) =>
  c.post(`/api/households/${householdId}/emergency-access`, body)

/** Moves the clock and logs Anouk in again (sessions end after 30 minutes idle). */
async function later(ms: number) {
  t.clock.advance(ms)
  anouk = await loginAs(t.app, world.users.foreignWorker.email, testPassword)
}

describe('emergency access ("break the glass")', () => {
  it('lets a worker of another team read a household only after giving a reason, and never write in it', async () => {
    expect((await anouk.get(`/api/households/${h}`)).statusCode).toBe(404)

    const started = await start()
    expect(started.statusCode, started.body).toBe(201)
    expect(started.json()).toMatchObject({
      householdId: h,
      householdName: 'Familie Jansen',
      householdTeamName: world.teamA.name,
      userName: 'Anouk Bos',
      userRole: 'worker',
      userTeamName: world.teamB.name,
      reason,
      startedAt: '2026-11-23T09:00:00.000Z',
      expiresAt: '2026-11-24T09:00:00.000Z',
      endedAt: null,
      active: true,
    })

    const page = await anouk.get(`/api/households/${h}`)
    expect(page.statusCode, page.body).toBe(200)
    expect(page.json().name).toBe('Familie Jansen')
    expect((await anouk.get(`/api/households/${h}/conversations`)).statusCode).toBe(200)

    const write = await anouk.post(`/api/households/${h}/conversations`, { kind: 'phone', text: 'Gebeld.' })
    expect(write.statusCode).toBe(404)
    expect(count('conversations')).toBe(0)

    const current = await anouk.get(`/api/households/${h}/emergency-access`)
    expect(current.json()).toMatchObject({ id: started.json().id, active: true })
  })

  it('refuses a reason that is not a whole sentence, with a clear message, and saves nothing', async () => {
    for (const tooShort of ['spoed', 'Moet het plan zien', '   nood nood nood   ']) {
      const res = await start(anouk, h, { reason: tooShort })
      expect(res.statusCode, tooShort).toBe(400)
      expect(res.json().fieldErrors).toEqual({ reason: translate('nl', 'errors.emergencyReasonTooShort') })
    }
    expect((await start(anouk, h, {})).statusCode).toBe(400)
    expect(count('emergency_accesses')).toBe(0)
    expect((await anouk.get(`/api/households/${h}`)).statusCode).toBe(404)
  })

  it('says emergency access is not needed for the worker on the case or the supervisor of the team', async () => {
    const sanne = await loginAs(t.app, world.users.worker.email, testPassword)
    const mirjam = await loginAs(t.app, world.users.supervisor.email, testPassword)
    for (const c of [sanne, mirjam]) {
      const res = await start(c)
      expect(res.statusCode, res.body).toBe(409)
      expect(res.json().message).toBe(translate('nl', 'errors.emergencyNotNeeded'))
    }
    expect(count('emergency_accesses')).toBe(0)
  })

  it('answers "not found" for a household that does not exist, and refuses the administrator and household members', async () => {
    expect((await start(anouk, 999_999)).statusCode).toBe(404)
    const admin = await loginAs(t.app, world.users.admin.email, testPassword)
    const fatima = await loginAs(t.app, world.users.resident.email, testPassword)
    expect((await start(admin)).statusCode).toBe(404)
    expect((await start(fatima)).statusCode).toBe(404)
    expect(count('emergency_accesses')).toBe(0)
  })

  it('closes the household again 24 hours after the start', async () => {
    await start()
    await later(24 * hour - 60_000)
    expect((await anouk.get(`/api/households/${h}`)).statusCode).toBe(200)
    await later(2 * 60_000)
    expect((await anouk.get(`/api/households/${h}`)).statusCode).toBe(404)
    expect((await anouk.get(`/api/households/${h}/emergency-access`)).json()).toBeNull()
  })

  it('starting again gives 24 hours from the new start and ends the earlier one', async () => {
    const first = (await start()).json()
    await later(2 * hour)
    const second = (await start()).json()
    expect(second.id).not.toBe(first.id)
    expect(second.expiresAt).toBe('2026-11-24T11:00:00.000Z')
    const rows = t.db.$client
      .prepare('SELECT id, ended_at AS endedAt FROM emergency_accesses ORDER BY id')
      .all() as { id: number; endedAt: string | null }[]
    expect(rows).toEqual([
      { id: first.id, endedAt: '2026-11-23T11:00:00.000Z' },
      { id: second.id, endedAt: null },
    ])
    await later(22 * hour + 60_000)
    expect((await anouk.get(`/api/households/${h}`)).statusCode).toBe(200)
  })

  it('can be ended early, which closes the household at once', async () => {
    await start()
    const ended = await anouk.post(`/api/households/${h}/emergency-access/end`, {})
    expect(ended.statusCode, ended.body).toBe(204)
    expect((await anouk.get(`/api/households/${h}`)).statusCode).toBe(404)
    expect((await anouk.get(`/api/households/${h}/emergency-access`)).json()).toBeNull()
    // Ending twice changes nothing.
    expect((await anouk.post(`/api/households/${h}/emergency-access/end`, {})).statusCode).toBe(204)
    expect(count('emergency_accesses')).toBe(1)
  })

  it('records every start and end in the audit trail, with the household but without the reason', async () => {
    const first = (await start()).json()
    await anouk.post(`/api/households/${h}/emergency-access/end`, {})
    const second = (await start()).json()
    const events = t.db.$client
      .prepare(
        `SELECT actor_id AS actorId, household_id AS householdId, operation, object_id AS objectId, outcome
         FROM audit_events WHERE operation LIKE 'emergency.%' ORDER BY id`,
      )
      .all()
    const who = world.users.foreignWorker.id
    expect(events).toEqual([
      {
        actorId: who,
        householdId: h,
        operation: 'emergency.start',
        objectId: String(first.id),
        outcome: 'allowed',
      },
      {
        actorId: who,
        householdId: h,
        operation: 'emergency.end',
        objectId: String(first.id),
        outcome: 'allowed',
      },
      {
        actorId: who,
        householdId: h,
        operation: 'emergency.start',
        objectId: String(second.id),
        outcome: 'allowed',
      },
    ])
    const all = JSON.stringify(t.db.$client.prepare('SELECT * FROM audit_events').all())
    expect(all).not.toContain('paniek')
  })

  it('shows the household member, in their own access log, who opened their file in an emergency', async () => {
    await start()
    await anouk.get(`/api/households/${h}`)
    await anouk.post(`/api/households/${h}/conversations`, { kind: 'phone', text: 'Gebeld.' })
    const fatima = await loginAs(t.app, world.users.resident.email, testPassword)
    const log = await fatima.get(`/api/households/${h}/portal/access-log`)
    expect(log.statusCode, log.body).toBe(200)
    const byAnouk = (log.json().items as { who: string; kind: string; about: string }[]).filter(
      (e) => e.who === 'Anouk Bos',
    )
    expect(byAnouk).toEqual([
      expect.objectContaining({ kind: 'refused', about: 'conversation' }),
      expect.objectContaining({ kind: 'emergency', about: 'household' }),
      expect.objectContaining({ kind: 'emergency', about: 'file' }),
    ])
  })

  it('marks only what happened during the emergency access as emergency', async () => {
    await start()
    await anouk.post(`/api/households/${h}/emergency-access/end`, {})
    // Later Anouk takes over the case as a stand-in: from then on she reads it as the worker on the case.
    t.clock.advance(60_000)
    assignWorker(t.db, h, world.users.foreignWorker.id)
    await anouk.get(`/api/households/${h}`)
    const fatima = await loginAs(t.app, world.users.resident.email, testPassword)
    const items = (await fatima.get(`/api/households/${h}/portal/access-log`)).json().items as {
      who: string
      kind: string
    }[]
    // Newest first: the ordinary view as the worker on the case, then the opening with emergency access (ending it
    // opened nothing and is not listed).
    expect(items.filter((e) => e.who === 'Anouk Bos').map((e) => e.kind)).toEqual(['viewed', 'emergency'])
  })
})

describe('finding a household for emergency access', () => {
  it('finds households by their exact address in any team, saying which are already open to the asker', async () => {
    const own = world.households.own
    const res = await anouk.get(`/api/emergency-access/find?postcode=1234ab&houseNumber=${own.houseNumber}`)
    expect(res.statusCode, res.body).toBe(200)
    expect(res.json()).toEqual([
      {
        householdId: own.id,
        name: 'Familie Jansen',
        address: `Lindelaan ${own.houseNumber}, 1234 AB Voorbeeld`,
        teamName: world.teamA.name,
        alreadyAccessible: false,
      },
    ])
    const foreign = world.households.foreign
    const mine = await anouk.get(
      `/api/emergency-access/find?postcode=1234 AB&houseNumber=${foreign.houseNumber}`,
    )
    expect(mine.json()).toMatchObject([{ householdId: foreign.id, alreadyAccessible: true }])
    expect((await anouk.get('/api/emergency-access/find?postcode=1234AB&houseNumber=99999')).json()).toEqual(
      [],
    )

    const events = t.db.$client
      .prepare(
        `SELECT household_id AS householdId, object_id AS objectId FROM audit_events WHERE operation = 'emergency.find'`,
      )
      .all()
    expect(events).toEqual([
      { householdId: null, objectId: null },
      { householdId: null, objectId: null },
      { householdId: null, objectId: null },
    ])
  })

  it('refuses a postcode that is not one', async () => {
    const res = await anouk.get('/api/emergency-access/find?postcode=Jansen&houseNumber=1')
    expect(res.statusCode).toBe(400)
    expect(res.json().fieldErrors).toHaveProperty('postcode')
  })
})

describe('oversight of emergency access', () => {
  it("lists it for the supervisor of the household's team and the administrator, not for an unrelated supervisor", async () => {
    const started = (await start()).json()
    const teamC = createTeam(t.db)
    await createUser(t.db, {
      role: 'supervisor',
      teamId: teamC.id,
      email: 'els@voorbeeld.nl',
      name: 'Els Vos',
    })

    const mirjam = await loginAs(t.app, world.users.supervisor.email, testPassword)
    const admin = await loginAs(t.app, world.users.admin.email, testPassword)
    const peter = await loginAs(t.app, world.users.foreignSupervisor.email, testPassword)
    const els = await loginAs(t.app, 'els@voorbeeld.nl', testPassword)

    for (const c of [mirjam, admin, peter]) {
      const res = await c.get('/api/emergency-accesses')
      expect(res.statusCode, res.body).toBe(200)
      expect(res.json()).toEqual([
        expect.objectContaining({ id: started.id, userName: 'Anouk Bos', reason, active: true }),
      ])
    }
    expect((await els.get('/api/emergency-accesses')).json()).toEqual([])
    expect((await anouk.get('/api/emergency-accesses')).statusCode).toBe(403)

    const listed = t.db.$client
      .prepare(
        `SELECT count(*) AS n FROM audit_events WHERE operation = 'emergency.list' AND outcome = 'allowed'`,
      )
      .get() as { n: number }
    expect(listed.n).toBe(4)
  })

  it('shows an access as no longer active after 24 hours, newest first', async () => {
    const first = (await start()).json()
    await later(25 * hour)
    const second = (await start(anouk, world.households.sameTeamOther.id)).json()
    const admin = await loginAs(t.app, world.users.admin.email, testPassword)
    expect((await admin.get('/api/emergency-accesses')).json()).toEqual([
      expect.objectContaining({ id: second.id, active: true }),
      expect.objectContaining({ id: first.id, active: false, endedAt: null }),
    ])
  })
})
