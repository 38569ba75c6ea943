import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { buildTestApp, loginAs, type TestApp } from '../support/build-app.ts'
import { assignWorker, createHousehold, createWorld, testPassword } from '../support/factories.ts'

let t: TestApp
let world: Awaited<ReturnType<typeof createWorld>>
beforeEach(async () => {
  t = await buildTestApp({ now: '2026-11-23T09:00:00Z' })
  world = await createWorld(t.db)
})
afterEach(() => t.close())

describe("a worker's caseload", () => {
  it('is searchable by name, street and postcode with or without the space', async () => {
    const h = createHousehold(t.db, {
      teamId: world.teamA.id,
      neighbourhoodId: world.wijkA.id,
      name: 'Dhr. El Idrissi',
      street: 'Kastanjelaan',
    })
    assignWorker(t.db, h.id, world.users.worker.id)
    const c = await loginAs(t.app, world.users.worker.email, testPassword)
    const names = async (q: string) =>
      ((await c.get(`/api/caseload?q=${encodeURIComponent(q)}`)).json().items as { name: string }[]).map(
        (i) => i.name,
      )
    expect(await names('idrissi')).toEqual(['Dhr. El Idrissi'])
    expect(await names('kastanje')).toEqual(['Dhr. El Idrissi'])
    expect(await names('1234ab')).toEqual(['Dhr. El Idrissi', 'Familie Jansen'])
    expect(await names('1234 AB')).toEqual(['Dhr. El Idrissi', 'Familie Jansen'])
    expect(await names('%')).toEqual([])
    const counts = (
      (await c.get('/api/caseload')).json().items as { name: string; memberCount: number }[]
    ).map((i) => [i.name, i.memberCount])
    expect(counts).toEqual([
      ['Dhr. El Idrissi', 1],
      ['Familie Jansen', 2],
    ])
    // Households of colleagues never show up.
    expect(await names('bakker')).toEqual([])
  })

  it('pages through a long caseload without skipping or repeating anyone', async () => {
    for (let i = 0; i < 30; i++) {
      const h = createHousehold(t.db, {
        teamId: world.teamA.id,
        neighbourhoodId: world.wijkA.id,
        name: `Familie ${i % 3 === 0 ? 'De Boer' : `Test ${i}`}`,
      })
      assignWorker(t.db, h.id, world.users.worker.id)
    }
    const c = await loginAs(t.app, world.users.worker.email, testPassword)
    const seen: number[] = []
    let cursor: string | null = null
    do {
      const page: { items: { id: number }[]; nextCursor: string | null } = (
        await c.get(`/api/caseload?limit=7${cursor ? `&cursor=${cursor}` : ''}`)
      ).json()
      seen.push(...page.items.map((i: { id: number }) => i.id))
      cursor = page.nextCursor
    } while (cursor)
    expect(seen).toHaveLength(31)
    expect(new Set(seen).size).toBe(31)
  })
})

describe('the household page', () => {
  it('shows members with their age today, the address and the workers on the case', async () => {
    const c = await loginAs(t.app, world.users.worker.email, testPassword)
    const h = (await c.get(`/api/households/${world.households.own.id}`)).json()
    expect(h.members.map((m: { givenName: string; age: number }) => [m.givenName, m.age])).toEqual([
      ['Fatima', 38],
      ['Daan', 13],
    ])
    expect(h.workers).toEqual([
      { id: world.users.worker.id, name: 'Sanne de Wit', email: 'sanne@voorbeeld.nl', phone: null },
    ])
    expect(h.team.name).toBe(world.teamA.name)
  })
})

describe("the household member's own page", () => {
  it('shows who their worker is and how to reach them, without professional details', async () => {
    const c = await loginAs(t.app, world.users.resident.email, testPassword)
    const me = (await c.get('/api/auth/me')).json()
    expect(me.householdId).toBe(world.households.own.id)
    const portal = (await c.get(`/api/households/${me.householdId}/portal`)).json()
    expect(portal.workers.map((w: { name: string }) => w.name)).toEqual(['Sanne de Wit'])
    expect(portal.members).toEqual([
      { id: expect.any(Number), givenName: 'Fatima', age: 38 },
      { id: expect.any(Number), givenName: 'Daan', age: 13 },
    ])
    expect(portal).not.toHaveProperty('neighbourhood')
    expect(portal.team).toEqual({ name: world.teamA.name, phone: '0900-1234567' })
  })
})
