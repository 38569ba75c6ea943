import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { buildTestApp, loginAs, type Client, type TestApp } from '../support/build-app.ts'
import { createUser, createWorld, testPassword } from '../support/factories.ts'
import { authorityHolders } from '../../server/src/db/schema/index.ts'

let t: TestApp
let world: Awaited<ReturnType<typeof createWorld>>
let sanne: Client
let mother: Client
let h: number
let fatima: number
let daan: number

beforeEach(async () => {
  t = await buildTestApp({ now: '2026-11-23T09:00:00Z' })
  world = await createWorld(t.db)
  sanne = await loginAs(t.app, world.users.worker.email, testPassword)
  mother = await loginAs(t.app, world.users.resident.email, testPassword)
  h = world.households.own.id
  fatima = world.households.own.members[0]!.id
  daan = world.households.own.members[1]!.id
  t.db.insert(authorityHolders).values({ childId: daan, holderPersonId: fatima, createdAt: 'x' }).run()
})
afterEach(() => t.close())

const consentFrom = (giverId: number) =>
  sanne.post(`/api/households/${h}/consents`, {
    subjectPersonId: daan,
    giver: { kind: 'person', personId: giverId },
    recipient: 'School De Regenboog',
    purpose: 'Afstemmen over verzuim',
    categories: ['school'],
    how: 'spoken',
    givenOn: '2026-11-20',
  })
const share = () =>
  sanne.post(`/api/households/${h}/shares`, {
    personIds: [daan],
    recipient: 'School De Regenboog',
    purpose: 'Afstemmen over verzuim',
    categories: ['school'],
    summary: 'Afspraken over de ochtenden.',
    how: 'phone',
  })

describe("the household's own consents and sharing log", () => {
  it('shows the mother the consents she gave, lets her withdraw one at once, after which the next share is refused', async () => {
    const given = (await consentFrom(fatima)).json()
    await consentFrom(daan)
    expect((await share()).statusCode).toBe(201)

    const mine = (await mother.get(`/api/households/${h}/portal/consents`)).json()
    expect(mine.map((c: { id: number }) => c.id)).toEqual([given.id])
    const after = await mother.post(`/api/households/${h}/portal/consents/${given.id}/withdraw`, {})
    expect(after.statusCode, after.body).toBe(200)
    expect(after.json()[0]).toMatchObject({ status: 'withdrawn', withdrawn: { by: 'Fatima Jansen' } })
    expect((await share()).statusCode).toBe(409)
  })

  it("cannot withdraw someone else's consent about someone else", async () => {
    const own = (await consentFrom(daan)).json()
    await createUser(t.db, {
      role: 'household',
      personId: daan,
      name: 'Daan Jansen',
      email: 'daan@voorbeeld.nl',
    })
    const lisaLike = await loginAs(t.app, world.users.resident.email, testPassword)
    // Daan's own consent is about Daan and given by Daan: his mother may not withdraw it for him.
    expect(
      (await lisaLike.post(`/api/households/${h}/portal/consents/${own.id}/withdraw`, {})).statusCode,
    ).toBe(404)
    const daanClient = await loginAs(t.app, 'daan@voorbeeld.nl', testPassword)
    expect(
      (await daanClient.post(`/api/households/${h}/portal/consents/${own.id}/withdraw`, {})).statusCode,
    ).toBe(200)
  })

  it('shows what was shared about them', async () => {
    await consentFrom(fatima)
    await consentFrom(daan)
    await share()
    await createUser(t.db, {
      role: 'household',
      personId: daan,
      name: 'Daan Jansen',
      email: 'daan@voorbeeld.nl',
    })
    const daanClient = await loginAs(t.app, 'daan@voorbeeld.nl', testPassword)
    const shared = (await daanClient.get(`/api/households/${h}/portal/shares`)).json()
    expect(shared).toEqual([
      expect.objectContaining({ recipient: 'School De Regenboog', summary: 'Afspraken over de ochtenden.' }),
    ])
    // The mother's own data was not shared.
    expect((await mother.get(`/api/households/${h}/portal/shares`)).json()).toEqual([])
  })
})

describe("the household's access log", () => {
  it("shows the worker's reading and changing, newest first, without the household's own actions or the system's", async () => {
    await sanne.get(`/api/households/${h}`)
    await sanne.post(`/api/households/${h}/conversations`, { kind: 'phone', text: 'Gebeld.' })
    await mother.get(`/api/households/${h}/portal`)
    const log = (await mother.get(`/api/households/${h}/portal/access-log`)).json()
    expect(
      log.items.map((e: { who: string; role: string; kind: string; about: string }) => [
        e.who,
        e.role,
        e.kind,
        e.about,
      ]),
    ).toEqual([
      ['Sanne de Wit', 'worker', 'changed', 'conversation'],
      ['Sanne de Wit', 'worker', 'viewed', 'household'],
    ])
  })

  it('shows a refused attempt by someone without access', async () => {
    const anouk = await loginAs(t.app, world.users.foreignWorker.email, testPassword)
    await anouk.get(`/api/households/${h}`)
    const log = (await mother.get(`/api/households/${h}/portal/access-log`)).json()
    expect(log.items[0]).toMatchObject({ who: 'Anouk Bos', kind: 'refused' })
  })

  it('pages through a long log', async () => {
    for (let i = 0; i < 5; i++) await sanne.get(`/api/households/${h}`)
    const first = (await mother.get(`/api/households/${h}/portal/access-log?limit=3`)).json()
    expect(first.items).toHaveLength(3)
    const second = (
      await mother.get(`/api/households/${h}/portal/access-log?limit=3&cursor=${first.nextCursor}`)
    ).json()
    expect(second.items).toHaveLength(2)
    expect(second.nextCursor).toBeNull()
  })
})

describe("the household's export of its own file", () => {
  it('holds their details, plan, conversations without third-party entries, consents, shares and access log, and is audited', async () => {
    await sanne.post(`/api/households/${h}/conversations`, {
      kind: 'phone',
      text: 'Gebeld over de rekeningen.',
    })
    await sanne.post(`/api/households/${h}/conversations`, {
      kind: 'phone',
      text: 'De buurvrouw vertelde over haar eigen zorgen.',
      thirdPartyInfo: true,
    })
    await consentFrom(fatima)
    const res = await mother.get(`/api/households/${h}/portal/export`)
    expect(res.statusCode, res.body).toBe(200)
    const file = res.json()
    expect(file.person).toMatchObject({ givenName: 'Fatima', familyName: 'Jansen' })
    expect(file.household.name).toBe('Familie Jansen')
    expect(file.conversations.map((c: { text: string }) => c.text)).toEqual(['Gebeld over de rekeningen.'])
    expect(JSON.stringify(file)).not.toContain('buurvrouw')
    expect(file.consents).toHaveLength(1)
    expect(file.accessLog.length).toBeGreaterThan(0)
    const audited = t.db.$client
      .prepare("SELECT actor_id FROM audit_events WHERE operation = 'portal.export'")
      .all() as { actor_id: number }[]
    expect(audited).toEqual([{ actor_id: world.users.resident.id }])
  })
})

describe('the kind of action in the access log', () => {
  it('counts reading the portal pages as looking, not as changing', async () => {
    const { describeOperation } = await import('../../server/src/modules/household-file/service.ts')
    expect(describeOperation('portal.accessLog', 'allowed').kind).toBe('viewed')
    expect(describeOperation('plan.portal.read', 'allowed').kind).toBe('viewed')
    expect(describeOperation('plan.save', 'allowed')).toEqual({ kind: 'changed', about: 'plan' })
    expect(describeOperation('household.read', 'denied').kind).toBe('refused')
  })
})
