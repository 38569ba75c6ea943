import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { buildTestApp, client, loginAs, type Client, type TestApp } from '../support/build-app.ts'
import { createWorld, testPassword } from '../support/factories.ts'
import { testSecondFactorSecret } from '../support/second-factor.ts'
import { codeAt } from '../../server/src/modules/auth/two-factor.ts'

let t: TestApp
let world: Awaited<ReturnType<typeof createWorld>>
beforeEach(async () => {
  t = await buildTestApp()
  world = await createWorld(t.db)
})
afterEach(() => t.close())

const supervisorEmail = () => world.users.supervisor.email
const codeNow = (email: string) => codeAt(testSecondFactorSecret(email), t.clock.now())

/** The first step: the password. Leaves the client holding the short log-in cookie. */
async function passwordStep(email: string) {
  const c = client(t.app)
  const res = await c.post('/api/auth/login', { email, password: testPassword })
  expect(res.statusCode).toBe(200)
  return { c, status: (res.json() as { status: string }).status }
}

const auditCount = (operation: string, outcome = 'allowed') =>
  (
    t.db.$client
      .prepare('SELECT count(*) AS n FROM audit_events WHERE operation = ? AND outcome = ?')
      .get(operation, outcome) as { n: number }
  ).n

describe('a team lead logs in with a code from the authenticator app', () => {
  it('the password alone opens nothing; the code from the app opens the session', async () => {
    const { c, status } = await passwordStep(supervisorEmail())
    expect(status).toBe('secondFactor')
    expect(c.cookie).toBeUndefined()
    expect((await c.get('/api/auth/me')).statusCode).toBe(401)
    const login = c.cookies.get('naast_login')
    expect(login).toBeDefined()

    const res = await c.post('/api/auth/login/second-factor', { code: codeNow(supervisorEmail()) })
    expect(res.statusCode).toBe(200)
    expect(res.json()).toMatchObject({ email: supervisorEmail(), role: 'supervisor' })
    expect((await c.get('/api/auth/me')).statusCode).toBe(200)
    // The log-in step is over: its cookie is cleared and cannot be used again.
    expect(c.cookies.has('naast_login')).toBe(false)
  })

  it('a wrong code is refused with a message, and so is a code that was used already', async () => {
    const first = await passwordStep(supervisorEmail())
    const wrong = await first.c.post('/api/auth/login/second-factor', { code: '000000' })
    expect(wrong.statusCode).toBe(400)
    expect(wrong.json().fieldErrors.code).toMatch(/^Deze code klopt niet/)
    const code = codeNow(supervisorEmail())
    expect((await first.c.post('/api/auth/login/second-factor', { code })).statusCode).toBe(200)

    const second = await passwordStep(supervisorEmail())
    const reused = await second.c.post('/api/auth/login/second-factor', { code })
    expect(reused.statusCode).toBe(400)
    expect(reused.json().fieldErrors.code).toMatch(/^Deze code is al gebruikt/)
    expect(auditCount('auth.login.secondFactor', 'failed')).toBe(2)
  })

  it('the code of the previous 30 seconds still works (clocks drift), an older one does not', async () => {
    const secret = testSecondFactorSecret(supervisorEmail())
    const a = await passwordStep(supervisorEmail())
    const previous = codeAt(secret, new Date(t.clock.now().getTime() - 30_000))
    expect((await a.c.post('/api/auth/login/second-factor', { code: previous })).statusCode).toBe(200)

    t.clock.advance(60_000)
    const b = await passwordStep(supervisorEmail())
    const old = codeAt(secret, new Date(t.clock.now().getTime() - 90_000))
    expect((await b.c.post('/api/auth/login/second-factor', { code: old })).statusCode).toBe(400)
  })

  it('the step after the password lasts ten minutes', async () => {
    const { c } = await passwordStep(supervisorEmail())
    t.clock.advance(10 * 60_000 + 1000)
    const res = await c.post('/api/auth/login/second-factor', { code: codeNow(supervisorEmail()) })
    expect(res.statusCode).toBe(401)
    expect(res.json().message).toBe(
      'Het inloggen duurde te lang. Log opnieuw in met uw e-mailadres en wachtwoord.',
    )
  })

  it('without the log-in step before it, a code opens nothing', async () => {
    const res = await client(t.app).post('/api/auth/login/second-factor', {
      code: codeNow(supervisorEmail()),
    })
    expect(res.statusCode).toBe(401)
  })

  it('wrong codes are slowed down like wrong passwords: after five, even the right code waits', async () => {
    const { c } = await passwordStep(supervisorEmail())
    for (let i = 0; i < 5; i++)
      expect((await c.post('/api/auth/login/second-factor', { code: `12345${i}` })).statusCode).toBe(400)
    const res = await c.post('/api/auth/login/second-factor', { code: codeNow(supervisorEmail()) })
    expect(res.statusCode).toBe(429)
    expect(res.headers['retry-after']).toBeDefined()
  })

  it('a recovery code works instead of the app, once', async () => {
    // A worker switches two-factor on and gets ten recovery codes.
    const worker = await loginAs(t.app, world.users.worker.email, testPassword)
    const setup = (await worker.post('/api/account/two-factor/setup', {})).json()
    const secret = setup.secret.replace(/\s+/g, '')
    const confirmed = await worker.post('/api/account/two-factor/confirm', {
      code: codeAt(secret, t.clock.now()),
    })
    expect(confirmed.statusCode).toBe(200)
    const codes: string[] = confirmed.json().recoveryCodes
    expect(codes).toHaveLength(10)
    expect(new Set(codes).size).toBe(10)
    for (const code of codes) expect(code).toMatch(/^[A-HJ-NP-Z2-9]{4}-[A-HJ-NP-Z2-9]{4}$/)

    const first = await passwordStep(world.users.worker.email)
    expect(first.status).toBe('secondFactor')
    const lowerCaseWithoutDash = codes[0]!.toLowerCase().replace('-', '')
    expect(
      (await first.c.post('/api/auth/login/second-factor', { code: lowerCaseWithoutDash })).statusCode,
    ).toBe(200)
    const again = await passwordStep(world.users.worker.email)
    expect((await again.c.post('/api/auth/login/second-factor', { code: codes[0] })).statusCode).toBe(400)
    expect((await again.c.post('/api/auth/login/second-factor', { code: codes[1] })).statusCode).toBe(200)
    expect((await worker.get('/api/account/two-factor')).json()).toMatchObject({
      enabled: true,
      required: false,
      recoveryCodesLeft: 8,
    })
  })
})

describe('an administrator without two-factor sets it up while logging in', () => {
  async function newAdmin(admin: Client) {
    const res = await admin.post('/api/admin/users', {
      name: 'Nina de Beheerder',
      email: 'nina@voorbeeld.nl',
      role: 'admin',
      teamId: null,
      initialPassword: testPassword,
    })
    expect(res.statusCode).toBe(201)
    expect(res.json()).toMatchObject({ twoFactorEnabled: false })
  }

  it('scans a QR code made on the server, confirms with a code and gets ten recovery codes, stored only hashed', async () => {
    await newAdmin(await loginAs(t.app, world.users.admin.email, testPassword))
    const { c, status } = await passwordStep('nina@voorbeeld.nl')
    expect(status).toBe('enrol')
    expect((await c.get('/api/auth/me')).statusCode).toBe(401)

    const setup = (await c.get('/api/auth/login/enrolment')).json()
    expect(setup.qrCode).toMatch(/^data:image\/svg\+xml;base64,/)
    expect(Buffer.from(setup.qrCode.split(',')[1], 'base64').toString()).toContain('<svg')
    expect(setup).toMatchObject({ issuer: 'Naast', account: 'nina@voorbeeld.nl' })
    expect(setup.secret).toMatch(/^[A-Z2-7]{4}( [A-Z2-7]{1,4})+$/)
    // Asking again (a reload) shows the same secret until it is confirmed.
    expect((await c.get('/api/auth/login/enrolment')).json().secret).toBe(setup.secret)

    const secret = setup.secret.replace(/\s+/g, '')
    const wrong = await c.post('/api/auth/login/enrolment', { code: '111111' })
    expect(wrong.statusCode).toBe(400)
    const done = await c.post('/api/auth/login/enrolment', { code: codeAt(secret, t.clock.now()) })
    expect(done.statusCode).toBe(200)
    expect(done.json().me).toMatchObject({ email: 'nina@voorbeeld.nl', role: 'admin' })
    const codes: string[] = done.json().recoveryCodes
    expect(codes).toHaveLength(10)
    expect((await c.get('/api/auth/me')).statusCode).toBe(200)

    const row = t.db.$client
      .prepare('SELECT id, totp_secret AS secret, totp_enabled_at AS enabledAt FROM users WHERE email = ?')
      .get('nina@voorbeeld.nl') as { id: number; secret: string; enabledAt: string }
    expect(row.enabledAt).toBe(t.clock.now().toISOString())
    expect(row.secret).not.toContain(secret)
    const stored = t.db.$client
      .prepare('SELECT code_hash AS hash FROM recovery_codes WHERE user_id = ?')
      .all(row.id) as { hash: string }[]
    expect(stored).toHaveLength(10)
    for (const code of codes) expect(stored.map((s) => s.hash).join()).not.toContain(code.replace('-', ''))
    expect(auditCount('auth.twoFactor.enable')).toBe(1)

    // From now on the log-in asks for the code.
    t.clock.advance(30_000)
    const next = await passwordStep('nina@voorbeeld.nl')
    expect(next.status).toBe('secondFactor')
    expect(
      (await next.c.post('/api/auth/login/second-factor', { code: codeAt(secret, t.clock.now()) }))
        .statusCode,
    ).toBe(200)
  })

  it('an enrolment step cannot be used to skip the code of someone who has two-factor already', async () => {
    const { c, status } = await passwordStep(supervisorEmail())
    expect(status).toBe('secondFactor')
    expect((await c.get('/api/auth/login/enrolment')).statusCode).toBe(401)
  })
})

describe('switching two-factor on and off yourself', () => {
  it('a worker may switch it off again with their password; a team lead may not', async () => {
    const worker = await loginAs(t.app, world.users.worker.email, testPassword)
    const setup = (await worker.post('/api/account/two-factor/setup', {})).json()
    const secret = setup.secret.replace(/\s+/g, '')
    await worker.post('/api/account/two-factor/confirm', { code: codeAt(secret, t.clock.now()) })
    const wrongPassword = await worker.post('/api/account/two-factor/disable', { password: 'niet-goed' })
    expect(wrongPassword.json().fieldErrors.password).toBe('Uw huidige wachtwoord klopt niet.')
    expect(
      (await worker.post('/api/account/two-factor/disable', { password: testPassword })).statusCode,
    ).toBe(204)
    expect((await passwordStep(world.users.worker.email)).status).toBe('signedIn')

    const supervisor = await loginAs(t.app, supervisorEmail(), testPassword)
    const refused = await supervisor.post('/api/account/two-factor/disable', { password: testPassword })
    expect(refused.statusCode).toBe(409)
    expect((await supervisor.get('/api/account/two-factor')).json()).toMatchObject({
      enabled: true,
      required: true,
    })
  })

  it('new recovery codes need a current code from the app, and the old ones stop working', async () => {
    const worker = await loginAs(t.app, world.users.worker.email, testPassword)
    const secret = (await worker.post('/api/account/two-factor/setup', {})).json().secret.replace(/\s+/g, '')
    const old: string[] = (
      await worker.post('/api/account/two-factor/confirm', { code: codeAt(secret, t.clock.now()) })
    ).json().recoveryCodes
    t.clock.advance(30_000)
    // A recovery code is not enough to make new ones.
    expect((await worker.post('/api/account/two-factor/recovery-codes', { code: old[0] })).statusCode).toBe(
      400,
    )
    const renewed = await worker.post('/api/account/two-factor/recovery-codes', {
      code: codeAt(secret, t.clock.now()),
    })
    expect(renewed.statusCode).toBe(200)
    const fresh: string[] = renewed.json().recoveryCodes
    const step = await passwordStep(world.users.worker.email)
    expect((await step.c.post('/api/auth/login/second-factor', { code: old[1] })).statusCode).toBe(400)
    expect((await step.c.post('/api/auth/login/second-factor', { code: fresh[0] })).statusCode).toBe(200)
  })

  it('confirming without a QR code asked for first is refused', async () => {
    const worker = await loginAs(t.app, world.users.worker.email, testPassword)
    const res = await worker.post('/api/account/two-factor/confirm', { code: '123456' })
    expect(res.statusCode).toBe(409)
  })
})

describe('an administrator resets a lost second factor', () => {
  it('the team lead is logged out everywhere and sets it up again at the next log-in; the reset is audited', async () => {
    const admin = await loginAs(t.app, world.users.admin.email, testPassword)
    const supervisor = await loginAs(t.app, supervisorEmail(), testPassword)
    const res = await admin.post(`/api/admin/users/${world.users.supervisor.id}/two-factor/reset`, {})
    expect(res.statusCode).toBe(200)
    expect(res.json()).toMatchObject({ twoFactorEnabled: false })
    expect((await supervisor.get('/api/auth/me')).statusCode).toBe(401)
    expect((await passwordStep(supervisorEmail())).status).toBe('enrol')
    expect(auditCount('user.twoFactor.reset')).toBe(1)
    // Resetting again has nothing to reset.
    expect(
      (await admin.post(`/api/admin/users/${world.users.supervisor.id}/two-factor/reset`, {})).statusCode,
    ).toBe(409)
  })

  it('only an administrator may reset it', async () => {
    const supervisor = await loginAs(t.app, supervisorEmail(), testPassword)
    const res = await supervisor.post(`/api/admin/users/${world.users.worker.id}/two-factor/reset`, {})
    expect(res.statusCode).toBe(403)
  })
})

describe('sessions', () => {
  const firefox = 'Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:133.0) Gecko/20100101 Firefox/133.0'
  const safari =
    'Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Mobile/15E148 Safari/604.1'

  async function loginWith(userAgent: string) {
    const c = client(t.app)
    const res = await c.request({
      method: 'POST',
      url: '/api/auth/login',
      payload: { email: world.users.worker.email, password: testPassword },
      headers: { 'user-agent': userAgent },
    })
    expect(res.statusCode).toBe(200)
    return c
  }

  it('a worker sees where they are logged in and ends the session on another device', async () => {
    const laptop = await loginWith(firefox)
    t.clock.advance(5 * 60_000)
    const phone = await loginWith(safari)
    const list = (await laptop.get('/api/account/sessions')).json()
    expect(list).toHaveLength(2)
    expect(list).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ browser: 'Firefox', system: 'Windows', current: true }),
        expect.objectContaining({ browser: 'Safari', system: 'iOS', current: false }),
      ]),
    )
    const other = list.find((s: { current: boolean }) => !s.current)
    expect(other.id).toMatch(/^[0-9a-f]{16}$/)
    expect((await laptop.post(`/api/account/sessions/${other.id}/end`, {})).statusCode).toBe(204)
    expect((await phone.get('/api/auth/me')).statusCode).toBe(401)
    expect((await laptop.get('/api/auth/me')).statusCode).toBe(200)
    expect((await laptop.get('/api/account/sessions')).json()).toHaveLength(1)
  })

  it("nobody can end someone else's session", async () => {
    const worker = await loginWith(firefox)
    const colleague = await loginAs(t.app, world.users.otherWorker.email, testPassword)
    const id = (await worker.get('/api/account/sessions')).json()[0].id
    expect((await colleague.post(`/api/account/sessions/${id}/end`, {})).statusCode).toBe(404)
    expect((await worker.get('/api/auth/me')).statusCode).toBe(200)
    expect((await colleague.post('/api/account/sessions/not-a-session-id/end', {})).statusCode).toBe(400)
  })

  it('changing the password ends every other session of that person', async () => {
    const laptop = await loginWith(firefox)
    const phone = await loginWith(safari)
    const res = await laptop.post('/api/auth/password', {
      currentPassword: testPassword,
      newPassword: 'een-nieuw-lang-wachtwoord',
    })
    expect(res.statusCode).toBe(204)
    expect((await phone.get('/api/auth/me')).statusCode).toBe(401)
    expect((await laptop.get('/api/account/sessions')).json()).toHaveLength(1)
  })

  it('deactivating a user ends their sessions at once', async () => {
    const phone = await loginWith(safari)
    const admin = await loginAs(t.app, world.users.admin.email, testPassword)
    await admin.post(`/api/admin/users/${world.users.worker.id}/deactivate`, {})
    expect((await phone.get('/api/auth/me')).statusCode).toBe(401)
    const left = t.db.$client
      .prepare('SELECT count(*) AS n FROM sessions WHERE user_id = ?')
      .get(world.users.worker.id) as { n: number }
    expect(left.n).toBe(0)
  })
})

describe('account review', () => {
  it('lists role, team, last log-in and two-factor, and marks accounts unused for 90 days', async () => {
    const admin = await loginAs(t.app, world.users.admin.email, testPassword)
    const setLastLogin = (id: number, at: string | null) =>
      t.db.$client.prepare('UPDATE users SET last_login_at = ? WHERE id = ?').run(at, id)
    // 91 days ago: due. 89 days ago: not yet. Never, made long ago: due.
    setLastLogin(world.users.worker.id, '2026-08-24T08:00:00.000Z')
    setLastLogin(world.users.otherWorker.id, '2026-08-26T10:00:00.000Z')
    setLastLogin(world.users.foreignWorker.id, null)
    const all = (await admin.get('/api/admin/users?limit=50')).json().items as {
      email: string
      reviewDue: boolean
      twoFactorEnabled: boolean
      role: string
      teamName: string | null
    }[]
    const byEmail = new Map(all.map((u) => [u.email, u]))
    expect(byEmail.get(world.users.worker.email)).toMatchObject({
      reviewDue: true,
      twoFactorEnabled: false,
      role: 'worker',
      teamName: world.teamA.name,
    })
    expect(byEmail.get(world.users.otherWorker.email)).toMatchObject({ reviewDue: false })
    expect(byEmail.get(world.users.foreignWorker.email)).toMatchObject({ reviewDue: true })
    expect(byEmail.get(world.users.supervisor.email)).toMatchObject({ twoFactorEnabled: true })

    const review = (await admin.get('/api/admin/users?show=review&limit=50')).json().items as {
      email: string
    }[]
    const emails = review.map((u) => u.email)
    expect(emails).toContain(world.users.worker.email)
    expect(emails).toContain(world.users.foreignWorker.email)
    expect(emails).not.toContain(world.users.otherWorker.email)
    // The administrator just logged in: not due.
    expect(emails).not.toContain(world.users.admin.email)
  })

  it('refuses a shared mailbox: one account is one person', async () => {
    const admin = await loginAs(t.app, world.users.admin.email, testPassword)
    const res = await admin.post('/api/admin/users', {
      name: 'Wijkteam Noord',
      email: 'info@voorbeeld.nl',
      role: 'worker',
      teamId: world.teamA.id,
      initialPassword: testPassword,
    })
    expect(res.statusCode).toBe(400)
    expect(res.json().fieldErrors.email).toMatch(/persoonlijke e-mailadres/)
    const taken = await admin.post('/api/admin/users', {
      name: 'Tweede Sanne',
      email: world.users.worker.email.toUpperCase(),
      role: 'worker',
      teamId: world.teamA.id,
      initialPassword: testPassword,
    })
    expect(taken.statusCode).toBe(409)
  })
})
