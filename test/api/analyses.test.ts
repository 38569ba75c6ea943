import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { buildTestApp, loginAs, type Client, type TestApp } from '../support/build-app.ts'
import { createWorld, testPassword } from '../support/factories.ts'

let t: TestApp
let world: Awaited<ReturnType<typeof createWorld>>
let sanne: Client
let h: number
let domains: { id: number; nameNl: string }[]
beforeEach(async () => {
  t = await buildTestApp({ now: '2026-11-23T09:00:00Z' })
  world = await createWorld(t.db)
  sanne = await loginAs(t.app, world.users.worker.email, testPassword)
  h = world.households.own.id
  domains = (await sanne.get('/api/life-domains')).json()
})
afterEach(() => t.close())

const [fatima, daan] = [() => world.households.own.members[0]!.id, () => world.households.own.members[1]!.id]

describe('the broad-view analysis', () => {
  it("saves a dated snapshot of scores per member and life domain, with strengths and each person's own view", async () => {
    const res = await sanne.post(`/api/households/${h}/analyses`, {
      desiredFuture: 'Rust in huis en de rekeningen op orde.',
      cells: [
        {
          personId: fatima(),
          domainId: domains[0]!.id,
          score: 2,
          note: 'Drie aanmaningen.',
          strengths: 'Wil zelf bellen.',
          carriedBy: ['own', 'professional'],
          ownView: 'Ik wil er vanaf.',
        },
        { personId: daan(), domainId: domains[2]!.id, score: 4 },
      ],
      heard: [{ personId: daan(), heard: true }],
    })
    expect(res.statusCode, res.body).toBe(201)
    const analysis = res.json()
    expect(analysis.cells).toHaveLength(2)
    expect(analysis.cells[0]).toMatchObject({
      score: 2,
      carriedBy: ['own', 'professional'],
      ownView: 'Ik wil er vanaf.',
    })
    expect(analysis.desiredFuture).toBe('Rust in huis en de rekeningen op orde.')
    // A reminder, not a block: what is not assessed yet.
    expect(
      analysis.notAssessed.find((n: { personId: number }) => n.personId === fatima()).domainIds,
    ).toHaveLength(12)
    // Daan (13) was heard; Fatima (38) not yet.
    expect(analysis.notHeard).toEqual([fatima()])
  })

  it('a new snapshot starts from the last, and two snapshots can be compared', async () => {
    const first = (
      await sanne.post(`/api/households/${h}/analyses`, {
        cells: [{ personId: fatima(), domainId: domains[0]!.id, score: 2 }],
      })
    ).json()
    t.clock.advance(30 * 24 * 60 * 60 * 1000)
    sanne = await loginAs(t.app, world.users.worker.email, testPassword)
    const second = (
      await sanne.post(`/api/households/${h}/analyses`, {
        cells: [
          { personId: fatima(), domainId: domains[0]!.id, score: 3 },
          { personId: daan(), domainId: domains[1]!.id, score: 5 },
        ],
      })
    ).json()
    expect(second.basedOnId).toBe(first.id)
    const list = (await sanne.get(`/api/households/${h}/analyses`)).json()
    expect(list.map((a: { id: number }) => a.id)).toEqual([second.id, first.id])
    const diff = (
      await sanne.get(`/api/households/${h}/analyses-compare?from=${first.id}&to=${second.id}`)
    ).json()
    expect(diff.changes).toEqual(
      expect.arrayContaining([
        { personId: fatima(), domainId: domains[0]!.id, before: 2, after: 3 },
        { personId: daan(), domainId: domains[1]!.id, before: null, after: 5 },
      ]),
    )
  })

  it.each([
    ['a score of 6', { score: 6 }, 'cells.0.score'],
    ['a score of 0', { score: 0 }, 'cells.0.score'],
  ])('%s is refused with a field error and nothing saved', async (_n, change, field) => {
    const res = await sanne.post(`/api/households/${h}/analyses`, {
      cells: [{ personId: fatima(), domainId: domains[0]!.id, ...change }],
    })
    expect(res.statusCode).toBe(400)
    expect(res.json().fieldErrors).toHaveProperty(field)
    expect((await sanne.get(`/api/households/${h}/analyses`)).json()).toEqual([])
  })

  it('a member of another household is refused', async () => {
    const res = await sanne.post(`/api/households/${h}/analyses`, {
      cells: [{ personId: world.households.foreign.members[0]!.id, domainId: domains[0]!.id, score: 3 }],
    })
    expect(res.statusCode).toBe(400)
    expect(res.json().fieldErrors).toHaveProperty('cells.0.personId')
  })

  it('is not readable for a worker of another team', async () => {
    const other = await loginAs(t.app, world.users.foreignWorker.email, testPassword)
    expect((await other.get(`/api/households/${h}/analyses`)).statusCode).toBe(404)
  })
})
