import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { buildTestApp, client, loginAs, type Client, type TestApp } from '../support/build-app.ts'
import { createWorld, testPassword } from '../support/factories.ts'

let t: TestApp
let world: Awaited<ReturnType<typeof createWorld>>
let admin: Client
beforeEach(async () => {
  t = await buildTestApp()
  world = await createWorld(t.db)
  admin = await loginAs(t.app, world.users.admin.email, testPassword)
})
afterEach(() => t.close())

describe('an administrator manages teams and neighbourhoods', () => {
  it('creates a team and a neighbourhood that belongs to it', async () => {
    const team = await admin.post('/api/admin/teams', { name: 'Wijkteam Oost', phone: '0900-7654321' })
    expect(team.statusCode).toBe(201)
    const wijk = await admin.post('/api/admin/neighbourhoods', { name: 'Vogelbuurt', teamId: team.json().id })
    expect(wijk.statusCode).toBe(201)
    expect(wijk.json()).toMatchObject({ name: 'Vogelbuurt', teamName: 'Wijkteam Oost' })
    const teams = (await admin.get('/api/admin/teams')).json() as {
      name: string
      neighbourhoodCount: number
    }[]
    expect(teams.find((x) => x.name === 'Wijkteam Oost')).toMatchObject({ neighbourhoodCount: 1 })
  })

  it('refuses a second team with the same name and a neighbourhood of an unknown team', async () => {
    expect((await admin.post('/api/admin/teams', { name: world.teamA.name.toUpperCase() })).statusCode).toBe(
      409,
    )
    const wijk = await admin.post('/api/admin/neighbourhoods', { name: 'Nergens', teamId: 9999 })
    expect(wijk.statusCode).toBe(400)
    expect(wijk.json().fieldErrors).toEqual({ teamId: 'Dit team bestaat niet.' })
  })
})

describe('an administrator manages users', () => {
  it('creates a worker in a team, who can then log in with the first password', async () => {
    const res = await admin.post('/api/admin/users', {
      name: 'Noor Hendriks',
      email: 'Noor.Hendriks@voorbeeld.nl',
      role: 'worker',
      teamId: world.teamA.id,
      initialPassword: 'een-lang-wachtwoord',
    })
    expect(res.statusCode).toBe(201)
    expect(res.json()).toMatchObject({
      email: 'noor.hendriks@voorbeeld.nl',
      role: 'worker',
      active: true,
      lastLoginAt: null,
    })
    const noor = await loginAs(t.app, 'noor.hendriks@voorbeeld.nl', 'een-lang-wachtwoord')
    expect((await noor.get('/api/caseload')).json().items).toEqual([])
  })

  it('a worker needs a team; an administrator has none', async () => {
    const base = {
      name: 'Iemand Anders',
      email: 'iemand@voorbeeld.nl',
      initialPassword: 'een-lang-wachtwoord',
    }
    const worker = await admin.post('/api/admin/users', { ...base, role: 'worker', teamId: null })
    expect(worker.json().fieldErrors).toHaveProperty('teamId')
    const adm = await admin.post('/api/admin/users', { ...base, role: 'admin', teamId: world.teamA.id })
    expect(adm.json().fieldErrors).toHaveProperty('teamId')
  })

  it('an administrator cannot create a household log-in directly', async () => {
    const res = await admin.post('/api/admin/users', {
      name: 'Inwoner',
      email: 'inwoner@voorbeeld.nl',
      role: 'household',
      teamId: null,
      initialPassword: 'een-lang-wachtwoord',
    })
    expect(res.statusCode).toBe(400)
  })

  it('moves a worker to another team: the caseload of the old team is no longer theirs to see as supervisor', async () => {
    const res = await admin.patch(`/api/admin/users/${world.users.supervisor.id}`, { teamId: world.teamB.id })
    expect(res.json()).toMatchObject({ teamId: world.teamB.id, teamName: world.teamB.name })
    const mirjam = await loginAs(t.app, world.users.supervisor.email, testPassword)
    expect((await mirjam.get(`/api/households/${world.households.own.id}`)).statusCode).toBe(404)
    expect((await mirjam.get(`/api/households/${world.households.foreign.id}`)).statusCode).toBe(200)
  })

  it('deactivates an account; the person can no longer log in, and the list shows it', async () => {
    const res = await admin.post(`/api/admin/users/${world.users.otherWorker.id}/deactivate`, {})
    expect(res.json()).toMatchObject({ active: false })
    const login = await client(t.app).post('/api/auth/login', {
      email: world.users.otherWorker.email,
      password: testPassword,
    })
    expect(login.statusCode).toBe(401)
    expect(
      (await admin.post(`/api/admin/users/${world.users.otherWorker.id}/deactivate`, {})).statusCode,
    ).toBe(409)
  })

  it('cannot deactivate their own account', async () => {
    expect((await admin.post(`/api/admin/users/${world.users.admin.id}/deactivate`, {})).statusCode).toBe(409)
  })

  it('finds users by name or e-mail, a page at a time', async () => {
    const first = (await admin.get('/api/admin/users?limit=3')).json()
    expect(first.items).toHaveLength(3)
    const second = (await admin.get(`/api/admin/users?limit=3&cursor=${first.nextCursor}`)).json()
    const names = [...first.items, ...second.items].map((u: { name: string }) => u.name)
    expect(new Set(names).size).toBe(names.length)
    expect(
      (await admin.get('/api/admin/users?q=mirjam')).json().items.map((u: { name: string }) => u.name),
    ).toEqual(['Mirjam Kok'])
  })

  it('every change is in the audit trail', async () => {
    await admin.post('/api/admin/teams', { name: 'Wijkteam West' })
    await admin.post(`/api/admin/users/${world.users.otherWorker.id}/deactivate`, {})
    const ops = (
      t.db.$client.prepare('SELECT operation, actor_id FROM audit_events').all() as {
        operation: string
        actor_id: number
      }[]
    )
      .filter((e) => e.actor_id === world.users.admin.id)
      .map((e) => e.operation)
    expect(ops).toEqual(expect.arrayContaining(['team.create', 'user.deactivate']))
  })
})

describe('an administrator keeps the lists of expertise and partner organisations', () => {
  it('adds an expertise that workers then can choose in triage, and switches it off later', async () => {
    const created = await admin.post('/api/admin/catalogues/expertises', { name: 'Schulden en geldzaken' })
    expect(created.statusCode).toBe(201)
    const worker = await loginAs(t.app, world.users.worker.email, testPassword)
    expect((await worker.get('/api/expertises')).json()).toEqual([
      { id: created.json().id, name: 'Schulden en geldzaken' },
    ])
    const off = await admin.patch(`/api/admin/catalogues/expertises/${created.json().id}`, { active: false })
    expect(off.json()).toMatchObject({ active: false })
    expect((await worker.get('/api/expertises')).json()).toEqual([])
    expect((await admin.get('/api/admin/catalogues/expertises')).json()).toHaveLength(1)
  })

  it('refuses a name that is already on the list, and an unknown list', async () => {
    await admin.post('/api/admin/catalogues/organisations', { name: 'Huisartsenpraktijk De Linde' })
    expect(
      (await admin.post('/api/admin/catalogues/organisations', { name: 'huisartsenpraktijk de linde' }))
        .statusCode,
    ).toBe(409)
    expect((await admin.get('/api/admin/catalogues/colours')).statusCode).toBe(400)
  })

  it('workers cannot change the lists', async () => {
    const worker = await loginAs(t.app, world.users.worker.email, testPassword)
    expect((await worker.post('/api/admin/catalogues/expertises', { name: 'Iets' })).statusCode).toBe(403)
  })
})
