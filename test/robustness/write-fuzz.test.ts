import fc from 'fast-check'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { buildTestApp, client, loginAs, type Client, type TestApp } from '../support/build-app.ts'
import { createPlanVersion, createUser, createWorld, testPassword } from '../support/factories.ts'
import {
  analyses,
  caseReflections,
  caseThemes,
  consents,
  conversations,
  involvedProfessionals,
  meldcodeTrajectories,
  networkMembers,
  organisations,
  safetyConditions,
  safetySignals,
  themes,
} from '../../server/src/db/schema/index.ts'
import {
  caseTables,
  changedTables,
  fingerprint,
  fuzzBody,
  hostileSegments,
  writeRoutes,
  type WriteRoute,
} from './support.ts'

/**
 * Every write route of every route table gets bodies no form would send: wrong types, missing and extra fields,
 * huge strings, unicode, SQL and HTML fragments, broken JSON. The server must answer without a 5xx, and a refused
 * request must leave every case table as it was. NAAST_FUZZ_RUNS=500 runs many more bodies per route.
 */
const runs = Number(process.env.NAAST_FUZZ_RUNS ?? 15)
const seed = process.env.NAAST_FUZZ_SEED ? Number(process.env.NAAST_FUZZ_SEED) : undefined

type Who = 'worker' | 'supervisor' | 'household' | 'admin' | 'anonymous'

/** The public log-in steps: fuzzed without a session, as someone on the log-in page would reach them. */
const publicRoutes = new Set(['auth.login', 'auth.loginSecondFactor', 'auth.loginEnrol', 'auth.activate'])

/** A role that may use the route: the fuzz should reach the body validation and the service, not a refusal. */
function whoFor(route: WriteRoute): Who {
  if (publicRoutes.has(route.name)) return 'anonymous'
  if (route.spec.path.startsWith('/api/admin/')) return 'admin'
  if (route.spec.path.includes('/portal/')) return 'household'
  if (route.name === 'requests.assignTriage') return 'supervisor' // request:assign
  return 'worker'
}

type World = Awaited<ReturnType<typeof createWorld>>
let t: TestApp
let world: World
const clients = {} as Record<Who, Client>
/** Each caller its own address, so the log-in throttle of one (wrong codes count) never blocks another. */
const addressOf: Record<Who, string> = {
  worker: '10.0.0.1',
  supervisor: '10.0.0.2',
  household: '10.0.0.3',
  admin: '10.0.0.4',
  anonymous: '10.0.0.5',
}
let params: Record<string, string | number> = {}
let tables: string[] = []
let last: Map<string, string>
const fuzzed = new Set<string>()
const tally = { requests: 0, accepted: 0 }

/** Real ids of the world for every path parameter; an id that does not exist (a 404) is fine where noted. */
function urlFor(route: WriteRoute, override?: { key: string; segment: string }): string {
  const perRoute: Record<string, Record<string, string | number>> = {
    // Emergency access is for a household the asker has no relationship with.
    'emergencyAccess.start': { householdId: world.households.foreign.id },
    'emergencyAccess.end': { householdId: world.households.foreign.id },
    // Parental authority and a minor's view of the plan are about a child.
    'members.setAuthority': { personId: params.childId! },
    'plans.recordMinorView': { personId: params.childId! },
  }
  return route.spec.path.replace(/:(\w+)/g, (_, key: string) =>
    override?.key === key
      ? override.segment
      : encodeURIComponent(String(perRoute[route.name]?.[key] ?? params[key])),
  )
}

function ownHouseholdFixtures(db: TestApp['db'], w: World) {
  const householdId = w.households.own.id
  const workerId = w.users.worker.id
  const at = '2026-11-01T09:00:00.000Z'
  const insert = <T extends { id: number }>(query: { returning: () => { get: () => T } }) =>
    query.returning().get().id
  const organisationId = insert(db.insert(organisations).values({ name: 'GGZ Voorbeeld', createdAt: at }))
  const signal = () =>
    insert(
      db.insert(safetySignals).values({
        householdId,
        observation: 'Kind huilde bij het ophalen.',
        observedBy: 'Juf',
        observedOn: '2026-11-01',
        source: 'school',
        raisedBy: workerId,
        raisedAt: at,
      }),
    )
  const themeId = insert(
    db.insert(themes).values({ name: 'Schulden', nameKey: 'schulden', createdBy: workerId, createdAt: at }),
  )
  db.insert(caseThemes).values({ householdId, themeId, taggedBy: workerId, taggedAt: at }).run()
  createPlanVersion(db, {
    householdId,
    createdBy: workerId,
    actionOwnerPersonId: w.households.own.members[0]!.id,
    createdAt: at,
  })
  return {
    householdId,
    personId: w.households.own.members[0]!.id,
    childId: w.households.own.members[1]!.id,
    conversationId: insert(
      db.insert(conversations).values({
        householdId,
        authorId: workerId,
        occurredAt: at,
        kind: 'phone',
        text: 'Gebeld.',
        createdAt: at,
      }),
    ),
    analysisId: insert(db.insert(analyses).values({ householdId, createdBy: workerId, createdAt: at })),
    networkMemberId: insert(
      db.insert(networkMembers).values({ householdId, name: 'Oma', relation: 'grootmoeder', createdAt: at }),
    ),
    professionalId: insert(
      db
        .insert(involvedProfessionals)
        .values({ householdId, organisationId, contactPerson: 'Els', createdAt: at }),
    ),
    consentId: insert(
      db.insert(consents).values({
        householdId,
        subjectPersonId: w.households.own.members[0]!.id,
        giverKind: 'person',
        giverPersonId: w.households.own.members[0]!.id,
        giverName: 'Fatima',
        recipient: 'Huisarts',
        purpose: 'Afstemmen',
        categories: '["health"]',
        how: 'spoken',
        givenOn: '2026-11-01',
        recordedBy: workerId,
        recordedAt: at,
      }),
    ),
    signalId: signal(),
    trajectoryId: insert(
      db.insert(meldcodeTrajectories).values({ householdId, startedBy: workerId, startedAt: at }),
    ),
    conditionId: insert(
      db.insert(safetyConditions).values({
        householdId,
        text: 'Oma is er bij het avondeten.',
        watcher: 'Oma',
        howChecked: 'Belt elke vrijdag.',
        reviewOn: '2026-12-01',
        status: 'agreed',
        updatedBy: workerId,
        updatedAt: at,
      }),
    ),
    reflectionId: insert(
      db.insert(caseReflections).values({
        householdId,
        teamId: w.teamA.id,
        question: 'Wat missen we?',
        requestedBy: workerId,
        requestedAt: at,
      }),
    ),
    themeId,
    goalKey: 'g1',
    actionKey: 'a2',
    // Not in the world: these answer 404 after the body was checked, which is all the fuzz needs.
    requestId: 999_001,
    transferId: 999_002,
    sessionId: '0123456789abcdef',
    // A colleague, not the administrator or anyone the fuzz logs in as: deactivating them harms no session.
    userId: w.users.otherWorker.id,
    kind: 'organisations',
    itemId: organisationId,
  }
}

const users = () => ({
  worker: world.users.worker,
  supervisor: world.users.supervisor,
  household: world.users.resident,
  admin: world.users.admin,
})

async function signIn(who: Exclude<Who, 'anonymous'>) {
  const c = await loginAs(t.app, users()[who].email, testPassword)
  const plain = c.request
  c.request = (options) => plain({ remoteAddress: addressOf[who], ...options })
  clients[who] = c
}

/** A fuzzed body may be a valid log-out or end a session: log in again (the throttle window passed by then). */
async function stillSignedIn(who: Who) {
  if (who === 'anonymous') return
  const me = await clients[who].get('/api/auth/me')
  if (me.statusCode === 200) return
  t.clock.advance(16 * 60 * 1000)
  await signIn(who)
}

function anonymousClient(address = addressOf.anonymous) {
  const anonymous = client(t.app)
  const plain = anonymous.request
  anonymous.request = (options) => plain({ remoteAddress: address, ...options })
  clients.anonymous = anonymous
  return anonymous
}

/**
 * The code steps of the log-in are only reached after a right password: for those, someone is half-way, so the
 * fuzzed code meets a real challenge (a supervisor with an authenticator app, and one who still has to set it up).
 */
const halfWay: Record<string, () => { email: string; status: string }> = {
  'auth.loginSecondFactor': () => ({ email: world.users.supervisor.email, status: 'secondFactor' }),
  'auth.loginEnrol': () => ({ email: newSupervisorEmail, status: 'enrol' }),
}
const newSupervisorEmail = 'nieuwe.leider@voorbeeld.nl'
// From an address of its own: the fuzzed log-ins before it may have used up the anonymous address's tries.
let halfWayStarts = 0

beforeAll(async () => {
  t = await buildTestApp()
  world = await createWorld(t.db)
  await createUser(t.db, {
    role: 'supervisor',
    teamId: world.teamA.id,
    email: newSupervisorEmail,
    totpSecret: null,
    totpEnabledAt: null,
  })
  params = ownHouseholdFixtures(t.db, world)
  for (const who of ['worker', 'supervisor', 'household', 'admin'] as const) await signIn(who)
  anonymousClient()
  tables = caseTables(t.db)
  last = fingerprint(t.db, tables)
})
afterAll(() => t?.close())

it('every write route of every route table is fuzzed, with a value for each part of its address', () => {
  expect(writeRoutes.length).toBeGreaterThan(50)
  const known = new Set(Object.keys(params))
  const unknown = writeRoutes.flatMap(({ name, spec }) =>
    [...spec.path.matchAll(/:(\w+)/g)]
      .map((m) => m[1]!)
      .filter((key) => !known.has(key))
      .map((key) => `${name} :${key}`),
  )
  // A new route with a new kind of id needs a fixture in ownHouseholdFixtures.
  expect(unknown).toEqual([])
  expect(tables).toEqual(expect.arrayContaining(['households', 'persons', 'conversations', 'users']))
})

describe('a write route answers bad input without a server error and without changing anything', () => {
  for (const route of writeRoutes) {
    const who = whoFor(route)
    const segments = [...route.spec.path.matchAll(/:(\w+)/g)].map((m) => m[1]!)
    const request = fc.record({
      body: fuzzBody(route.spec.body),
      // Now and then one part of the address is not an id at all.
      swap: segments.length
        ? fc.oneof(
            { weight: 5, arbitrary: fc.constant(null) },
            {
              weight: 1,
              arbitrary: fc.record({
                key: fc.constantFrom(...segments),
                segment: fc.constantFrom(...hostileSegments),
              }),
            },
          )
        : fc.constant(null),
    })

    it(
      `${route.spec.method} ${route.spec.path} (${route.name}, as ${who})`,
      async () => {
        fuzzed.add(route.name)
        await stillSignedIn(who)
        const start = halfWay[route.name]?.()
        if (start) {
          const res = await anonymousClient(`10.0.1.${++halfWayStarts}`).post('/api/auth/login', {
            email: start.email,
            password: testPassword,
          })
          expect(res.json()).toMatchObject({ status: start.status })
        }
        last = fingerprint(t.db, tables)
        await fc.assert(
          fc.asyncProperty(request, async ({ body, swap }) => {
            const res = await clients[who].request({
              method: route.spec.method,
              url: urlFor(route, swap ?? undefined),
              payload: body.payload,
              headers: { 'content-type': body.contentType },
            })
            tally.requests++
            const now = fingerprint(t.db, tables)
            const shown = `${route.name} ${body.description} ${body.payload.slice(0, 300)} → ${res.statusCode} ${res.body.slice(0, 300)}`
            expect(res.statusCode, shown).toBeLessThan(500)
            if (res.statusCode >= 400) expect(changedTables(last, now), shown).toEqual([])
            else {
              // The generated body happened to be valid: the change is the route's job. Counted below.
              tally.accepted++
              if (route.spec.path.startsWith('/api/auth') || route.spec.path.startsWith('/api/account'))
                await stillSignedIn(who)
            }
            last = fingerprint(t.db, tables)
          }),
          { numRuns: runs, seed, endOnFailure: true },
        )
      },
      Math.max(20_000, runs * 100),
    )
  }
})

it('the fuzz reached every write route and mostly sent input that had to be refused', () => {
  expect([...fuzzed].sort()).toEqual(writeRoutes.map((r) => r.name))
  expect(tally.requests).toBeGreaterThanOrEqual(writeRoutes.length * runs)
  // A generator that mostly produced valid bodies would test the happy path, not robustness.
  expect(tally.accepted / tally.requests).toBeLessThan(0.1)
})
