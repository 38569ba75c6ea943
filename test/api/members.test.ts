import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { buildTestApp, loginAs, type Client, type TestApp } from '../support/build-app.ts'
import { createWorld, testPassword } from '../support/factories.ts'
import { organisations } from '../../server/src/db/schema/index.ts'

let t: TestApp
let world: Awaited<ReturnType<typeof createWorld>>
let sanne: Client
let h: number
beforeEach(async () => {
  t = await buildTestApp({ now: '2026-11-23T09:00:00Z' })
  world = await createWorld(t.db)
  sanne = await loginAs(t.app, world.users.worker.email, testPassword)
  h = world.households.own.id
})
afterEach(() => t.close())

const members = (detail: { members: { givenName: string }[] }) => detail.members.map((m) => m.givenName)

describe('the people in a household', () => {
  it('someone joins and later leaves; the household keeps their history', async () => {
    const joined = await sanne.post(`/api/households/${h}/members`, {
      givenName: 'Bram',
      familyName: 'Jansen',
      birthdate: '1986-09-09',
      relation: 'partner',
    })
    expect(joined.statusCode, joined.body).toBe(201)
    expect(members(joined.json())).toContain('Bram')
    const bram = joined.json().members.find((m: { givenName: string }) => m.givenName === 'Bram')
    const left = await sanne.post(`/api/households/${h}/members/${bram.id}/leave`, { leftOn: '2026-11-23' })
    expect(members(left.json())).not.toContain('Bram')
    expect(left.json().formerMembers).toEqual([
      { id: bram.id, givenName: 'Bram', familyName: 'Jansen', relation: 'partner', leftOn: '2026-11-23' },
    ])
  })

  it('a member of another household cannot be changed through this one', async () => {
    const other = world.households.foreign.members[0]!.id
    const res = await sanne.patch(`/api/households/${h}/members/${other}`, { phone: '06-12345678' })
    expect(res.statusCode).toBe(404)
  })

  it('details are updated and the BSN is only ever shown masked', async () => {
    const fatima = world.households.own.members[0]!.id
    const res = await sanne.patch(`/api/households/${h}/members/${fatima}`, {
      bsn: '123456782',
      phone: '06-12345678',
      preferredLanguage: 'Arabisch',
      interpreterNeeded: true,
    })
    const member = res.json().members.find((m: { id: number }) => m.id === fatima)
    expect(member).toMatchObject({ bsnMasked: '******782', phone: '06-12345678', interpreterNeeded: true })
    expect(res.body).not.toContain('123456782')
  })

  it('a representative is for adults who cannot decide, not for children', async () => {
    const daan = world.households.own.members[1]!.id
    const res = await sanne.patch(`/api/households/${h}/members/${daan}`, {
      representative: { name: 'Mr. De Vries', kind: 'mentor' },
    })
    expect(res.statusCode).toBe(400)
    expect(res.json().fieldErrors).toHaveProperty('representative')
  })
})

describe('parental authority', () => {
  it('is held by an adult of the household or by someone outside it', async () => {
    const [fatima, daan] = world.households.own.members
    const res = await sanne.request({
      method: 'PUT',
      url: `/api/households/${h}/members/${daan!.id}/authority`,
      payload: { holders: [{ personId: fatima!.id }, { name: 'Mehmet Jansen', contact: '06-87654321' }] },
    })
    expect(res.statusCode, res.body).toBe(200)
    const child = res.json().members.find((m: { id: number }) => m.id === daan!.id)
    expect(child.authorityHolders).toEqual([
      { personId: fatima!.id, name: 'Fatima Jansen' },
      { personId: null, name: 'Mehmet Jansen' },
    ])
  })

  it('a child cannot hold authority, and an adult has no authority holders', async () => {
    const [fatima, daan] = world.households.own.members
    const childHolder = await sanne.request({
      method: 'PUT',
      url: `/api/households/${h}/members/${fatima!.id}/authority`,
      payload: { holders: [{ personId: daan!.id }] },
    })
    expect(childHolder.json().fieldErrors.holders).toMatch(/onder de 18/)
  })
})

describe('the network and the professionals around a household', () => {
  it('a neighbour who helps and a debt counsellor are recorded, and can be ended', async () => {
    const org = t.db
      .insert(organisations)
      .values({ name: 'Schuldhulp Voorbeeld', createdAt: 'x' })
      .returning()
      .get()
    const withNeighbour = await sanne.post(`/api/households/${h}/network`, {
      name: 'Henk',
      relation: 'buurman',
      howTheyHelp: 'Neemt meneer mee naar het repair café.',
    })
    expect(withNeighbour.json().network).toEqual([
      expect.objectContaining({
        name: 'Henk',
        relation: 'buurman',
        howTheyHelp: 'Neemt meneer mee naar het repair café.',
      }),
    ])
    const withPro = await sanne.post(`/api/households/${h}/professionals`, {
      organisationId: org.id,
      contactPerson: 'Els de Jong',
      role: 'schuldhulpverlener',
    })
    expect(withPro.json().professionals).toEqual([
      expect.objectContaining({
        organisation: { id: org.id, name: 'Schuldhulp Voorbeeld' },
        contactPerson: 'Els de Jong',
      }),
    ])
    const henk = withNeighbour.json().network[0].id
    expect((await sanne.post(`/api/households/${h}/network/${henk}/end`, {})).json().network).toEqual([])
    expect((await sanne.post(`/api/households/${h}/network/${henk}/end`, {})).statusCode).toBe(404)
  })

  it('an organisation that is not on the list is refused', async () => {
    const res = await sanne.post(`/api/households/${h}/professionals`, {
      organisationId: 999,
      contactPerson: 'X',
    })
    expect(res.statusCode).toBe(400)
    expect(res.json().fieldErrors).toEqual({ organisationId: 'Kies een organisatie uit de lijst.' })
  })

  it("a worker of another team cannot add to a household's network", async () => {
    const other = await loginAs(t.app, world.users.foreignWorker.email, testPassword)
    expect((await other.post(`/api/households/${h}/network`, { name: 'X', relation: 'y' })).statusCode).toBe(
      404,
    )
  })
})
