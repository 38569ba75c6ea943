import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { buildTestApp, client, loginAs, testOrigin, type TestApp } from '../support/build-app.ts'
import { createWorld, testPassword } from '../support/factories.ts'

let t: TestApp
let world: Awaited<ReturnType<typeof createWorld>>
beforeEach(async () => {
  t = await buildTestApp()
  world = await createWorld(t.db)
})
afterEach(() => t.close())

const minutes = (n: number) => n * 60 * 1000

describe('logging in', () => {
  it('a worker with the right password is logged in with an httpOnly SameSite cookie', async () => {
    const c = client(t.app)
    const res = await c.post('/api/auth/login', { email: 'SANNE@voorbeeld.nl ', password: testPassword })
    expect(res.statusCode).toBe(200)
    expect(res.json().me).toMatchObject({ name: 'Sanne de Wit', role: 'worker', teamId: world.teamA.id })
    const cookie = res.cookies.find((k) => k.name === 'naast_session')!
    expect(cookie.httpOnly).toBe(true)
    expect(cookie.sameSite).toBe('Strict')
    expect(cookie.value.length).toBeGreaterThanOrEqual(22) // ≥ 128 bits in base64url
    expect(res.headers['cache-control']).toBe('no-store')
    expect((await c.get('/api/auth/me')).json()).toMatchObject({ email: 'sanne@voorbeeld.nl' })
  })

  it('the session id is stored only as a hash', async () => {
    const c = await loginAs(t.app, 'sanne@voorbeeld.nl', testPassword)
    const sessionId = c.cookie!.split('=')[1]!
    const stored = t.db.$client.prepare('SELECT id_hash FROM sessions').all() as { id_hash: string }[]
    expect(stored).toHaveLength(1)
    expect(stored[0]!.id_hash).not.toContain(sessionId)
  })

  it('an unknown e-mail and a wrong password get the same answer', async () => {
    const unknown = await client(t.app).post('/api/auth/login', {
      email: 'niemand@voorbeeld.nl',
      password: 'x',
    })
    const wrong = await client(t.app).post('/api/auth/login', { email: 'sanne@voorbeeld.nl', password: 'x' })
    expect(unknown.statusCode).toBe(401)
    expect(wrong.statusCode).toBe(401)
    expect(unknown.json()).toEqual(wrong.json())
    expect(wrong.json().message).toBe('Het e-mailadres of het wachtwoord klopt niet.')
  })

  it('a deactivated account cannot log in', async () => {
    t.db.$client.prepare('UPDATE users SET active = 0 WHERE email = ?').run('sanne@voorbeeld.nl')
    const res = await client(t.app).post('/api/auth/login', {
      email: 'sanne@voorbeeld.nl',
      password: testPassword,
    })
    expect(res.statusCode).toBe(401)
  })

  it('logging in again rotates the session: the old session id no longer works', async () => {
    const c = await loginAs(t.app, 'sanne@voorbeeld.nl', testPassword)
    const before = c.cookie
    await c.post('/api/auth/login', { email: 'sanne@voorbeeld.nl', password: testPassword })
    expect(c.cookie).not.toBe(before)
    const old = await t.app.inject({ method: 'GET', url: '/api/auth/me', headers: { cookie: before! } })
    expect(old.statusCode).toBe(401)
  })
})

describe('too many attempts', () => {
  it('after five wrong passwords the account waits, with Retry-After, even with the right password', async () => {
    for (let i = 0; i < 5; i++) {
      expect(
        (await client(t.app).post('/api/auth/login', { email: 'sanne@voorbeeld.nl', password: 'fout' }))
          .statusCode,
      ).toBe(401)
    }
    const res = await client(t.app).post('/api/auth/login', {
      email: 'sanne@voorbeeld.nl',
      password: testPassword,
    })
    expect(res.statusCode).toBe(429)
    expect(Number(res.headers['retry-after'])).toBeGreaterThan(0)
    expect(res.json().message).toMatch(/Te veel pogingen/)
    t.clock.advance(minutes(16))
    expect(
      (await client(t.app).post('/api/auth/login', { email: 'sanne@voorbeeld.nl', password: testPassword }))
        .statusCode,
    ).toBe(200)
  })

  it('one address trying many accounts is slowed down too', async () => {
    for (let i = 0; i < 20; i++) {
      await client(t.app).post('/api/auth/login', { email: `raden${i}@voorbeeld.nl`, password: 'fout' })
    }
    const res = await client(t.app).post('/api/auth/login', {
      email: 'joost@voorbeeld.nl',
      password: testPassword,
    })
    expect(res.statusCode).toBe(429)
  })
})

describe('sessions end', () => {
  it('after 30 minutes without activity', async () => {
    const c = await loginAs(t.app, 'sanne@voorbeeld.nl', testPassword)
    t.clock.advance(minutes(29))
    expect((await c.get('/api/auth/me')).statusCode).toBe(200)
    t.clock.advance(minutes(29))
    expect((await c.get('/api/auth/me')).statusCode).toBe(200)
    t.clock.advance(minutes(31))
    expect((await c.get('/api/auth/me')).statusCode).toBe(401)
  })

  it('twelve hours after logging in, however active', async () => {
    const c = await loginAs(t.app, 'sanne@voorbeeld.nl', testPassword)
    for (let hour = 0; hour < 24; hour++) {
      t.clock.advance(minutes(29))
      await c.get('/api/auth/me')
    }
    t.clock.advance(minutes(20)) // 24 × 29 + 20 = 11 h 56 min
    expect((await c.get('/api/auth/me')).statusCode).toBe(200)
    t.clock.advance(minutes(5))
    expect((await c.get('/api/auth/me')).statusCode).toBe(401)
  })

  it('on log-out, on the server: the old cookie is worth nothing', async () => {
    const c = await loginAs(t.app, 'sanne@voorbeeld.nl', testPassword)
    const cookie = c.cookie!
    expect((await c.post('/api/auth/logout', {})).statusCode).toBe(204)
    const replay = await t.app.inject({ method: 'GET', url: '/api/auth/me', headers: { cookie } })
    expect(replay.statusCode).toBe(401)
    expect(t.db.$client.prepare('SELECT count(*) AS n FROM sessions').get()).toEqual({ n: 0 })
  })

  it('when an administrator deactivates the account', async () => {
    const worker = await loginAs(t.app, 'sanne@voorbeeld.nl', testPassword)
    const admin = await loginAs(t.app, 'ingrid@voorbeeld.nl', testPassword)
    expect((await admin.post(`/api/admin/users/${world.users.worker.id}/deactivate`, {})).statusCode).toBe(
      200,
    )
    expect((await worker.get('/api/auth/me')).statusCode).toBe(401)
  })
})

describe('own account', () => {
  it('a user switches their language and gets messages in English', async () => {
    const c = await loginAs(t.app, 'sanne@voorbeeld.nl', testPassword)
    expect((await c.patch('/api/auth/me', { language: 'en' })).json()).toMatchObject({ language: 'en' })
    const res = await c.get('/api/households/999999')
    expect(res.json().message).toBe('This page does not exist, or you do not have access to it.')
  })

  it('a new password needs at least 12 characters', async () => {
    const c = await loginAs(t.app, 'sanne@voorbeeld.nl', testPassword)
    const short = await c.post('/api/auth/password', {
      currentPassword: testPassword,
      newPassword: 'kort-maar-11'.slice(0, 11),
    })
    expect(short.statusCode).toBe(400)
    expect(short.json().fieldErrors.newPassword).toBe('Een wachtwoord heeft minstens 12 tekens.')
    const ok = await c.post('/api/auth/password', {
      currentPassword: testPassword,
      newPassword: 'twaalf-tekens',
    })
    expect(ok.statusCode).toBe(204)
    expect(
      (
        await client(t.app).post('/api/auth/login', {
          email: 'sanne@voorbeeld.nl',
          password: 'twaalf-tekens',
        })
      ).statusCode,
    ).toBe(200)
  })

  it('changing the password ends the other sessions but keeps this one', async () => {
    const laptop = await loginAs(t.app, 'sanne@voorbeeld.nl', testPassword)
    const phone = await loginAs(t.app, 'sanne@voorbeeld.nl', testPassword)
    await laptop.post('/api/auth/password', {
      currentPassword: testPassword,
      newPassword: 'een-nieuw-wachtwoord',
    })
    expect((await laptop.get('/api/auth/me')).statusCode).toBe(200)
    expect((await phone.get('/api/auth/me')).statusCode).toBe(401)
  })

  it('the wrong current password is refused', async () => {
    const c = await loginAs(t.app, 'sanne@voorbeeld.nl', testPassword)
    const res = await c.post('/api/auth/password', {
      currentPassword: 'fout',
      newPassword: 'een-nieuw-wachtwoord',
    })
    expect(res.statusCode).toBe(400)
    expect(res.json().fieldErrors).toHaveProperty('currentPassword')
  })
})

describe('secure cookies behind TLS', () => {
  it('are Secure and __Host- prefixed', async () => {
    const tls = await buildTestApp({ config: { TLS: true } })
    await createWorld(tls.db)
    const res = await tls.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      headers: { origin: testOrigin, 'content-type': 'application/json' },
      payload: { email: 'sanne@voorbeeld.nl', password: testPassword },
    })
    const cookie = res.cookies[0]!
    expect(cookie.name).toBe('__Host-naast_session')
    expect(cookie.secure).toBe(true)
    expect(cookie.path).toBe('/')
    await tls.close()
  })
})
