import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { buildTestApp, loginAs, type Client, type TestApp } from '../support/build-app.ts'
import { createWorld, testPassword } from '../support/factories.ts'
import { authorityHolders, persons } from '../../server/src/db/schema/index.ts'

let t: TestApp
let world: Awaited<ReturnType<typeof createWorld>>
let sanne: Client
let h: number
let fatima: number
let daan: number
let lisa: number

beforeEach(async () => {
  t = await buildTestApp({ now: '2026-11-23T09:00:00Z' })
  world = await createWorld(t.db)
  sanne = await loginAs(t.app, world.users.worker.email, testPassword)
  h = world.households.own.id
  fatima = world.households.own.members[0]!.id
  daan = world.households.own.members[1]!.id // 13
  lisa = t.db
    .insert(persons)
    .values({
      householdId: h,
      givenName: 'Lisa',
      familyName: 'Jansen',
      birthdate: '2011-01-01', // 15
      relation: 'child',
      createdAt: '2026-01-01T00:00:00Z',
    })
    .returning()
    .get().id
  for (const child of [daan, lisa]) {
    t.db.insert(authorityHolders).values({ childId: child, holderPersonId: fatima, createdAt: 'x' }).run()
  }
})
afterEach(() => t.close())

const count = () => (t.db.$client.prepare('SELECT count(*) AS n FROM consents').get() as { n: number }).n

const consent = (over: Record<string, unknown> = {}) => ({
  subjectPersonId: daan,
  giver: { kind: 'person', personId: fatima },
  recipient: 'School De Regenboog',
  purpose: 'Afstemmen over verzuim',
  categories: ['school', 'situation'],
  how: 'spoken',
  givenOn: '2026-11-20',
  validUntil: '2027-06-30',
  ...over,
})

const check = (personId: number, categories = 'school') =>
  sanne.get(
    `/api/households/${h}/consent-check?personId=${personId}&recipient=${encodeURIComponent('school de regenboog')}&purpose=${encodeURIComponent('Afstemmen over verzuim')}&categories=${categories}`,
  )

describe('recording consent', () => {
  it("records the mother's consent for her 13-year-old, and shows the young person's own consent is still missing", async () => {
    const res = await sanne.post(`/api/households/${h}/consents`, consent())
    expect(res.statusCode, res.body).toBe(201)
    expect(res.json()).toMatchObject({
      subject: { personId: daan, name: 'Daan Jansen' },
      giver: { kind: 'person', personId: fatima, name: 'Fatima Jansen' },
      status: 'valid',
    })
    const missing = (await check(daan)).json()
    expect(missing).toMatchObject({ name: 'Daan Jansen', rule: 'youngPersonAndAuthorityHolders' })
    expect(missing.complete).toBe(false)
    expect(missing.needed).toEqual([
      { kind: 'self', who: 'Daan Jansen', consentId: null },
      { kind: 'authorityHolder', who: 'Fatima Jansen', consentId: res.json().id },
    ])

    await sanne.post(`/api/households/${h}/consents`, consent({ giver: { kind: 'person', personId: daan } }))
    expect((await check(daan)).json().complete).toBe(true)
  })

  it('a consent for other categories than asked does not count', async () => {
    await sanne.post(`/api/households/${h}/consents`, consent())
    await sanne.post(`/api/households/${h}/consents`, consent({ giver: { kind: 'person', personId: daan } }))
    expect((await check(daan, 'school,health')).json().complete).toBe(false)
  })

  it('a withdrawn consent stops counting at once and stays on record', async () => {
    const given = (await sanne.post(`/api/households/${h}/consents`, consent())).json()
    await sanne.post(`/api/households/${h}/consents`, consent({ giver: { kind: 'person', personId: daan } }))
    const withdrawn = await sanne.post(`/api/households/${h}/consents/${given.id}/withdraw`, {})
    expect(withdrawn.statusCode, withdrawn.body).toBe(200)
    expect(withdrawn.json()).toMatchObject({ status: 'withdrawn', withdrawn: { by: 'Sanne de Wit' } })
    expect((await check(daan)).json().complete).toBe(false)
    expect((await sanne.post(`/api/households/${h}/consents/${given.id}/withdraw`, {})).statusCode).toBe(409)
    expect((await sanne.get(`/api/households/${h}/consents`)).json()).toHaveLength(2)
  })

  it('an expired consent stops counting after its last day', async () => {
    await sanne.post(`/api/households/${h}/consents`, consent({ validUntil: '2026-11-30' }))
    await sanne.post(
      `/api/households/${h}/consents`,
      consent({ giver: { kind: 'person', personId: daan }, validUntil: '2026-11-30' }),
    )
    expect((await check(daan)).json().complete).toBe(true)
    t.clock.advance(8 * 24 * 60 * 60 * 1000)
    sanne = await loginAs(t.app, world.users.worker.email, testPassword)
    expect((await check(daan)).json().complete).toBe(false)
  })
})

describe('bad input to consent', () => {
  it.each([
    [
      'someone without authority (a 15-year-old for her brother)',
      { giver: { kind: 'person', personId: 0 } },
      'giver',
    ],
    [
      'a neighbour named as a parent with authority',
      { giver: { kind: 'authorityHolder', name: 'Buurvrouw Els' } },
      'giver',
    ],
    ['a member of another household', { subjectPersonId: -1 }, 'subjectPersonId'],
    ['an end date before its start', { validUntil: '2026-11-01' }, 'validUntil'],
    ['a date in the future', { givenOn: '2026-12-01', validUntil: null }, 'givenOn'],
    ['no categories', { categories: [] }, 'categories'],
  ])('%s is refused with a field error and nothing is saved', async (_, over, field) => {
    const body = JSON.parse(
      JSON.stringify(consent(over))
        .replace('"personId":0', `"personId":${lisa}`)
        .replace('"subjectPersonId":-1', `"subjectPersonId":${world.households.foreign.members[0]!.id}`),
    )
    const res = await sanne.post(`/api/households/${h}/consents`, body)
    expect(res.statusCode, res.body).toBe(400)
    expect(Object.keys(res.json().fieldErrors)).toContain(field)
    expect(count()).toBe(0)
  })

  it('judges the giver by the age on the day consent was given: on her 16th birthday, her mother no longer counts', async () => {
    const sixteen = t.db
      .insert(persons)
      .values({
        householdId: h,
        givenName: 'Noor',
        familyName: 'Jansen',
        birthdate: '2010-11-23',
        relation: 'child',
        createdAt: 'x',
      })
      .returning()
      .get().id
    t.db.insert(authorityHolders).values({ childId: sixteen, holderPersonId: fatima, createdAt: 'x' }).run()
    const before = await sanne.post(`/api/households/${h}/consents`, consent({ subjectPersonId: sixteen }))
    expect(before.statusCode, before.body).toBe(201)
    const res = await sanne.post(
      `/api/households/${h}/consents`,
      consent({ subjectPersonId: sixteen, givenOn: '2026-11-23' }),
    )
    expect(res.statusCode).toBe(400)
    expect(res.json().fieldErrors.giver).toBe(
      'Vanaf 16 jaar geeft de jongere zelf toestemming, niemand anders.',
    )
  })

  it('records consent and its withdrawal in the audit trail', async () => {
    const given = (await sanne.post(`/api/households/${h}/consents`, consent())).json()
    await sanne.post(`/api/households/${h}/consents/${given.id}/withdraw`, {})
    const operations = (
      t.db.$client.prepare('SELECT operation FROM audit_events WHERE household_id = ?').all(h) as {
        operation: string
      }[]
    ).map((r) => r.operation)
    expect(operations).toEqual(expect.arrayContaining(['consent.record', 'consent.withdraw']))
  })
})

describe('consent lists', () => {
  it("shows the worker the consents in their households that end within 30 days, not later ones and not others'", async () => {
    await sanne.post(`/api/households/${h}/consents`, consent({ validUntil: '2026-12-20' }))
    await sanne.post(
      `/api/households/${h}/consents`,
      consent({ giver: { kind: 'person', personId: daan }, validUntil: '2027-03-01' }),
    )
    const res = await sanne.get('/api/consents/expiring')
    expect(res.statusCode, res.body).toBe(200)
    expect(
      res.json().map((c: { validUntil: string; householdName: string }) => [c.validUntil, c.householdName]),
    ).toEqual([['2026-12-20', 'Familie Jansen']])
    const joost = await loginAs(t.app, world.users.otherWorker.email, testPassword)
    expect((await joost.get('/api/consents/expiring')).json()).toEqual([])
  })

  it("shows the supervisor the team's consents withdrawn this month", async () => {
    const given = (await sanne.post(`/api/households/${h}/consents`, consent())).json()
    await sanne.post(`/api/households/${h}/consents/${given.id}/withdraw`, {})
    const mirjam = await loginAs(t.app, world.users.supervisor.email, testPassword)
    const overview = (await mirjam.get('/api/team/consents')).json()
    expect(overview.withdrawnThisMonth.map((c: { id: number }) => c.id)).toEqual([given.id])
    expect(overview.sharedUnderMeldrecht).toEqual([])
    const peter = await loginAs(t.app, world.users.foreignSupervisor.email, testPassword)
    expect((await peter.get('/api/team/consents')).json().withdrawnThisMonth).toEqual([])
    expect((await sanne.get('/api/team/consents')).statusCode).toBe(403)
  })
})
