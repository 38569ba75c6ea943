import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { buildTestApp, loginAs, type Client, type TestApp } from '../support/build-app.ts'
import { createWorld, testPassword } from '../support/factories.ts'
import { authorityHolders } from '../../server/src/db/schema/index.ts'

let t: TestApp
let world: Awaited<ReturnType<typeof createWorld>>
let sanne: Client
let h: number
let fatima: number
let daan: number

beforeEach(async () => {
  t = await buildTestApp({ now: '2026-11-23T09:00:00Z' })
  world = await createWorld(t.db)
  sanne = await loginAs(t.app, world.users.worker.email, testPassword)
  h = world.households.own.id
  fatima = world.households.own.members[0]!.id
  daan = world.households.own.members[1]!.id // 13
  t.db.insert(authorityHolders).values({ childId: daan, holderPersonId: fatima, createdAt: 'x' }).run()
})
afterEach(() => t.close())

const shares = () =>
  (t.db.$client.prepare('SELECT count(*) AS n FROM sharing_events').get() as { n: number }).n

const toSchool = {
  personIds: [0],
  recipient: 'School De Regenboog',
  purpose: 'Afstemmen over verzuim',
  categories: ['school'],
  summary: 'Afspraken over de ochtenden en het verzuim op maandag.',
  how: 'phone',
}
const consentFrom = (giverId: number, over: Record<string, unknown> = {}) =>
  sanne.post(`/api/households/${h}/consents`, {
    subjectPersonId: daan,
    giver: { kind: 'person', personId: giverId },
    recipient: 'School De Regenboog',
    purpose: 'Afstemmen over verzuim',
    categories: ['school', 'situation'],
    how: 'spoken',
    givenOn: '2026-11-20',
    ...over,
  })
const share = (over: Record<string, unknown> = {}) =>
  sanne.post(`/api/households/${h}/shares`, { ...toSchool, personIds: [daan], ...over })

describe('sharing information', () => {
  it("is refused for a 13-year-old with only his mother's consent, naming whose consent is missing", async () => {
    await consentFrom(fatima)
    const res = await share()
    expect(res.statusCode).toBe(409)
    expect(res.json().missing).toEqual(['Toestemming van Daan Jansen zelf ontbreekt.'])
    expect(shares()).toBe(0)
  })

  it("goes through once the young person's own consent is added, and points at both consents", async () => {
    const mother = (await consentFrom(fatima)).json()
    const own = (await consentFrom(daan)).json()
    const res = await share()
    expect(res.statusCode, res.body).toBe(201)
    expect(res.json()).toMatchObject({
      basis: 'consent',
      recipient: 'School De Regenboog',
      persons: [{ personId: daan, name: 'Daan Jansen' }],
    })
    expect(res.json().persons[0].consentIds.sort()).toEqual([mother.id, own.id].sort())
  })

  it('is refused at once after a consent is withdrawn', async () => {
    const mother = (await consentFrom(fatima)).json()
    await consentFrom(daan)
    expect((await share()).statusCode).toBe(201)
    await sanne.post(`/api/households/${h}/consents/${mother.id}/withdraw`, {})
    const res = await share()
    expect(res.statusCode).toBe(409)
    expect(res.json().missing).toEqual(['Toestemming van Fatima Jansen (gezag) over Daan Jansen ontbreekt.'])
    expect(shares()).toBe(1)
  })

  it('is refused after a consent expired, but a share made while it was valid can still be recorded', async () => {
    await consentFrom(fatima, { validUntil: '2026-11-30' })
    await consentFrom(daan)
    t.clock.advance(8 * 24 * 60 * 60 * 1000)
    sanne = await loginAs(t.app, world.users.worker.email, testPassword)
    expect((await share()).statusCode).toBe(409)
    expect((await share({ sharedAt: '2026-11-30T15:00:00Z' })).statusCode).toBe(201)
    expect(shares()).toBe(1)
  })

  it('is refused for categories the consent does not cover', async () => {
    await consentFrom(fatima)
    await consentFrom(daan)
    const res = await share({ categories: ['school', 'health'] })
    expect(res.statusCode).toBe(409)
    expect(shares()).toBe(0)
  })

  it('shows beforehand exactly what will be recorded, without saving anything', async () => {
    await consentFrom(fatima)
    const res = await sanne.post(`/api/households/${h}/shares/preview`, { ...toSchool, personIds: [daan] })
    expect(res.statusCode, res.body).toBe(200)
    expect(res.json()).toMatchObject({
      allowed: false,
      share: {
        recipient: 'School De Regenboog',
        summary: toSchool.summary,
        sharedAt: '2026-11-23T09:00:00.000Z',
      },
      checks: [{ name: 'Daan Jansen', complete: false }],
    })
    expect(shares()).toBe(0)
  })

  it('refuses a person of another household and a moment in the future with field errors', async () => {
    const foreign = await share({ personIds: [world.households.foreign.members[0]!.id] })
    expect(foreign.statusCode).toBe(400)
    expect(Object.keys(foreign.json().fieldErrors)).toEqual(['personIds.0'])
    const later = await share({ sharedAt: '2026-12-01T10:00:00Z' })
    expect(later.statusCode).toBe(400)
    expect(shares()).toBe(0)
  })
})

describe('the rule that nothing is shared without consent', () => {
  it('no generated share is accepted unless a valid consent covers it for everyone it is about', async () => {
    const recipients = ['School De Regenboog', 'Huisarts Jansen']
    const purposes = ['Afstemmen over verzuim', 'Zorg afstemmen']
    const categories = ['school', 'health', 'situation'] as const
    const consentArb = fc.record({
      giver: fc.constantFrom(fatima, daan),
      subject: fc.constantFrom(fatima, daan),
      recipient: fc.constantFrom(...recipients),
      purpose: fc.constantFrom(...purposes),
      categories: fc.subarray([...categories], { minLength: 1 }),
      givenDaysAgo: fc.integer({ min: 0, max: 20 }),
      validDays: fc.option(fc.integer({ min: 0, max: 20 }), { nil: null }),
      withdrawn: fc.boolean(),
    })
    const shareArb = fc.record({
      persons: fc.subarray([fatima, daan], { minLength: 1 }),
      recipient: fc.constantFrom(...recipients),
      purpose: fc.constantFrom(...purposes),
      categories: fc.subarray([...categories], { minLength: 1 }),
    })
    const day = (daysAgo: number) => new Date(Date.UTC(2026, 10, 23 - daysAgo)).toISOString().slice(0, 10)
    await fc.assert(
      fc.asyncProperty(fc.array(consentArb, { maxLength: 5 }), shareArb, async (given, attempt) => {
        t.db.$client.exec(
          'DELETE FROM sharing_event_persons; DELETE FROM sharing_events; DELETE FROM consents',
        )
        const valid: typeof given = []
        for (const c of given) {
          const res = await sanne.post(`/api/households/${h}/consents`, {
            subjectPersonId: c.subject,
            giver: { kind: 'person', personId: c.giver },
            recipient: c.recipient,
            purpose: c.purpose,
            categories: c.categories,
            how: 'written',
            givenOn: day(c.givenDaysAgo),
            validUntil: c.validDays === null ? null : day(c.givenDaysAgo - c.validDays),
          })
          if (res.statusCode !== 201) continue // e.g. Daan consenting for his mother: refused, never counts
          if (c.withdrawn) await sanne.post(`/api/households/${h}/consents/${res.json().id}/withdraw`, {})
          else if (c.validDays === null || c.givenDaysAgo - c.validDays <= 0) valid.push(c)
        }
        const covered = (person: number, giver: number) =>
          valid.some(
            (c) =>
              c.subject === person &&
              c.giver === giver &&
              c.recipient === attempt.recipient &&
              c.purpose === attempt.purpose &&
              attempt.categories.every((k) => c.categories.includes(k)),
          )
        // Fatima (adult) decides alone; Daan (13) needs himself and Fatima (authority).
        const expected = attempt.persons.every((p) =>
          p === fatima ? covered(fatima, fatima) : covered(daan, daan) && covered(daan, fatima),
        )
        const res = await sanne.post(`/api/households/${h}/shares`, {
          ...toSchool,
          personIds: attempt.persons,
          recipient: attempt.recipient,
          purpose: attempt.purpose,
          categories: attempt.categories,
        })
        expect(res.statusCode, res.body).toBe(expected ? 201 : 409)
      }),
      { numRuns: Number(process.env.NAAST_PROPERTY_RUNS ?? 40) },
    )
  }, 120_000)
})
