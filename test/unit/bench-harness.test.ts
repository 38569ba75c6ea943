import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { closedLoop, openLoop, percentile, type Target } from '../../server/src/bench/load.ts'
import { median } from '../../server/src/bench/report.ts'
import { scriptsInIndexHtml, staticImports } from '../../server/src/bench/initial-js.ts'

// A tiny server to load: /fast answers at once, /slow after 20 ms, /stall holds the whole process for 150 ms once
// when `stallAt` has passed, /missing answers 404.
let server: Server
let target: Target
let stallAt = Infinity
beforeAll(async () => {
  server = createServer((req, res) => {
    const answer = (status: number) => {
      res.writeHead(status, { 'content-type': 'application/json', 'content-length': '11' })
      res.end('{"ok":true}')
    }
    if (req.url === '/slow') return void setTimeout(() => answer(200), 20)
    if (req.url === '/stall' && Date.now() >= stallAt) {
      stallAt = Infinity
      const until = Date.now() + 150
      while (Date.now() < until);
    }
    answer(req.url === '/missing' ? 404 : 200)
  })
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done))
  target = { host: '127.0.0.1', port: (server.address() as AddressInfo).port }
})
afterAll(() => new Promise<void>((done) => server.close(() => done())))

describe('the benchmark load generator', () => {
  it('counts answered requests and their latency in a closed loop', async () => {
    const fast = await closedLoop(target, [{ method: 'GET', path: '/fast' }], {
      connections: 4,
      seconds: 0.3,
      warmupSeconds: 0,
    })
    expect(fast.errors).toBe(0)
    expect(fast.requests).toBeGreaterThan(50)
    expect(fast.requestsPerSecond).toBeCloseTo(fast.requests / fast.seconds, 5)
    const slow = await closedLoop(target, [{ method: 'GET', path: '/slow' }], {
      connections: 4,
      seconds: 0.3,
      warmupSeconds: 0,
    })
    expect(slow.p50).toBeGreaterThanOrEqual(19)
    // Four connections each waiting 20 ms: at most about 200 answers a second.
    expect(slow.requestsPerSecond).toBeLessThan(220)
  })

  it('reports an unexpected status as an error, with the status and the start of the body', async () => {
    const result = await closedLoop(target, [{ method: 'GET', path: '/missing' }], {
      connections: 1,
      seconds: 0.1,
      warmupSeconds: 0,
      expectedStatus: 404,
    })
    expect(result.errors).toBe(0)
    const wrong = await closedLoop(target, [{ method: 'GET', path: '/missing' }], {
      connections: 1,
      seconds: 0.1,
      warmupSeconds: 0,
    })
    expect(wrong.errors).toBe(wrong.requests)
    expect(wrong.firstError).toBe('404 {"ok":true}')
  })

  it('at a fixed arrival rate, charges a stall to every request that was due during it', async () => {
    // Half a second into the measured second (the run warms up for one second first).
    stallAt = Date.now() + 1_500
    const result = await openLoop(target, [{ method: 'GET', path: '/stall' }], { rate: 200, seconds: 1 })
    expect(result.errors).toBe(0)
    expect(result.requests).toBeGreaterThan(150)
    expect(result.requests).toBeLessThan(250)
    // The 150 ms stall delays the ~30 requests due during it: with latency timed from when each was sent
    // they would look fast; timed from when each was due, the slowest 1% is close to the stall.
    expect(result.p99).toBeGreaterThan(100)
    expect(result.p50).toBeLessThan(50)
  })
})

describe('the benchmark statistics', () => {
  it('takes the median of an odd and an even number of rounds', () => {
    expect(median([3, 1, 2])).toBe(2)
    expect(median([4, 1, 3, 2])).toBe(2.5)
    expect(median([])).toBeNaN()
  })

  it('takes percentiles from sorted latencies', () => {
    const sorted = Array.from({ length: 100 }, (_, i) => i + 1)
    expect(percentile(sorted, 50)).toBe(51)
    expect(percentile(sorted, 99)).toBe(100)
    expect(percentile([], 50)).toBeNaN()
  })
})

describe('counting the initial JavaScript', () => {
  it('finds the scripts index.html loads or preloads, not stylesheets or other links', () => {
    const html = `<script type="module" crossorigin src="/assets/index-abc.js"></script>
      <link rel="modulepreload" crossorigin href="/assets/react-def.js">
      <link rel="stylesheet" href="/assets/index-ghi.css"><link rel="icon" href="/favicon.svg">`
    expect(scriptsInIndexHtml(html)).toEqual(['/assets/index-abc.js', '/assets/react-def.js'])
  })

  it('follows static imports but not dynamic ones', () => {
    const code = `import{a as b}from"./react-def.js";import "./side.js";const p=()=>import("./page-xyz.js");`
    expect(staticImports(code)).toEqual(['./react-def.js', './side.js'])
  })
})
