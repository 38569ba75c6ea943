import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { LightMyRequestResponse } from 'fastify'
import { buildTestApp, loginAs, type Client, type TestApp } from '../support/build-app.ts'
import { createHousehold, createNeighbourhood, createWorld, testPassword } from '../support/factories.ts'
import {
  analyses,
  analysisCells,
  caseThemes,
  expertises,
  requests,
  themes,
  triageVersions,
} from '../../server/src/db/schema/index.ts'

let t: TestApp
let world: Awaited<ReturnType<typeof createWorld>>
let sanne: Client
let mirjam: Client
/** Team A's three neighbourhoods (the world's own one renamed), and team B's. */
let bloemen: number
let centrum: number
let haven: number
let foreignWijk: number

beforeEach(async () => {
  t = await buildTestApp({ now: '2026-11-23T09:00:00Z' })
  world = await createWorld(t.db)
  t.db.$client.prepare("UPDATE neighbourhoods SET name = 'Bloemenbuurt' WHERE id = ?").run(world.wijkA.id)
  t.db.$client.prepare("UPDATE neighbourhoods SET name = 'Buitenwijk' WHERE id = ?").run(world.wijkB.id)
  bloemen = world.wijkA.id
  centrum = createNeighbourhood(t.db, world.teamA.id, { name: 'Centrum' }).id
  haven = createNeighbourhood(t.db, world.teamA.id, { name: 'Havenkwartier' }).id
  foreignWijk = world.wijkB.id
  sanne = await loginAs(t.app, world.users.worker.email, testPassword)
  mirjam = await loginAs(t.app, world.users.supervisor.email, testPassword)
})
afterEach(() => t.close())

const count = (table: string) =>
  (t.db.$client.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n

/** `n` new households in a neighbourhood (of team A unless said otherwise). */
function households(n: number, neighbourhoodId: number, teamId = world.teamA.id) {
  return Array.from({ length: n }, () => createHousehold(t.db, { teamId, neighbourhoodId }))
}

function expertise(name: string) {
  return t.db.insert(expertises).values({ name, createdAt: '2026-01-01T00:00:00.000Z' }).returning().get().id
}

function request(householdId: number, receivedOn: string, teamId = world.teamA.id) {
  return t.db
    .insert(requests)
    .values({
      teamId,
      householdId,
      source: 'resident',
      receivedOn,
      question: 'Hulp gevraagd',
      householdKnows: 'yes',
      registeredBy: world.users.worker.id,
      registeredAt: `${receivedOn}T09:00:00.000Z`,
    })
    .returning()
    .get().id
}

function triage(
  requestId: number,
  householdId: number,
  values: { version?: number; expertiseIds?: number[]; route?: string; at?: string } = {},
) {
  t.db
    .insert(triageVersions)
    .values({
      requestId,
      householdId,
      version: values.version ?? 1,
      urgency: 'regular',
      safetyAnswer: 'no',
      expertiseIds: JSON.stringify(values.expertiseIds ?? []),
      route: (values.route ?? 'team') as 'team',
      routeReasoning: 'Afgewogen in het triageoverleg.',
      createdBy: world.users.worker.id,
      createdAt: values.at ?? '2026-11-02T10:00:00.000Z',
    })
    .run()
}

/** A broad view of a household with one score per listed domain, for its first member. */
function analysis(
  household: ReturnType<typeof households>[number],
  at: string,
  scores: [domainId: number, score: number][],
) {
  const id = t.db
    .insert(analyses)
    .values({ householdId: household.id, createdBy: world.users.worker.id, createdAt: at })
    .returning()
    .get().id
  for (const [domainId, score] of scores)
    t.db
      .insert(analysisCells)
      .values({ analysisId: id, personId: household.members[0]!.id, domainId, score })
      .run()
}

function domainId(nameNl: string) {
  return (t.db.$client.prepare('SELECT id FROM life_domains WHERE name_nl = ?').get(nameNl) as { id: number })
    .id
}

/** No household's name or id in a reply about the neighbourhoods. */
function expectNoHouseholds(res: LightMyRequestResponse) {
  expect(res.body).not.toMatch(/Familie|household/i)
  const names = t.db.$client.prepare('SELECT name FROM households').all() as { name: string }[]
  for (const { name } of names) expect(res.body).not.toContain(name)
  const people = t.db.$client.prepare('SELECT given_name, family_name FROM persons').all() as {
    given_name: string
    family_name: string
  }[]
  for (const p of people) expect(res.body).not.toContain(p.family_name)
}

const figures = (client: Client, quarter?: string) =>
  client.get(`/api/neighbourhood-themes${quarter ? `?quarter=${quarter}` : ''}`)

describe('neighbourhood figures', () => {
  it('counts households with a request in the quarter per theme of the newest triage, under 5 suppressed with complementary cells', async () => {
    const opvoeding = expertise('Opvoedondersteuning')
    const schulden = expertise('Schuldhulpverlening')
    const receivedAndTriaged = (list: { id: number }[], expertiseIds: number[]) =>
      list.forEach((h) => triage(request(h.id, '2026-10-15'), h.id, { expertiseIds }))
    const untriaged = (list: { id: number }[]) => list.forEach((h) => request(h.id, '2026-11-01'))

    // Bloemenbuurt: 5 about parenting (exactly 5: shown), 9 about debts, 10 not triaged yet.
    const bloemenParenting = households(5, bloemen)
    receivedAndTriaged(bloemenParenting.slice(1), [opvoeding])
    // …one of them was triaged for debts first, and re-triaged for parenting: the newest triage counts.
    const retriaged = request(bloemenParenting[0]!.id, '2026-12-31')
    triage(retriaged, bloemenParenting[0]!.id, { expertiseIds: [schulden] })
    triage(retriaged, bloemenParenting[0]!.id, { version: 2, expertiseIds: [opvoeding] })
    const bloemenDebts = households(9, bloemen)
    receivedAndTriaged(bloemenDebts, [schulden])
    // A household with two requests on the same theme counts once.
    triage(request(bloemenDebts[0]!.id, '2026-11-20'), bloemenDebts[0]!.id, { expertiseIds: [schulden] })
    untriaged(households(10, bloemen))
    // Centrum: 12 parenting, 7 debts, 8 not triaged.
    receivedAndTriaged(households(12, centrum), [opvoeding])
    receivedAndTriaged(households(7, centrum), [schulden])
    untriaged(households(8, centrum))
    // Havenkwartier: 11 parenting, exactly 4 debts (suppressed), 6 not triaged.
    receivedAndTriaged(households(11, haven), [opvoeding])
    receivedAndTriaged(households(4, haven), [schulden])
    untriaged(households(6, haven))
    // Outside the quarter: the day before it and the day after.
    const outside = households(2, haven)
    request(outside[0]!.id, '2026-09-30')
    request(outside[1]!.id, '2027-01-01')

    const res = await figures(sanne, '2026-Q4')
    expect(res.statusCode, res.body).toBe(200)
    const body = res.json()
    expect(body.quarter).toBe('2026-Q4')
    expect(body.quarters).toEqual(['2027-Q1', '2026-Q4', '2026-Q3'])
    expect(body.requestsByTheme).toEqual({
      columns: [
        { kind: 'expertise', name: 'Opvoedondersteuning' },
        { kind: 'expertise', name: 'Schuldhulpverlening' },
        { kind: 'untriaged' },
      ],
      rows: [
        { neighbourhood: 'Bloemenbuurt', counts: [5, 9, 10], total: 24 },
        // Centrum's 7 and 8 are hidden because of Havenkwartier's 4: in its column, and in the column of the
        // cell hidden beside it (Havenkwartier's 6).
        { neighbourhood: 'Centrum', counts: [12, '<5', '<5'], total: 27 },
        { neighbourhood: 'Havenkwartier', counts: [11, '<5', '<5'], total: 21 },
      ],
      columnTotals: [28, 20, 24],
      total: 72,
    })
    expectNoHouseholds(res)
  })

  it('counts triage routes by the newest triage of the quarter, with the quarter in Dutch time', async () => {
    const triaged = (list: { id: number }[], route: string, at = '2026-11-02T10:00:00.000Z') =>
      list.forEach((h) => triage(request(h.id, '2026-09-20'), h.id, { route, at }))
    triaged(households(6, bloemen), 'team')
    triaged(households(7, bloemen), 'referral')
    const centrumTeam = households(8, centrum)
    triaged(centrumTeam.slice(1), 'team')
    triaged(households(9, centrum), 'referral')
    // Triaged at 23:30 on 30 September Dutch time (crisis), re-triaged at 00:30 on 1 October (team).
    const acrossMidnight = request(centrumTeam[0]!.id, '2026-09-30')
    triage(acrossMidnight, centrumTeam[0]!.id, { route: 'crisis', at: '2026-09-30T21:30:00.000Z' })
    triage(acrossMidnight, centrumTeam[0]!.id, {
      version: 2,
      route: 'team',
      at: '2026-09-30T22:30:00.000Z',
    })
    const havenTeam = households(5, haven)
    triaged(havenTeam.slice(1), 'team')
    // Crisis first, then the team: only the newest of the quarter counts.
    const changed = request(havenTeam[0]!.id, '2026-10-02')
    triage(changed, havenTeam[0]!.id, { route: 'crisis', at: '2026-10-03T10:00:00.000Z' })
    triage(changed, havenTeam[0]!.id, { version: 2, route: 'team', at: '2026-10-04T10:00:00.000Z' })
    triaged(households(4, haven), 'referral')

    const q4 = (await figures(mirjam, '2026-Q4')).json()
    expect(q4.triageRoutes).toEqual({
      columns: [
        { kind: 'route', route: 'team' },
        { kind: 'route', route: 'referral' },
      ],
      rows: [
        { neighbourhood: 'Bloemenbuurt', counts: ['<5', '<5'], total: 13 },
        { neighbourhood: 'Centrum', counts: [8, 9], total: 17 },
        { neighbourhood: 'Havenkwartier', counts: ['<5', '<5'], total: 9 },
      ],
      columnTotals: [19, 20],
      total: 39,
    })
    // In the third quarter the one triage before midnight: a crisis in Centrum.
    const q3 = (await figures(mirjam, '2026-Q3')).json()
    expect(q3.triageRoutes).toEqual({
      columns: [{ kind: 'route', route: 'crisis' }],
      rows: [
        { neighbourhood: 'Bloemenbuurt', counts: ['<5'], total: '<5' },
        { neighbourhood: 'Centrum', counts: ['<5'], total: '<5' },
        { neighbourhood: 'Havenkwartier', counts: ['<5'], total: '<5' },
      ],
      columnTotals: ['<5'],
      total: '<5',
    })
    expect(q4.quarters).toEqual(['2026-Q4', '2026-Q3'])
  })

  it('counts households whose newest broad view of the quarter scored a member 1 or 2 on a life domain', async () => {
    const income = domainId('Inkomen & schulden')
    const housing = domainId('Wonen')
    const bloemenHouseholds = households(5, bloemen)
    bloemenHouseholds.forEach((h) => analysis(h, '2026-11-10T10:00:00.000Z', [[income, 2]]))
    // An earlier broad view of the quarter scored housing 1: only the newest of the quarter counts.
    analysis(bloemenHouseholds[0]!, '2026-10-05T10:00:00.000Z', [[housing, 1]])
    // Centrum: six broad views without a 1 or 2: in the total only.
    households(6, centrum).forEach((h) =>
      analysis(h, '2026-11-10T10:00:00.000Z', [
        [income, 4],
        [housing, 3],
      ]),
    )
    households(4, haven).forEach((h) => analysis(h, '2026-12-01T10:00:00.000Z', [[income, 1]]))

    const body = (await figures(sanne)).json()
    expect(body.quarter).toBe('2026-Q4')
    expect(body.lifeDomains).toEqual({
      columns: [{ kind: 'lifeDomain', nameNl: 'Inkomen & schulden', nameEn: 'Income & debts' }],
      rows: [
        { neighbourhood: 'Bloemenbuurt', counts: [5], total: 5 },
        // Centrum's 0 leaves one hidden cell in its row: its total (6) is hidden with it.
        { neighbourhood: 'Centrum', counts: ['<5'], total: '<5' },
        { neighbourhood: 'Havenkwartier', counts: ['<5'], total: '<5' },
      ],
      columnTotals: [9],
      total: 15,
    })
  })

  it('shows another team nothing of these neighbourhoods, and this team nothing of the other', async () => {
    const schulden = expertise('Schuldhulpverlening')
    households(6, bloemen).forEach((h) =>
      triage(request(h.id, '2026-10-15'), h.id, { expertiseIds: [schulden] }),
    )
    households(7, foreignWijk, world.teamB.id).forEach((h) =>
      triage(request(h.id, '2025-02-15', world.teamB.id), h.id, {
        route: 'referral',
        at: '2025-02-16T10:00:00.000Z',
      }),
    )
    const mine = await figures(sanne, '2026-Q4')
    expect(mine.body).not.toContain('Buitenwijk')
    expect(mine.json().quarters).toEqual(['2026-Q4'])
    expect(mine.json().requestsByTheme.total).toBe(6)

    const peter = await loginAs(t.app, world.users.foreignSupervisor.email, testPassword)
    const theirs = await figures(peter, '2026-Q4')
    expect(theirs.statusCode).toBe(200)
    for (const name of ['Bloemenbuurt', 'Centrum', 'Havenkwartier', 'Schuldhulpverlening'])
      expect(theirs.body).not.toContain(name)
    expect(theirs.json().quarters).toEqual(['2025-Q1'])
    expect(theirs.json().requestsByTheme).toEqual({
      columns: [],
      rows: [{ neighbourhood: 'Buitenwijk', counts: [], total: '<5' }],
      columnTotals: [],
      total: '<5',
    })
  })

  it('refuses a quarter that is not one, with a field error', async () => {
    for (const quarter of ['2026-Q5', '2026-4', 'Q4-2026']) {
      const res = await figures(sanne, quarter)
      expect(res.statusCode, quarter).toBe(400)
      expect(res.json().fieldErrors.quarter).toBe('Kies een kwartaal, bijvoorbeeld 2026-Q4.')
    }
  })

  it('is for workers and supervisors: an administrator and a household member are refused', async () => {
    const admin = await loginAs(t.app, world.users.admin.email, testPassword)
    const fatima = await loginAs(t.app, world.users.resident.email, testPassword)
    for (const client of [admin, fatima]) {
      expect((await figures(client)).statusCode).toBe(403)
      expect((await client.get('/api/themes')).statusCode).toBe(403)
    }
  })

  it('records who looked at the figures, with the quarter and without a household', async () => {
    await figures(sanne, '2026-Q3')
    const events = t.db.$client
      .prepare(
        "SELECT actor_id, household_id, object_id FROM audit_events WHERE operation = 'themes.neighbourhood'",
      )
      .all()
    expect(events).toEqual([{ actor_id: world.users.worker.id, household_id: null, object_id: '2026-Q3' }])
  })
})

describe('recurring themes', () => {
  const url = (householdId: number, themeId?: number) =>
    `/api/households/${householdId}/themes${themeId ? `/${themeId}` : ''}`
  const untag = (client: Client, householdId: number, themeId: number) =>
    client.request({ method: 'DELETE', url: url(householdId, themeId), payload: {} })

  it('tags a case with a theme, reuses a theme whatever its capitals, refuses it twice, and removes it', async () => {
    const own = world.households.own.id
    expect((await sanne.get(url(own))).json()).toEqual([])

    const tagged = await sanne.post(url(own), { name: '  Energiearmoede ' })
    expect(tagged.statusCode, tagged.body).toBe(201)
    expect(tagged.json()).toEqual({
      id: expect.any(Number),
      name: 'Energiearmoede',
      taggedBy: 'Sanne de Wit',
      taggedAt: '2026-11-23T09:00:00.000Z',
    })
    const themeId = tagged.json().id

    const twice = await sanne.post(url(own), { name: 'ENERGIEARMOEDE' })
    expect(twice.statusCode).toBe(409)
    expect(twice.json().message).toBe('Deze casus is al gekoppeld aan het thema ‘Energiearmoede’.')

    // Another case of the team, by the supervisor: another wording is another theme (spaces inside are made
    // single), the same wording in other capitals is the same theme.
    const other = await mirjam.post(url(world.households.sameTeamOther.id), { name: 'energie  armoede' })
    expect(other.statusCode).toBe(201)
    expect(other.json().name).toBe('energie armoede')
    const again = await mirjam.post(url(world.households.sameTeamOther.id), { name: 'energiearmoede' })
    expect(again.statusCode).toBe(201)
    expect(again.json().id).toBe(themeId)
    expect(count('themes')).toBe(2)

    expect((await sanne.get(url(own))).json()).toEqual([tagged.json()])
    expect((await untag(sanne, own, themeId)).statusCode).toBe(204)
    expect((await sanne.get(url(own))).json()).toEqual([])
    // Removed meanwhile by a colleague: the case is as asked.
    expect((await untag(sanne, own, themeId)).statusCode).toBe(204)
    expect(count('case_themes')).toBe(2)

    const operations = t.db.$client
      .prepare(
        "SELECT operation, outcome, household_id AS householdId FROM audit_events WHERE operation LIKE 'theme.%' ORDER BY id",
      )
      .all()
    expect(operations).toEqual([
      { operation: 'theme.list', outcome: 'allowed', householdId: own },
      { operation: 'theme.tag', outcome: 'allowed', householdId: own },
      { operation: 'theme.tag', outcome: 'failed', householdId: own },
      { operation: 'theme.tag', outcome: 'allowed', householdId: world.households.sameTeamOther.id },
      { operation: 'theme.tag', outcome: 'allowed', householdId: world.households.sameTeamOther.id },
      { operation: 'theme.list', outcome: 'allowed', householdId: own },
      { operation: 'theme.untag', outcome: 'allowed', householdId: own },
      { operation: 'theme.list', outcome: 'allowed', householdId: own },
      { operation: 'theme.untag', outcome: 'allowed', householdId: own },
    ])
  })

  it('refuses an empty theme with a field error', async () => {
    const res = await sanne.post(url(world.households.own.id), { name: '   ' })
    expect(res.statusCode).toBe(400)
    expect(res.json().fieldErrors.name).toBeTruthy()
    expect(count('themes')).toBe(0)
  })

  it('is not reachable for a worker of another team: 404 on tagging, listing and removing', async () => {
    const own = world.households.own.id
    const tagged = (await sanne.post(url(own), { name: 'Eenzaamheid' })).json()
    const anouk = await loginAs(t.app, world.users.foreignWorker.email, testPassword)
    expect((await anouk.post(url(own), { name: 'Eenzaamheid bij ouderen' })).statusCode).toBe(404)
    expect((await anouk.get(url(own))).statusCode).toBe(404)
    expect((await untag(anouk, own, tagged.id)).statusCode).toBe(404)
    expect(count('themes')).toBe(1)
    expect(count('case_themes')).toBe(1)
  })

  it('lists the team’s themes with households per neighbourhood, suppressed, without households', async () => {
    const theme = (name: string) =>
      t.db
        .insert(themes)
        .values({
          name,
          nameKey: name.toLowerCase(),
          createdBy: world.users.worker.id,
          createdAt: '2026-11-01',
        })
        .returning()
        .get().id
    const tag = (themeId: number, list: { id: number }[]) =>
      list.forEach((h) =>
        t.db
          .insert(caseThemes)
          .values({ householdId: h.id, themeId, taggedBy: world.users.worker.id, taggedAt: '2026-11-01' })
          .run(),
      )
    const lonely = theme('Eenzaamheid')
    const energy = theme('Energiearmoede')
    tag(lonely, households(6, bloemen))
    tag(lonely, households(7, centrum))
    tag(energy, households(5, bloemen))
    tag(energy, households(4, haven))
    // Another team's theme and tags never show here.
    tag(theme('Jeugdoverlast'), households(8, foreignWijk, world.teamB.id))

    const res = await sanne.get('/api/themes')
    expect(res.statusCode, res.body).toBe(200)
    expect(res.json()).toEqual({
      neighbourhoods: ['Bloemenbuurt', 'Centrum', 'Havenkwartier'],
      themes: [
        { id: lonely, name: 'Eenzaamheid', counts: ['<5', 7, '<5'], total: 13 },
        { id: energy, name: 'Energiearmoede', counts: ['<5', '<5', '<5'], total: 9 },
      ],
      neighbourhoodTotals: [11, '<5', '<5'],
      total: 22,
    })
    expect(res.body).not.toContain('Jeugdoverlast')
    expectNoHouseholds(res)
  })
})
