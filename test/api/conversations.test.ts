import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { buildTestApp, loginAs, type Client, type TestApp } from '../support/build-app.ts'
import { assignWorker, createHousehold, createWorld, testPassword } from '../support/factories.ts'
import { filterByCaseBelow, rebuildSearchWords } from '../../server/src/modules/search/service.ts'

let t: TestApp
let world: Awaited<ReturnType<typeof createWorld>>
let sanne: Client
let h: number
const hours = (n: number) => n * 60 * 60 * 1000

beforeEach(async () => {
  t = await buildTestApp({ now: '2026-11-23T09:00:00Z' })
  world = await createWorld(t.db)
  sanne = await loginAs(t.app, world.users.worker.email, testPassword)
  h = world.households.own.id
})
afterEach(() => t.close())

const count = (table: string) =>
  (t.db.$client.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n
const visit =
  'Huisbezoek met mevrouw en de twee jongsten. Post ligt ongeopend op tafel; samen drie aanmaningen bekeken. Volgende week samen naar de schuld-hulp intake.'

describe('logging a conversation', () => {
  it('takes only the kind and the text; the time defaults to now', async () => {
    const res = await sanne.post(`/api/households/${h}/conversations`, { kind: 'home_visit', text: visit })
    expect(res.statusCode, res.body).toBe(201)
    expect(res.json()).toMatchObject({
      kind: 'home_visit',
      occurredAt: '2026-11-23T09:00:00.000Z',
      author: { name: 'Sanne de Wit' },
      version: 1,
      correctableUntil: '2026-11-24T09:00:00.000Z',
    })
  })

  it('records who took part and the life domains it touches', async () => {
    const domains = (await sanne.get('/api/life-domains')).json()
    expect(domains).toHaveLength(13)
    const money = domains.find((d: { nameNl: string }) => d.nameNl === 'Inkomen & schulden')
    const fatima = world.households.own.members[0]!
    const res = await sanne.post(`/api/households/${h}/conversations`, {
      kind: 'home_visit',
      text: visit,
      participants: [{ kind: 'member', refId: fatima.id }],
      domainIds: [money.id],
      thirdPartyInfo: true,
    })
    expect(res.json()).toMatchObject({
      participants: [{ kind: 'member', refId: fatima.id, name: 'Fatima Jansen' }],
      domains: [{ id: money.id, name: 'Inkomen & schulden' }],
      thirdPartyInfo: true,
    })
  })

  it.each([
    ['empty text', { kind: 'phone', text: '   ' }, 'text'],
    [
      'a day after today',
      { kind: 'phone', text: 'x', occurredAt: '2026-11-24T10:00:00+01:00' },
      'occurredAt',
    ],
    ['an unknown kind', { kind: 'letter', text: 'x' }, 'kind'],
  ])('%s is refused and nothing is saved', async (_name, body, field) => {
    const res = await sanne.post(`/api/households/${h}/conversations`, body)
    expect(res.statusCode).toBe(400)
    expect(res.json().fieldErrors).toHaveProperty(field)
    expect(count('conversations')).toBe(0)
  })

  it('later today is fine: a visit logged in advance of its write-up', async () => {
    const res = await sanne.post(`/api/households/${h}/conversations`, {
      kind: 'phone',
      text: 'Afspraak bevestigd.',
      occurredAt: '2026-11-23T20:00:00+01:00',
    })
    expect(res.statusCode).toBe(201)
  })

  it('a member of another household cannot be named as taking part', async () => {
    const other = world.households.foreign.members[0]!.id
    const res = await sanne.post(`/api/households/${h}/conversations`, {
      kind: 'phone',
      text: 'x',
      participants: [{ kind: 'member', refId: other }],
    })
    expect(res.statusCode).toBe(400)
    expect(res.json().fieldErrors).toHaveProperty('participants')
    expect(count('conversations')).toBe(0)
  })
})

describe('correcting a conversation', () => {
  it('the author corrects it within 24 hours; the earlier version is kept', async () => {
    const c = (
      await sanne.post(`/api/households/${h}/conversations`, { kind: 'phone', text: 'Eerste versie' })
    ).json()
    t.clock.advance(hours(2))
    sanne = await loginAs(t.app, world.users.worker.email, testPassword)
    const fixed = await sanne.patch(`/api/households/${h}/conversations/${c.id}`, {
      text: 'Verbeterde versie',
    })
    expect(fixed.json()).toMatchObject({ text: 'Verbeterde versie', version: 2 })
    const versions = (await sanne.get(`/api/households/${h}/conversations/${c.id}/versions`)).json()
    expect(versions).toEqual([expect.objectContaining({ version: 1, text: 'Eerste versie' })])
  })

  it('after 24 hours only an addendum can be added (409 says so)', async () => {
    const c = (
      await sanne.post(`/api/households/${h}/conversations`, { kind: 'phone', text: 'Vastgelegd' })
    ).json()
    t.clock.advance(hours(25))
    sanne = await loginAs(t.app, world.users.worker.email, testPassword)
    const late = await sanne.patch(`/api/households/${h}/conversations/${c.id}`, { text: 'Te laat' })
    expect(late.statusCode).toBe(409)
    const addendum = await sanne.post(`/api/households/${h}/conversations/${c.id}/addenda`, {
      text: 'Aanvulling: moeder belde terug.',
    })
    expect(addendum.statusCode).toBe(201)
    expect(addendum.json()).toMatchObject({
      text: 'Vastgelegd',
      addenda: [{ author: 'Sanne de Wit', text: 'Aanvulling: moeder belde terug.' }],
    })
  })

  it("someone else's entry cannot be corrected", async () => {
    const c = (
      await sanne.post(`/api/households/${h}/conversations`, { kind: 'phone', text: 'Van Sanne' })
    ).json()
    const mirjam = await loginAs(t.app, world.users.supervisor.email, testPassword)
    expect(
      (await mirjam.patch(`/api/households/${h}/conversations/${c.id}`, { text: 'Van Mirjam' })).statusCode,
    ).toBe(403)
  })
})

describe('the conversation log', () => {
  it('is newest first, a page at a time, filtered by kind and life domain', async () => {
    const domains = (await sanne.get('/api/life-domains')).json()
    for (let i = 0; i < 7; i++) {
      await sanne.post(`/api/households/${h}/conversations`, {
        kind: i % 2 ? 'phone' : 'home_visit',
        text: `Gesprek ${i}`,
        occurredAt: `2026-11-${String(10 + i).padStart(2, '0')}T10:00:00Z`,
        domainIds: i === 3 ? [domains[1].id] : [],
      })
    }
    const first = (await sanne.get(`/api/households/${h}/conversations?limit=3`)).json()
    expect(first.items.map((c: { text: string }) => c.text)).toEqual(['Gesprek 6', 'Gesprek 5', 'Gesprek 4'])
    const second = (
      await sanne.get(`/api/households/${h}/conversations?limit=3&cursor=${first.nextCursor}`)
    ).json()
    expect(second.items.map((c: { text: string }) => c.text)).toEqual(['Gesprek 3', 'Gesprek 2', 'Gesprek 1'])
    const phones = (await sanne.get(`/api/households/${h}/conversations?kind=phone`)).json()
    expect(phones.items).toHaveLength(3)
    const housing = (await sanne.get(`/api/households/${h}/conversations?domainId=${domains[1].id}`)).json()
    expect(housing.items.map((c: { text: string }) => c.text)).toEqual(['Gesprek 3'])
  })

  it('is not readable for a worker of another team', async () => {
    const other = await loginAs(t.app, world.users.foreignWorker.email, testPassword)
    expect((await other.get(`/api/households/${h}/conversations`)).statusCode).toBe(404)
  })
})

describe('searching', () => {
  it('finds a conversation by a word in it, with a highlighted snippet, also for hyphenated Dutch words', async () => {
    await sanne.post(`/api/households/${h}/conversations`, { kind: 'home_visit', text: visit })
    const result = (await sanne.get(`/api/search?q=${encodeURIComponent('aanmaningen')}`)).json()
    expect(result.hits).toHaveLength(1)
    expect(result.hits[0]).toMatchObject({
      kind: 'conversation',
      householdId: h,
      householdName: 'Familie Jansen',
    })
    expect(
      result.hits[0].snippet.filter((p: { match: boolean }) => p.match).map((p: { text: string }) => p.text),
    ).toEqual(['aanmaningen'])
    const hyphen = (await sanne.get(`/api/search?q=${encodeURIComponent('schuld-hulp')}`)).json()
    expect(hyphen.hits).toHaveLength(1)
    const prefix = (await sanne.get('/api/search?q=aanman')).json()
    expect(prefix.hits).toHaveLength(1)
  })

  it('finds the beginning of a word, also in words that came in through a correction', async () => {
    const logged = (
      await sanne.post(`/api/households/${h}/conversations`, { kind: 'phone', text: 'Belafspraak gemaakt.' })
    ).json()
    await sanne.patch(`/api/households/${h}/conversations/${logged.id}`, {
      text: 'Belafspraak gemaakt over de schuldeisers.',
    })
    const result = (await sanne.get('/api/search?q=schuld')).json()
    expect(result.hits.map((x: { conversationId: number }) => x.conversationId)).toEqual([logged.id])
    expect(result.hits[0].conversationKind).toBe('phone')
    expect(
      result.hits[0].snippet.filter((p: { match: boolean }) => p.match).map((p: { text: string }) => p.text),
    ).toEqual(['schuldeisers'])
  })

  it('puts the best match first, not just the newest', async () => {
    const strong = (
      await sanne.post(`/api/households/${h}/conversations`, {
        kind: 'phone',
        text: 'Budgetplan besproken. Het budgetplan gaat naar de bewindvoerder; budgetplan getekend.',
        occurredAt: '2026-11-20T10:00:00Z',
      })
    ).json()
    const weak = (
      await sanne.post(`/api/households/${h}/conversations`, {
        kind: 'home_visit',
        text: 'Lang huisbezoek over school, werk, de buren, de hond en terloops ook het budgetplan.',
      })
    ).json()
    const result = (await sanne.get('/api/search?q=budgetplan')).json()
    expect(result.hits.map((x: { conversationId: number }) => x.conversationId)).toEqual([strong.id, weak.id])
  })

  it('ranks the most recent 200 matches and says so when there are more', async () => {
    const insert = t.db.$client.prepare(
      `INSERT INTO conversations (household_id, author_id, occurred_at, kind, text, created_at)
       VALUES (?, ?, ?, 'phone', ?, ?)`,
    )
    t.db.$client.transaction(() => {
      for (let i = 0; i < 205; i++) {
        const at = new Date(Date.UTC(2026, 5, 1) + i * 3_600_000).toISOString()
        insert.run(h, world.users.worker.id, at, `Telefoontje ${i} over de huurachterstand.`, at)
      }
    })()
    const first = (await sanne.get('/api/search?q=huurachterstand&limit=50')).json()
    expect(first.hits).toHaveLength(50)
    expect(first.capped).toBe(true)
    const last = (await sanne.get('/api/search?q=huurachterstand&limit=50&offset=150')).json()
    expect(last.hits).toHaveLength(50)
    expect(last.nextOffset).toBeNull()
    const few = (await sanne.get('/api/search?q=telefoontje 7')).json()
    expect(few.capped).toBe(false)
  })

  it('finds households by name', async () => {
    const result = (await sanne.get('/api/search?q=jansen')).json()
    expect(result.hits[0]).toMatchObject({ kind: 'household', householdId: h })
  })

  it("never finds another team's households or conversations, and never a colleague's case", async () => {
    const joost = await loginAs(t.app, world.users.otherWorker.email, testPassword)
    await joost.post(`/api/households/${world.households.sameTeamOther.id}/conversations`, {
      kind: 'phone',
      text: 'aanmaningen bij Bakker',
    })
    const anouk = await loginAs(t.app, world.users.foreignWorker.email, testPassword)
    await anouk.post(`/api/households/${world.households.foreign.id}/conversations`, {
      kind: 'phone',
      text: 'aanmaningen bij Visser',
    })
    await sanne.post(`/api/households/${h}/conversations`, { kind: 'home_visit', text: visit })

    const mine = (await sanne.get('/api/search?q=aanmaningen')).json()
    expect(mine.hits.map((x: { householdId: number }) => x.householdId)).toEqual([h])
    expect((await sanne.get('/api/search?q=visser')).json().hits).toEqual([])
    const supervisor = await loginAs(t.app, world.users.supervisor.email, testPassword)
    const team = (await supervisor.get('/api/search?q=aanmaningen')).json()
    expect(team.hits.map((x: { householdId: number }) => x.householdId).sort()).toEqual(
      [h, world.households.sameTeamOther.id].sort(),
    )
  })

  it("finds only a worker's own cases for words and names that are common elsewhere, as for rare ones", async () => {
    // Common words and names are searched with the scope in the full-text query, rare ones are filtered by the
    // worker's cases: both ways must keep to the same cases.
    const insert = t.db.$client.prepare(
      `INSERT INTO conversations (household_id, author_id, occurred_at, kind, text, created_at)
       VALUES (?, ?, ?, 'phone', ?, ?)`,
    )
    t.db.$client.transaction(() => {
      for (let i = 0; i < filterByCaseBelow + 50; i++) {
        const at = new Date(Date.UTC(2026, 5, 1) + i * 60_000).toISOString()
        insert.run(
          world.households.foreign.id,
          world.users.foreignWorker.id,
          at,
          `Vaak: aanmaningen ${i}.`,
          at,
        )
      }
      const at = '2026-11-01T10:00:00.000Z'
      insert.run(
        world.households.foreign.id,
        world.users.foreignWorker.id,
        at,
        'Ook hier: kwijtschelding.',
        at,
      )
    })()
    rebuildSearchWords(t.db)
    for (let i = 0; i < filterByCaseBelow + 50; i++)
      createHousehold(t.db, {
        teamId: world.teamB.id,
        neighbourhoodId: world.wijkB.id,
        name: `Familie Jansen ${i}`,
      })
    await sanne.post(`/api/households/${h}/conversations`, { kind: 'home_visit', text: visit })
    await sanne.post(`/api/households/${h}/conversations`, {
      kind: 'phone',
      text: 'Zeldzaam woord: kwijtschelding',
    })

    const common = (await sanne.get('/api/search?q=aanmaningen')).json()
    expect(common.hits.map((x: { householdId: number }) => x.householdId)).toEqual([h])
    const rare = (await sanne.get('/api/search?q=kwijtschelding')).json()
    expect(rare.hits.map((x: { householdId: number }) => x.householdId)).toEqual([h])
    const commonName = (await sanne.get('/api/search?q=jansen')).json()
    expect(commonName.hits.filter((x: { kind: string }) => x.kind === 'household')).toEqual([
      expect.objectContaining({ householdId: h }),
    ])
    const rareName = (await sanne.get('/api/search?q=bakker')).json()
    expect(rareName.hits).toEqual([])
  })

  it('a household that moves to another team takes its conversations along in search', async () => {
    const moved = createHousehold(t.db, {
      teamId: world.teamA.id,
      neighbourhoodId: world.wijkA.id,
      name: 'Familie Verhuisd',
    })
    assignWorker(t.db, moved.id, world.users.worker.id)
    await sanne.post(`/api/households/${moved.id}/conversations`, {
      kind: 'phone',
      text: 'verhuisbericht ontvangen',
    })
    t.db.$client.prepare('UPDATE households SET team_id = ? WHERE id = ?').run(world.teamB.id, moved.id)
    const peter = await loginAs(t.app, world.users.foreignSupervisor.email, testPassword)
    expect((await peter.get('/api/search?q=verhuisbericht')).json().hits).toHaveLength(1)
    const mirjam = await loginAs(t.app, world.users.supervisor.email, testPassword)
    expect((await mirjam.get('/api/search?q=verhuisbericht')).json().hits).toHaveLength(0)
  })

  it.each(['"', 'AND', 'NEAR(', '*', "o'brien", 'a OR b', '-'])(
    'odd input %j never breaks the search',
    async (q) => {
      const res = await sanne.get(`/api/search?q=${encodeURIComponent(q)}`)
      expect(res.statusCode).toBe(200)
    },
  )

  it('is recorded in the audit trail without the search terms', async () => {
    await sanne.get('/api/search?q=aanmaningen')
    const rows = JSON.stringify(
      t.db.$client.prepare("SELECT * FROM audit_events WHERE operation = 'search'").all(),
    )
    expect(rows).toContain(`"actor_id":${world.users.worker.id}`)
    expect(rows).not.toContain('aanmaningen')
  })

  it('household members and administrators cannot search case files', async () => {
    for (const email of [world.users.resident.email, world.users.admin.email]) {
      const c = await loginAs(t.app, email, testPassword)
      expect((await c.get('/api/search?q=jansen')).statusCode).toBe(403)
    }
  })
})
