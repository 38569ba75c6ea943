import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { buildTestApp, loginAs, testOrigin, type Client, type TestApp } from '../support/build-app.ts'
import { createWorld, testPassword } from '../support/factories.ts'

let t: TestApp
let world: Awaited<ReturnType<typeof createWorld>>
let admin: Client
let worker: Client
beforeEach(async () => {
  t = await buildTestApp()
  world = await createWorld(t.db)
  admin = await loginAs(t.app, world.users.admin.email, testPassword)
  worker = await loginAs(t.app, world.users.worker.email, testPassword)
})
afterEach(() => t.close())

const snapshot = () =>
  JSON.stringify({
    users: t.db.$client
      .prepare('SELECT id, email, role, team_id, active, language, name FROM users ORDER BY id')
      .all(),
    teams: t.db.$client.prepare('SELECT * FROM teams ORDER BY id').all(),
  })

describe('bad input gets a clear 4xx and changes nothing', () => {
  it('malformed JSON answers 400', async () => {
    const before = snapshot()
    const res = await admin.request({
      method: 'POST',
      url: '/api/admin/teams',
      payload: '{"name": "Wijkteam',
      headers: { 'content-type': 'application/json' },
    })
    expect(res.statusCode).toBe(400)
    expect(res.json()).toMatchObject({ code: 'INVALID' })
    expect(res.json().message).toMatch(/gelezen/)
    expect(snapshot()).toBe(before)
  })

  it('an unknown field answers 400 naming the field', async () => {
    const before = snapshot()
    const res = await admin.post('/api/admin/teams', { name: 'Wijkteam Oost', colour: 'red' })
    expect(res.statusCode).toBe(400)
    expect(res.json().fieldErrors).toEqual({ colour: 'Dit veld hoort hier niet bij.' })
    expect(snapshot()).toBe(before)
  })

  it('missing and wrong fields each get a message a user can act on', async () => {
    const res = await admin.post('/api/admin/users', {
      name: '',
      email: 'geen-mailadres',
      role: 'worker',
      teamId: world.teamA.id,
      initialPassword: 'kort',
    })
    expect(res.statusCode).toBe(400)
    expect(res.json().fieldErrors).toEqual({
      name: 'Vul dit veld in.',
      email: 'Vul een geldig e-mailadres in, bijvoorbeeld naam@gemeente.nl.',
      initialPassword: 'Een wachtwoord heeft minstens 12 tekens.',
    })
  })

  it('a user cannot make themselves administrator or move team through their own account', async () => {
    const before = snapshot()
    const role = await worker.patch('/api/auth/me', { role: 'admin' })
    expect(role.statusCode).toBe(400)
    expect(role.json().fieldErrors).toHaveProperty('role')
    const team = await worker.patch('/api/auth/me', { language: 'en', teamId: world.teamB.id })
    expect(team.statusCode).toBe(400)
    expect(team.json().fieldErrors).toHaveProperty('teamId')
    expect(snapshot()).toBe(before)
  })

  it('a role cannot be smuggled in at log-in', async () => {
    const res = await worker.post('/api/auth/login', {
      email: world.users.worker.email,
      password: testPassword,
      role: 'admin',
    })
    expect(res.statusCode).toBe(400)
  })

  it('an oversize body answers 413', async () => {
    const before = snapshot()
    const res = await admin.post('/api/admin/teams', { name: 'x'.repeat(300 * 1024) })
    expect(res.statusCode).toBe(413)
    expect(res.json()).toMatchObject({ code: 'PAYLOAD_TOO_LARGE' })
    expect(snapshot()).toBe(before)
  })

  it('a form post (not JSON) answers 415', async () => {
    const before = snapshot()
    const res = await admin.request({
      method: 'POST',
      url: '/api/admin/teams',
      payload: 'name=Wijkteam+Oost',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
    })
    expect(res.statusCode).toBe(415)
    expect(res.json()).toMatchObject({
      code: 'UNSUPPORTED_MEDIA_TYPE',
      message: 'Stuur de gegevens als JSON.',
    })
    expect(snapshot()).toBe(before)
  })

  it('a request from another site (foreign Origin) answers 403', async () => {
    const before = snapshot()
    const res = await admin.request({
      method: 'POST',
      url: '/api/admin/teams',
      payload: { name: 'Wijkteam Oost' },
      headers: { origin: 'https://evil.example' },
    })
    expect(res.statusCode).toBe(403)
    const none = await admin.request({
      method: 'POST',
      url: '/api/admin/teams',
      payload: { name: 'Wijkteam Oost' },
      headers: { origin: '' },
    })
    expect(none.statusCode).toBe(403)
    expect(snapshot()).toBe(before)
  })

  it('a household id that is not a number answers 400', async () => {
    expect((await worker.get('/api/households/abc')).statusCode).toBe(400)
  })

  it('a forged page cursor answers 400', async () => {
    const res = await worker.get('/api/caseload?cursor=not-a-cursor')
    expect(res.statusCode).toBe(400)
    expect(res.json().fieldErrors).toHaveProperty('cursor')
  })

  it('a second account for the same e-mail address is refused (one account per person)', async () => {
    const res = await admin.post('/api/admin/users', {
      name: 'Sanne Dubbel',
      email: world.users.worker.email.toUpperCase(),
      role: 'worker',
      teamId: world.teamA.id,
      initialPassword: 'een-lang-wachtwoord',
    })
    expect(res.statusCode).toBe(409)
  })
})

describe('every API reply', () => {
  it('is never cached and carries a strict Content-Security-Policy', async () => {
    const res = await worker.get('/api/caseload')
    expect(res.headers['cache-control']).toBe('no-store')
    const csp = String(res.headers['content-security-policy'])
    expect(csp).toContain("script-src 'self'")
    expect(csp).not.toContain('unsafe-inline')
    expect(csp).toContain("frame-ancestors 'none'")
  })

  it('unknown API paths answer a JSON 404', async () => {
    const res = await worker.get('/api/does-not-exist')
    expect(res.statusCode).toBe(404)
    expect(res.json()).toMatchObject({ code: 'NOT_FOUND' })
  })

  it('the health check needs no log-in', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/health', headers: { origin: testOrigin } })
    expect(res.json()).toEqual({ status: 'ok', database: 'ok' })
  })
})

describe('field messages', () => {
  it('a missing field says to fill it in, an unknown role says to choose', async () => {
    const res = await admin.post('/api/admin/users', {
      email: 'a@b.nl',
      role: 'koning',
      teamId: null,
      initialPassword: 'een-lang-wachtwoord',
    })
    expect(res.json().fieldErrors).toEqual({
      name: 'Vul dit veld in.',
      role: 'Kies een van de mogelijkheden.',
    })
  })
})
