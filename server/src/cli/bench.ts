import { spawnSync } from 'node:child_process'
import { copyFileSync, existsSync, mkdirSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { availableParallelism } from 'node:os'
import { resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { root, startBare, startPlainNode, startServer, type Child } from '../bench/children.ts'
import { forgetLastCode, prepareFixtures, type Fixtures } from '../bench/fixtures.ts'
import { closedLoop, openLoop, type LoadResult, type Target } from '../bench/load.ts'
import { largestContentfulPaint, launch, startBareReactPage } from '../bench/page.ts'
import { defaultClientDir, initialJsBudgetGzipBytes, measureInitialJs } from '../bench/initial-js.ts'
import { markdown, median, type BenchReport, type Round, type ScenarioResult } from '../bench/report.ts'
import { logIn } from '../bench/session.ts'
import { scenarios, type Scenario } from '../bench/scenarios.ts'

const usage = `Usage: npm run bench -- [options]

Measures Naast against a bare Fastify route on this machine, in the same run, and writes
data/bench/bench-<time>.md and .json (the Markdown is printed too).

  --database PATH   the benchmark database (default ./data/bench.sqlite; seeded with 50,000 households if missing)
  --duration S      seconds per round per scenario (default 10)
  --rounds N        rounds, the report shows the median (default 3)
  --only KEYS       only these scenarios, comma-separated (e.g. household-page,search-rare)
  --skip-pages      leave out cold start, initial JavaScript and largest contentful paint
  --cpu-prof DIR    write a CPU profile of every scenario server into DIR (to find where the time goes)
  --quick           a short smoke run: 2 s, 1 round, fewer cold starts and page loads
  --help            show this text`

const connections = 50
const coldStarts = 5
const pageLoads = 5

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      database: { type: 'string', default: './data/bench.sqlite' },
      duration: { type: 'string' },
      rounds: { type: 'string' },
      only: { type: 'string' },
      'skip-pages': { type: 'boolean', default: false },
      'cpu-prof': { type: 'string' },
      quick: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
    strict: true,
  })
  if (values.help) {
    console.log(usage)
    return 0
  }
  const seconds = Number(values.duration ?? (values.quick ? 2 : 10))
  const rounds = Number(values.rounds ?? (values.quick ? 1 : 3))
  if (!(seconds > 0) || !Number.isInteger(rounds) || rounds < 1) {
    console.error('--duration needs a positive number of seconds and --rounds a positive whole number.')
    return 1
  }
  const database = resolve(values.database)
  if (!existsSync(database)) {
    console.error(`No database at ${database}: seeding 50,000 households (about a minute or two).`)
    const seeded = spawnSync(
      resolve(root, 'node_modules/.bin/tsx'),
      ['server/src/cli/seed.ts', '--households', '50000', '--database', database],
      { cwd: root, stdio: 'inherit' },
    )
    if (seeded.status !== 0) return 1
  }
  const profileDir = values['cpu-prof'] ? resolve(values['cpu-prof']) : undefined
  if (profileDir) mkdirSync(profileDir, { recursive: true })

  const startedAt = new Date().toISOString()
  const fixtures = prepareFixtures(database)
  const all = scenarios(fixtures)
  const only = values.only?.split(',').map((k) => k.trim())
  const chosen = only ? all.filter((s) => only.includes(s.key)) : all
  if (only && chosen.length !== only.length) {
    console.error(`Unknown scenario in --only; known: ${all.map((s) => s.key).join(', ')}`)
    return 1
  }
  const writeCopy = resolve(root, 'data/bench/write-copy.sqlite')
  mkdirSync(resolve(root, 'data/bench'), { recursive: true })
  const log = (line: string) => process.stderr.write(`${line}\n`)

  /** A fresh server for one scenario, logged in as its user; writes get a fresh copy of the database. */
  async function serverFor(s: Scenario): Promise<{ child: Child; cookie: string; origin: string }> {
    let path = database
    if (s.writes) {
      for (const suffix of ['', '-wal', '-shm']) rmSync(`${writeCopy}${suffix}`, { force: true })
      copyFileSync(database, writeCopy)
      path = writeCopy
    }
    if (s.as === 'supervisor') forgetLastCode(path, fixtures.supervisor.email)
    const child = await startServer(path, {
      ...(s.entry ? { entry: s.entry } : {}),
      ...(profileDir ? { cpuProfileDir: profileDir } : {}),
    })
    try {
      const origin = `http://127.0.0.1:${child.port}`
      const cookie = s.as === null ? '' : await logIn(child.port, fixtures[s.as])
      return { child, cookie, origin }
    } catch (error) {
      await child.stop()
      throw error
    }
  }
  const target = (child: Child): Target => ({ host: '127.0.0.1', port: child.port })
  const bareIteration = [{ method: 'GET' as const, path: '/hello' }]

  async function measureBare<R extends LoadResult>(load: (t: Target) => Promise<R>): Promise<R> {
    const bare = await startBare()
    try {
      return await load(target(bare))
    } finally {
      await bare.stop()
    }
  }

  // Closed loop: per round, per scenario, the bare route and then the scenario, so noise on the machine in that
  // minute hits both sides of the ratio.
  const results = new Map<string, Round[]>(chosen.map((s) => [s.key, []]))
  for (let round = 1; round <= rounds; round++) {
    for (const s of chosen) {
      const bare = await measureBare((t) => closedLoop(t, bareIteration, { connections, seconds }))
      const { child, cookie, origin } = await serverFor(s)
      let scenario: LoadResult
      try {
        scenario = await closedLoop(target(child), s.iterations(origin, cookie), {
          connections,
          seconds,
          expectedStatus: s.expectedStatus ?? 200,
        })
      } finally {
        await child.stop()
      }
      const ratio = scenario.requestsPerSecond / bare.requestsPerSecond
      results.get(s.key)!.push({ bare, scenario, ratio })
      log(
        `round ${round}/${rounds} ${s.key}: ${Math.round(scenario.requestsPerSecond)} req/s vs bare ${Math.round(bare.requestsPerSecond)} ` +
          `(${ratio.toFixed(3)}), p50 ${scenario.p50.toFixed(2)} ms, p99 ${scenario.p99.toFixed(2)} ms` +
          (scenario.errors ? `, ${scenario.errors} errors: ${scenario.firstError}` : ''),
      )
    }
  }
  const summaries: ScenarioResult[] = chosen.map((s) => {
    const rs = results.get(s.key)!
    const failed = rs.some((r) => r.scenario.errors > 0 || r.bare.errors > 0)
    const ratio = median(rs.map((r) => r.ratio))
    const p99 = median(rs.map((r) => r.scenario.p99))
    const met = s.goal
      ? !failed && ratio >= s.goal.minRatio && (s.goal.maxP99Ms === undefined || p99 <= s.goal.maxP99Ms)
      : null
    return {
      key: s.key,
      title: failed
        ? `${s.title} — FAILED: ${rs.find((r) => r.scenario.errors)?.scenario.firstError ?? 'errors'}`
        : s.title,
      ...(s.goal ? { goal: s.goal } : {}),
      rounds: rs,
      requestsPerSecond: median(rs.map((r) => r.scenario.requestsPerSecond)),
      bareRequestsPerSecond: median(rs.map((r) => r.bare.requestsPerSecond)),
      ratio,
      p50: median(rs.map((r) => r.scenario.p50)),
      p99,
      met,
    }
  })
  const audited = auditedRatio(results)

  // Steady load: each scenario at half of what its closed loop reached, with random (Poisson) arrivals.
  const steady: BenchReport['steady'] = []
  // The bare route at half its throughput would be ~10,000 arrivals/s, more than one JS process can schedule on
  // time; it runs at a fixed 2,000/s, above every scenario's rate, as the floor for latency under steady load.
  const bareRate = Math.min(2_000, median(summaries.map((s) => s.bareRequestsPerSecond)) / 2)
  const bareSteady = await measureBare((t) => openLoop(t, bareIteration, { rate: bareRate, seconds }))
  steady.push(steadyRow('bare', 'Bare Fastify route', bareSteady))
  for (const s of chosen) {
    const summary = summaries.find((x) => x.key === s.key)!
    const { child, cookie, origin } = await serverFor(s)
    try {
      const result = await openLoop(target(child), s.iterations(origin, cookie), {
        rate: Math.max(1, summary.requestsPerSecond / 2),
        seconds,
        expectedStatus: s.expectedStatus ?? 200,
      })
      steady.push(steadyRow(s.key, s.title, result))
      log(
        `steady ${s.key}: ${Math.round(result.rate)}/s, p50 ${result.p50.toFixed(2)} ms, p99 ${result.p99.toFixed(2)} ms`,
      )
    } finally {
      await child.stop()
    }
  }

  const pages = values['skip-pages'] ? null : await measurePages(database, fixtures, values.quick)
  const report: BenchReport = {
    startedAt,
    machine: {
      cpus: availableParallelism(),
      node: process.version,
      platform: `${process.platform} ${process.arch}`,
    },
    settings: {
      database,
      households: fixtures.households,
      conversations: fixtures.conversations,
      seconds,
      rounds,
      connections,
    },
    scenarios: summaries,
    audited,
    steady,
    coldStart: pages?.coldStart ?? null,
    initialJs: pages?.initialJs ?? null,
    lcp: pages?.lcp ?? null,
    notes: [
      'Load generator (server/src/bench/load.ts, raw keep-alive sockets) and server share the same cores; the bare route pays the same load-generator cost, which is why results are given as ratios.',
      'Read scenarios write an audit event per request, so the bench database grows by that many audit events per run; write scenarios (log-in, add a conversation) run on a fresh copy of the database every round.',
      'Household page = the two API reads that show the household and its conversation log (GET the household, GET its entries with limit 50); one iteration is both, in order, on one connection.',
      'Search ratio and p99 per band: three terms per band, used in turn.',
      'The audited/unaudited pair runs the same server code, each a bundle started with node; the unaudited one is a bench-only bundle (dist/bench/server-unaudited.js, built by server/src/bench/children.ts) in which plugins/audit.ts is replaced by server/src/bench/audit-off.ts. The product bundle holds no such module and there is no product setting that turns auditing off.',
      ...(pages?.notes ?? []),
    ],
  }
  const stamp = startedAt.replace(/[:.]/g, '-')
  const base = resolve(root, `data/bench/bench-${stamp}`)
  const md = markdown(report)
  writeFileSync(`${base}.md`, md)
  writeFileSync(`${base}.json`, `${JSON.stringify(report, null, 2)}\n`)
  for (const suffix of ['', '-wal', '-shm']) rmSync(`${writeCopy}${suffix}`, { force: true })
  console.log(md)
  console.log(`Written to ${base}.md and .json`)
  return 0

  async function measurePages(databasePath: string, f: Fixtures, quick: boolean) {
    const notes: string[] = []
    // Cold start: spawn → first good /api/health, alternating with a plain node http server.
    const serverMs: number[] = []
    const plainNodeMs: number[] = []
    for (let i = 0; i < (quick ? 2 : coldStarts); i++) {
      const plain = await startPlainNode()
      plainNodeMs.push(plain.startedInMs)
      await plain.stop()
      const server = await startServer(databasePath)
      serverMs.push(server.startedInMs)
      await server.stop()
    }
    const coldRatio = median(serverMs) / median(plainNodeMs)
    const coldStart = {
      serverMs,
      plainNodeMs,
      serverMedian: median(serverMs),
      plainNodeMedian: median(plainNodeMs),
      ratio: coldRatio,
      goal: 3.5,
      met: coldRatio <= 3.5,
    }
    notes.push(
      'Cold start runs the server as `npm start` does (`node dist/server/server.js`: the bundle with the code cache recorded by the build; the bench rebuilds the bundles first when the sources are newer); the baseline is `node -e` with a plain http server.',
    )
    log(
      `cold start: ${coldStart.serverMedian.toFixed(0)} ms vs ${coldStart.plainNodeMedian.toFixed(0)} ms (${coldRatio.toFixed(2)}×)`,
    )

    // The same measurement as `npm run measure:js`: the entry, what index.html preloads, and their static imports.
    const indexHtml = resolve(defaultClientDir, 'index.html')
    const js = existsSync(indexHtml) ? measureInitialJs(defaultClientDir) : null
    if (!js)
      notes.push('No built client in dist/client: run `npm run build` to measure initial JavaScript and LCP.')
    else
      notes.push(
        `Initial JavaScript measured from ${defaultClientDir} as built at ${statSync(indexHtml).mtime.toISOString()}: ${js.files.map((x) => `${x.file} ${(x.gzipBytes / 1024).toFixed(1)} KB`).join(', ')}.`,
      )

    let lcp: BenchReport['lcp'] = null
    if (js) {
      const browser = await launch()
      const server = await startServer(databasePath)
      const bare = await startBareReactPage()
      try {
        const cookie = await logIn(server.port, f.worker)
        const [name, value] = [cookie.slice(0, cookie.indexOf('=')), cookie.slice(cookie.indexOf('=') + 1)]
        const householdMs: number[] = []
        const bareMs: number[] = []
        for (let i = 0; i < (quick ? 2 : pageLoads); i++) {
          householdMs.push(
            await largestContentfulPaint(
              browser,
              `http://127.0.0.1:${server.port}/huishoudens/${f.household.id}`,
              {
                cookie: { name, value },
                ready: '.naast-conversation-list li',
              },
            ),
          )
          bareMs.push(
            await largestContentfulPaint(browser, `http://127.0.0.1:${bare.port}/`, { ready: '#ready' }),
          )
        }
        lcp = {
          householdMs,
          bareMs,
          householdMedian: median(householdMs),
          bareMedian: median(bareMs),
          ratio: median(householdMs) / median(bareMs),
        }
        notes.push(
          'Largest contentful paint: headless Chromium, fresh context per load (empty cache), logged in as the worker, 1280×900, no network or CPU throttling.',
        )
        log(`lcp: ${lcp.householdMedian.toFixed(0)} ms vs ${lcp.bareMedian.toFixed(0)} ms`)
      } finally {
        await browser.close()
        await server.stop()
        await bare.stop()
        bare.cleanUp()
      }
    }
    return {
      coldStart,
      initialJs: js
        ? { ...js, goalBytes: initialJsBudgetGzipBytes, met: js.totalGzipBytes <= initialJsBudgetGzipBytes }
        : null,
      lcp,
      notes,
    }
  }
}

function steadyRow(
  key: string,
  title: string,
  r: LoadResult & { rate: number },
): BenchReport['steady'][number] {
  return { key, title, rate: r.rate, achieved: r.requestsPerSecond, p50: r.p50, p99: r.p99, errors: r.errors }
}

/** The audited read over the same read unaudited, per round (both ran in the same round), median. */
function auditedRatio(results: Map<string, Round[]>): BenchReport['audited'] {
  const audited = results.get('request')
  const unaudited = results.get('request-unaudited')
  if (!audited || !unaudited) return null
  const ratio = median(
    audited.map((r, i) => r.scenario.requestsPerSecond / unaudited[i]!.scenario.requestsPerSecond),
  )
  return { ratio, goal: 0.75, met: ratio >= 0.75 }
}

main().then(
  (code) => {
    process.exitCode = code
  },
  (error: unknown) => {
    console.error(error instanceof Error ? (error.stack ?? error.message) : error)
    process.exitCode = 1
  },
)
