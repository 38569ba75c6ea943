import type { LoadResult } from './load.ts'
import type { InitialJs } from './initial-js.ts'
import type { Goal } from './scenarios.ts'

export type Round = { bare: LoadResult; scenario: LoadResult; ratio: number }

export type ScenarioResult = {
  key: string
  title: string
  goal?: Goal
  rounds: Round[]
  /** Medians over the rounds. */
  requestsPerSecond: number
  bareRequestsPerSecond: number
  ratio: number
  p50: number
  p99: number
  met: boolean | null
}

export type SteadyResult = {
  key: string
  title: string
  rate: number
  achieved: number
  p50: number
  p99: number
  errors: number
}

export type BenchReport = {
  startedAt: string
  machine: { cpus: number; node: string; platform: string }
  settings: {
    database: string
    households: number
    conversations: number
    seconds: number
    rounds: number
    connections: number
  }
  scenarios: ScenarioResult[]
  audited: { ratio: number; goal: number; met: boolean } | null
  steady: SteadyResult[]
  coldStart: {
    serverMs: number[]
    plainNodeMs: number[]
    serverMedian: number
    plainNodeMedian: number
    ratio: number
    goal: number
    met: boolean
  } | null
  initialJs: (InitialJs & { goalBytes: number; met: boolean }) | null
  lcp: {
    householdMs: number[]
    bareMs: number[]
    householdMedian: number
    bareMedian: number
    ratio: number
  } | null
  notes: string[]
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  if (sorted.length === 0) return NaN
  const mid = Math.floor(sorted.length / 2)
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2
}

const ms = (n: number) => (Number.isFinite(n) ? `${n < 10 ? n.toFixed(2) : n.toFixed(1)} ms` : '–')
const num = (n: number) => (Number.isFinite(n) ? Math.round(n).toLocaleString('en') : '–')
const yes = (met: boolean | null) => (met === null ? '' : met ? 'yes' : '**no**')

export function markdown(r: BenchReport): string {
  const out: string[] = []
  out.push(`# Naast benchmark, ${r.startedAt}`)
  out.push('')
  out.push(
    `Database ${r.settings.database}: ${num(r.settings.households)} households, ${num(r.settings.conversations)} conversation entries. ` +
      `${r.settings.connections} connections, ${r.settings.seconds} s per round, median of ${r.settings.rounds} rounds; ` +
      `each scenario on a freshly started server, right after the bare Fastify route on a freshly started process. ` +
      `Node ${r.machine.node}, ${r.machine.cpus} cores shared by the load generator and the server.`,
  )
  out.push('')
  out.push('## Throughput and latency (closed loop)')
  out.push('')
  out.push('| scenario | req/s | bare req/s | ratio | p50 | p99 | target | met |')
  out.push('| --- | ---: | ---: | ---: | ---: | ---: | --- | --- |')
  for (const s of r.scenarios) {
    out.push(
      `| ${s.title} | ${num(s.requestsPerSecond)} | ${num(s.bareRequestsPerSecond)} | ${s.ratio.toFixed(3)} | ${ms(s.p50)} | ${ms(s.p99)} | ${s.goal?.label ?? ''} | ${yes(s.met)} |`,
    )
  }
  if (r.audited) {
    out.push('')
    out.push(
      `Audited read vs the same read without its audit write: ${r.audited.ratio.toFixed(3)} (target ≥ ${r.audited.goal}) — ${r.audited.met ? 'met' : '**not met**'}.`,
    )
  }
  if (r.steady.length) {
    out.push('')
    out.push('## Steady load (open loop, random arrivals)')
    out.push('')
    out.push(
      'Requests arrive at exponentially distributed intervals at half the throughput the closed loop measured for that scenario (the bare route at 2,000/s at most); latency counts from when a request was due.',
    )
    out.push('')
    out.push('| scenario | arrivals/s | answered/s | p50 | p99 | errors |')
    out.push('| --- | ---: | ---: | ---: | ---: | ---: |')
    for (const s of r.steady)
      out.push(
        `| ${s.title} | ${num(s.rate)} | ${num(s.achieved)} | ${ms(s.p50)} | ${ms(s.p99)} | ${s.errors} |`,
      )
  }
  out.push('')
  out.push('## Start and page')
  out.push('')
  out.push('| what | Naast | baseline | ratio | target | met |')
  out.push('| --- | ---: | ---: | ---: | --- | --- |')
  if (r.coldStart) {
    const c = r.coldStart
    out.push(
      `| Cold start, spawn to first /api/health (median of ${c.serverMs.length}) | ${ms(c.serverMedian)} | ${ms(c.plainNodeMedian)} (plain node) | ${c.ratio.toFixed(2)}× | ≤ ${c.goal}× | ${yes(c.met)} |`,
    )
  }
  if (r.initialJs) {
    const j = r.initialJs
    out.push(
      `| Initial JavaScript, gzip (${j.files.length} files, ${num(j.totalBytes / 1024)} KB raw) | ${(j.totalGzipBytes / 1024).toFixed(1)} KB | | | ≤ ${j.goalBytes / 1024} KB | ${yes(j.met)} |`,
    )
  }
  if (r.lcp) {
    const l = r.lcp
    out.push(
      `| Largest contentful paint, household page (median of ${l.householdMs.length}) | ${ms(l.householdMedian)} | ${ms(l.bareMedian)} (bare React page) | ${l.ratio.toFixed(2)}× | | |`,
    )
  }
  if (r.notes.length) {
    out.push('')
    out.push('## Notes')
    out.push('')
    for (const n of r.notes) out.push(`- ${n}`)
  }
  return `${out.join('\n')}\n`
}
