import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { buildTestApp, client, loginAs, type Client, type TestApp } from '../support/build-app.ts'
import { createWorld, testPassword } from '../support/factories.ts'

/**
 * The access matrix: every role against its own household, another household of the same team, and a household
 * of another team, for every endpoint so far. A denied household read answers 404, never 403, so ids cannot be
 * probed; a role-only denial answers 403.
 */
type Who = 'worker' | 'supervisor' | 'household' | 'admin'
type Target = 'own' | 'sameTeam' | 'foreign'

let t: TestApp
let world: Awaited<ReturnType<typeof createWorld>>
const clients = {} as Record<Who, Client>

beforeAll(async () => {
  t = await buildTestApp()
  world = await createWorld(t.db)
  clients.worker = await loginAs(t.app, world.users.worker.email, testPassword)
  clients.supervisor = await loginAs(t.app, world.users.supervisor.email, testPassword)
  clients.household = await loginAs(t.app, world.users.resident.email, testPassword)
  clients.admin = await loginAs(t.app, world.users.admin.email, testPassword)
})
afterAll(() => t.close())

const householdId = (target: Target) =>
  ({
    own: world.households.own.id,
    sameTeam: world.households.sameTeamOther.id,
    foreign: world.households.foreign.id,
  })[target]

const householdRoutes: {
  name: string
  url: (id: number) => string
  expected: Record<Who, Record<Target, number>>
}[] = [
  {
    name: 'the household page',
    url: (id) => `/api/households/${id}`,
    expected: {
      worker: { own: 200, sameTeam: 404, foreign: 404 },
      supervisor: { own: 200, sameTeam: 200, foreign: 404 },
      household: { own: 404, sameTeam: 404, foreign: 404 },
      admin: { own: 404, sameTeam: 404, foreign: 404 },
    },
  },
  {
    name: "the household's own page",
    url: (id) => `/api/households/${id}/portal`,
    expected: {
      worker: { own: 404, sameTeam: 404, foreign: 404 },
      supervisor: { own: 404, sameTeam: 404, foreign: 404 },
      household: { own: 200, sameTeam: 404, foreign: 404 },
      admin: { own: 404, sameTeam: 404, foreign: 404 },
    },
  },
]

describe.each(householdRoutes)('$name', ({ url, expected }) => {
  for (const who of ['worker', 'supervisor', 'household', 'admin'] as const) {
    for (const target of ['own', 'sameTeam', 'foreign'] as const) {
      it(`a ${who} opening the ${target} household gets ${expected[who][target]}`, async () => {
        const res = await clients[who].get(url(householdId(target)))
        expect(res.statusCode, res.body).toBe(expected[who][target])
      })
    }
  }
  it('someone not logged in gets 401', async () => {
    expect((await client(t.app).get(url(householdId('own')))).statusCode).toBe(401)
  })
  it('a household that does not exist answers exactly like one the user may not open', async () => {
    const missing = await clients.worker.get(url(987654))
    const forbidden = await clients.worker.get(url(householdId('foreign')))
    expect(missing.statusCode).toBe(404)
    expect(missing.json()).toEqual(forbidden.json())
  })
})

const roleRoutes: {
  name: string
  method: 'GET' | 'POST' | 'PATCH'
  url: string
  body?: unknown
  allowed: Who
  ok: number
}[] = [
  { name: 'my caseload', method: 'GET', url: '/api/caseload', allowed: 'worker', ok: 200 },
  {
    name: "the team's households",
    method: 'GET',
    url: '/api/team/households',
    allowed: 'supervisor',
    ok: 200,
  },
  { name: 'the list of teams', method: 'GET', url: '/api/admin/teams', allowed: 'admin', ok: 200 },
  {
    name: 'the list of neighbourhoods',
    method: 'GET',
    url: '/api/admin/neighbourhoods',
    allowed: 'admin',
    ok: 200,
  },
  { name: 'the list of users', method: 'GET', url: '/api/admin/users', allowed: 'admin', ok: 200 },
  {
    name: 'creating a team',
    method: 'POST',
    url: '/api/admin/teams',
    body: { name: 'Wijkteam Oost' },
    allowed: 'admin',
    ok: 201,
  },
]

describe.each(roleRoutes)('$name', ({ method, url, body, allowed, ok }) => {
  for (const who of ['worker', 'supervisor', 'household', 'admin'] as const) {
    const status = who === allowed ? ok : 403
    it(`a ${who} gets ${status}`, async () => {
      const res = await clients[who].request({ method, url, payload: body as object | undefined })
      expect(res.statusCode, res.body).toBe(status)
    })
  }
})

describe('admin actions on users are for administrators only', () => {
  it.each(['worker', 'supervisor', 'household'] as const)(
    'a %s cannot create, move or deactivate users',
    async (who) => {
      const c = clients[who]
      const create = await c.post('/api/admin/users', {
        name: 'Nieuw',
        email: 'nieuw@voorbeeld.nl',
        role: 'admin',
        teamId: null,
        initialPassword: 'een-lang-wachtwoord',
      })
      expect(create.statusCode).toBe(403)
      expect(
        (await c.patch(`/api/admin/users/${world.users.worker.id}`, { teamId: world.teamB.id })).statusCode,
      ).toBe(403)
      expect((await c.post(`/api/admin/users/${world.users.otherWorker.id}/deactivate`, {})).statusCode).toBe(
        403,
      )
    },
  )
})

describe('what each list shows', () => {
  it("a worker's caseload holds only the households assigned to them", async () => {
    const items = (await clients.worker.get('/api/caseload')).json().items as { id: number }[]
    expect(items.map((i) => i.id)).toEqual([world.households.own.id])
  })

  it("a supervisor sees every household of their team, and who holds it, and none of another team's", async () => {
    const items = (await clients.supervisor.get('/api/team/households')).json().items as {
      id: number
      workers: { name: string }[]
    }[]
    expect(items.map((i) => i.id).sort()).toEqual(
      [world.households.own.id, world.households.sameTeamOther.id].sort(),
    )
    expect(items.find((i) => i.id === world.households.own.id)!.workers.map((w) => w.name)).toEqual([
      'Sanne de Wit',
    ])
  })

  it('an ended assignment takes the household off the caseload', async () => {
    t.db.$client
      .prepare("UPDATE case_assignments SET ended_at = '2026-11-01T00:00:00Z' WHERE worker_id = ?")
      .run(world.users.otherWorker.id)
    const joost = await loginAs(t.app, world.users.otherWorker.email, testPassword)
    expect((await joost.get('/api/caseload')).json().items).toEqual([])
    expect((await joost.get(`/api/households/${world.households.sameTeamOther.id}`)).statusCode).toBe(404)
  })
})
