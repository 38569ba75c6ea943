import type { Fixtures } from './fixtures.ts'
import type { BenchRequest, Iteration } from './load.ts'

/** A target a scenario is held to, as a ratio to the bare route in the same round and an optional p99 bound. */
export type Goal = { minRatio: number; maxP99Ms?: number; label: string }

export type Scenario = {
  key: string
  title: string
  /** Who the load runs as; `null` sends no session (the log-in scenario logs in itself). */
  as: 'worker' | 'supervisor' | null
  /** The server entry: the real one, or the bench-only one without audit writes (server-unaudited.ts). */
  entry?: string
  /** Writes: run on a copy of the bench database, so other scenarios read the same data every round. */
  writes?: boolean
  expectedStatus?: number
  goal?: Goal
  iterations: (origin: string, cookie: string) => Iteration[]
}

const get = (path: string, cookie: string): BenchRequest => ({ method: 'GET', path, headers: { cookie } })

export const unauditedEntry = 'server/src/bench/server-unaudited.ts'

export function scenarios(f: Fixtures): Scenario[] {
  const h = f.household.id
  const search = (band: keyof Fixtures['searchBands']): Scenario => ({
    key: `search-${band}`,
    title: `Search, ${band} terms (${f.searchBands[band].map((t) => `${t.term} ${t.docs.toLocaleString('en')}`).join(', ')} entries)`,
    as: 'worker',
    goal: { minRatio: 0.06, maxP99Ms: 10, label: '≥ 0.06, p99 ≤ 10 ms' },
    iterations: (_o, cookie) =>
      f.searchBands[band].map((t) => get(`/api/search?q=${encodeURIComponent(t.term)}`, cookie)),
  })
  return [
    {
      key: 'login',
      title: 'Log in (worker, password checked with argon2, new session)',
      as: null,
      writes: true,
      iterations: (origin) => [
        {
          method: 'POST',
          path: '/api/auth/login',
          headers: { origin },
          body: JSON.stringify({ email: f.worker.email, password: f.worker.password }),
        },
      ],
    },
    {
      key: 'caseload',
      title: "A worker's caseload page (GET /api/caseload, first 25)",
      as: 'worker',
      iterations: (_o, cookie) => [get('/api/caseload', cookie)],
    },
    {
      key: 'household-page',
      title: `Household page: the household and its ${f.household.entries} conversation entries (2 requests)`,
      as: 'worker',
      goal: { minRatio: 0.08, maxP99Ms: 80, label: '≥ 0.08, p99 ≤ 80 ms' },
      iterations: (_o, cookie) => [
        [get(`/api/households/${h}`, cookie), get(`/api/households/${h}/conversations?limit=50`, cookie)],
      ],
    },
    {
      key: 'health',
      title: "The app's own stack around the smallest answer, no session (GET /api/health)",
      as: null,
      iterations: () => [{ method: 'GET', path: '/api/health', headers: {} }],
    },
    {
      key: 'me',
      title: 'Single record: who am I (GET /api/auth/me, session check only)',
      as: 'worker',
      goal: { minRatio: 0.45, label: '≥ 0.45' },
      iterations: (_o, cookie) => [get('/api/auth/me', cookie)],
    },
    {
      key: 'request',
      title: 'Single record, audited: one request for help (GET /api/requests/:id)',
      as: 'worker',
      goal: { minRatio: 0.45, label: '≥ 0.45' },
      iterations: (_o, cookie) => [get(`/api/requests/${f.request}`, cookie)],
    },
    {
      key: 'request-unaudited',
      title: 'The same read without its audit write (bench-only server entry)',
      as: 'worker',
      entry: unauditedEntry,
      iterations: (_o, cookie) => [get(`/api/requests/${f.request}`, cookie)],
    },
    {
      key: 'household',
      title:
        "The household's own read, audited (GET /api/households/:id: members, workers, network, first contact)",
      as: 'worker',
      iterations: (_o, cookie) => [get(`/api/households/${h}`, cookie)],
    },
    {
      key: 'add-conversation',
      title: 'Add a conversation entry (POST, full-text index and audit in one transaction)',
      as: 'worker',
      writes: true,
      expectedStatus: 201,
      iterations: (origin, cookie) => [
        {
          method: 'POST',
          path: `/api/households/${f.writeHousehold}/conversations`,
          headers: { cookie, origin },
          body: JSON.stringify({
            kind: 'phone',
            text: 'Telefonisch contact met moeder over de afspraak met school volgende week. Zij belt terug.',
          }),
        },
      ],
    },
    search('frequent'),
    search('medium'),
    search('rare'),
    {
      key: 'overview',
      title: "Supervisor's team overview (GET /api/team/overview)",
      as: 'supervisor',
      iterations: (_o, cookie) => [get('/api/team/overview', cookie)],
    },
  ]
}
