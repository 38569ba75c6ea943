import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { buildTestApp, client, loginAs, type Client, type TestApp } from '../support/build-app.ts'
import { createWorld, testPassword } from '../support/factories.ts'
import { persons } from '../../server/src/db/schema/index.ts'

let t: TestApp
let world: Awaited<ReturnType<typeof createWorld>>
let sanne: Client
let h: number
let lisa: number

beforeEach(async () => {
  t = await buildTestApp({ now: '2026-11-23T09:00:00Z' })
  world = await createWorld(t.db)
  sanne = await loginAs(t.app, world.users.worker.email, testPassword)
  h = world.households.own.id
  lisa = t.db
    .insert(persons)
    .values({
      householdId: h,
      givenName: 'Lisa',
      familyName: 'Jansen',
      birthdate: '2009-01-01',
      relation: 'child',
      createdAt: '2026-01-01T00:00:00Z',
    })
    .returning()
    .get().id
})
afterEach(() => t.close())

const newPassword = 'mijn eigen lange wachtwoord'

describe('a log-in of their own for a household member', () => {
  it('is made by the worker with a one-time code, with which the member chooses a password and is logged in', async () => {
    const made = await sanne.post(`/api/households/${h}/members/${lisa}/portal-login`, {
      email: 'Lisa@Voorbeeld.nl',
    })
    expect(made.statusCode, made.body).toBe(201)
    const { code, email, status } = made.json()
    expect(code).toMatch(/^[A-Z2-9]{4}-[A-Z2-9]{4}$/)
    expect({ email, status }).toEqual({ email: 'lisa@voorbeeld.nl', status: 'waiting' })
    // Not usable before activation.
    expect((await client(t.app).post('/api/auth/login', { email, password: code })).statusCode).toBe(401)

    const member = client(t.app)
    const activated = await member.post('/api/auth/activate', {
      email,
      code: code.toLowerCase().replace('-', ' '),
      password: newPassword,
    })
    expect(activated.statusCode, activated.body).toBe(200)
    expect(activated.json()).toMatchObject({ role: 'household', householdId: h, name: 'Lisa Jansen' })
    expect((await member.get(`/api/households/${h}/portal`)).statusCode).toBe(200)
    expect((await client(t.app).post('/api/auth/login', { email, password: newPassword })).statusCode).toBe(
      200,
    )

    const list = (await sanne.get(`/api/households/${h}/portal-logins`)).json()
    expect(list).toEqual(
      expect.arrayContaining([expect.objectContaining({ personId: lisa, status: 'active' })]),
    )
  })

  it('works once: the same code a second time is refused', async () => {
    const { code, email } = (
      await sanne.post(`/api/households/${h}/members/${lisa}/portal-login`, { email: 'lisa@voorbeeld.nl' })
    ).json()
    expect(
      (await client(t.app).post('/api/auth/activate', { email, code, password: newPassword })).statusCode,
    ).toBe(200)
    const again = await client(t.app).post('/api/auth/activate', {
      email,
      code,
      password: 'een ander wachtwoord!',
    })
    expect(again.statusCode).toBe(401)
    expect(again.json().message).toContain('Deze code werkt niet')
  })

  it('stops working after 14 days, and a new code replaces the old one', async () => {
    const first = (
      await sanne.post(`/api/households/${h}/members/${lisa}/portal-login`, { email: 'lisa@voorbeeld.nl' })
    ).json()
    const second = (
      await sanne.post(`/api/households/${h}/members/${lisa}/portal-login`, { email: 'lisa@voorbeeld.nl' })
    ).json()
    const activate = (code: string) =>
      client(t.app).post('/api/auth/activate', { email: 'lisa@voorbeeld.nl', code, password: newPassword })
    expect((await activate(first.code)).statusCode).toBe(401)
    t.clock.advance(15 * 24 * 60 * 60 * 1000)
    expect((await activate(second.code)).statusCode).toBe(401)
  })

  it('is refused for a child under 12, for an address someone else uses, and twice for an active log-in', async () => {
    const daan = world.households.own.members[1]!.id
    const young = t.db
      .insert(persons)
      .values({
        householdId: h,
        givenName: 'Mila',
        familyName: 'Jansen',
        birthdate: '2016-05-05',
        relation: 'child',
        createdAt: '2026-01-01T00:00:00Z',
      })
      .returning()
      .get().id
    const tooYoung = await sanne.post(`/api/households/${h}/members/${young}/portal-login`, {
      email: 'mila@voorbeeld.nl',
    })
    expect(tooYoung.statusCode).toBe(400)
    expect(tooYoung.json().fieldErrors.personId).toBe('Een eigen inlog kan vanaf 12 jaar.')
    const taken = await sanne.post(`/api/households/${h}/members/${daan}/portal-login`, {
      email: world.users.worker.email,
    })
    expect(taken.statusCode).toBe(400)
    expect(Object.keys(taken.json().fieldErrors)).toEqual(['email'])
    const fatima = world.households.own.members[0]!.id
    expect(
      (await sanne.post(`/api/households/${h}/members/${fatima}/portal-login`, { email: 'f@voorbeeld.nl' }))
        .statusCode,
    ).toBe(409)
  })

  it('guessing codes is throttled like guessing passwords', async () => {
    await sanne.post(`/api/households/${h}/members/${lisa}/portal-login`, { email: 'lisa@voorbeeld.nl' })
    const guess = client(t.app)
    const answers: number[] = []
    for (let i = 0; i < 6; i++) {
      answers.push(
        (
          await guess.post('/api/auth/activate', {
            email: 'lisa@voorbeeld.nl',
            code: 'AAAA-AAAA',
            password: newPassword,
          })
        ).statusCode,
      )
    }
    expect(answers).toEqual([401, 401, 401, 401, 401, 429])
  })

  it('is recorded in the audit trail, without the code', async () => {
    const { code } = (
      await sanne.post(`/api/households/${h}/members/${lisa}/portal-login`, { email: 'lisa@voorbeeld.nl' })
    ).json()
    const rows = JSON.stringify(t.db.$client.prepare('SELECT * FROM audit_events').all())
    expect(rows).toContain('portalLogin.create')
    expect(rows).not.toContain(code)
    expect(JSON.stringify(t.db.$client.prepare('SELECT * FROM activation_codes').all())).not.toContain(
      code.replace('-', ''),
    )
  })
})
