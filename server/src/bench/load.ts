import { connect, type Socket } from 'node:net'
import { performance } from 'node:perf_hooks'

/**
 * A small HTTP/1.1 load generator on raw keep-alive sockets. It writes a request built once and reads just enough
 * of the reply (status line, Content-Length or the chunked terminator) to know where it ends, so on a two-core
 * machine it takes as little CPU from the server as a load generator can. Both the bare route and the scenarios
 * go through this same code, so its cost is in both sides of every ratio.
 */

export type BenchRequest = {
  method: 'GET' | 'POST'
  path: string
  headers?: Record<string, string>
  body?: string
}

export type LoadResult = {
  requests: number
  /** Replies whose status was not the expected one; a run with any is reported as failed. */
  errors: number
  seconds: number
  requestsPerSecond: number
  p50: number
  p99: number
  /** The first unexpected status and the start of its body, to say why a scenario failed. */
  firstError?: string
}

export type Target = { host: string; port: number }

/**
 * What one iteration sends: one request, or several in order on the same connection (a page that needs two API
 * reads). Latency and throughput count iterations; a list of iterations is used in turn (e.g. search terms).
 */
export type Iteration = BenchRequest | BenchRequest[]

function encodeAll(target: Target, iterations: Iteration[]): Buffer[][] {
  return iterations.map((it) => (Array.isArray(it) ? it : [it]).map((r) => encode(target, r)))
}

function encode(target: Target, request: BenchRequest): Buffer {
  const body = request.body ?? ''
  const headers: Record<string, string> = {
    host: `${target.host}:${target.port}`,
    connection: 'keep-alive',
    ...(request.body !== undefined
      ? { 'content-type': 'application/json', 'content-length': String(Buffer.byteLength(body)) }
      : {}),
    ...request.headers,
  }
  const head = [
    `${request.method} ${request.path} HTTP/1.1`,
    ...Object.entries(headers).map(([k, v]) => `${k}: ${v}`),
  ]
  return Buffer.from(`${head.join('\r\n')}\r\n\r\n${body}`)
}

/** One keep-alive connection that sends a request and calls back when its whole reply has arrived. */
class Connection {
  private socket: Socket
  private buffer: Buffer = Buffer.alloc(0)
  private onReply: ((status: number, head: string) => void) | null = null
  private ready: Promise<void>

  constructor(target: Target) {
    this.socket = connect(target.port, target.host)
    this.socket.setNoDelay(true)
    this.ready = new Promise((resolve, reject) => {
      this.socket.once('connect', resolve)
      this.socket.once('error', reject)
    })
    this.socket.on('data', (chunk: Buffer) => {
      this.buffer = this.buffer.length ? Buffer.concat([this.buffer, chunk]) : chunk
      this.parse()
    })
  }

  private parse() {
    const headEnd = this.buffer.indexOf('\r\n\r\n')
    if (headEnd < 0 || !this.onReply) return
    const head = this.buffer.toString('latin1', 0, headEnd)
    const status = Number(head.slice(9, 12))
    const length = /\r\ncontent-length:\s*(\d+)/i.exec(head)
    let end: number
    if (length) {
      end = headEnd + 4 + Number(length[1])
      if (this.buffer.length < end) return
    } else if (/\r\ntransfer-encoding:\s*chunked/i.test(head)) {
      const last = this.buffer.indexOf('\r\n0\r\n\r\n', headEnd)
      if (last < 0) return
      end = last + 7
    } else end = headEnd + 4
    const bodyStart = this.buffer.toString('utf8', headEnd + 4, Math.min(end, headEnd + 204))
    this.buffer = this.buffer.subarray(end)
    const done = this.onReply
    this.onReply = null
    done(status, bodyStart)
  }

  /** Sends the requests of one iteration in turn; the reply is the first that was not `expected`, else the last. */
  async run(raws: Buffer[], expected: number): Promise<{ status: number; body: string }> {
    let reply = { status: 0, body: '' }
    for (const raw of raws) {
      reply = await this.send(raw)
      if (reply.status !== expected) return reply
    }
    return reply
  }

  async send(raw: Buffer): Promise<{ status: number; body: string }> {
    await this.ready
    return new Promise((resolve, reject) => {
      this.onReply = (status, body) => resolve({ status, body })
      this.socket.once('error', reject)
      this.socket.write(raw)
    }).finally(() => this.socket.removeAllListeners('error')) as Promise<{ status: number; body: string }>
  }

  close() {
    this.socket.destroy()
  }
}

export function percentile(sorted: number[] | Float64Array, p: number): number {
  if (sorted.length === 0) return NaN
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!
}

class Recorder {
  private latencies: number[] = []
  errors = 0
  firstError: string | undefined

  record(started: number, status: number, expected: number, body: string) {
    this.latencies.push(performance.now() - started)
    if (status !== expected) {
      this.errors++
      this.firstError ??= `${status} ${body.slice(0, 200)}`
    }
  }

  result(seconds: number): LoadResult {
    const sorted = Float64Array.from(this.latencies).sort()
    return {
      requests: sorted.length,
      errors: this.errors,
      seconds,
      requestsPerSecond: sorted.length / seconds,
      p50: percentile(sorted, 50),
      p99: percentile(sorted, 99),
      ...(this.firstError ? { firstError: this.firstError } : {}),
    }
  }
}

/**
 * Closed loop: `connections` connections each send a request as soon as the previous reply is in, for `seconds`.
 * A short warm-up first (not counted) so the server's code is compiled and its pages cached when timing starts.
 */
export async function closedLoop(
  target: Target,
  iterations: Iteration[],
  options: { connections: number; seconds: number; warmupSeconds?: number; expectedStatus?: number },
): Promise<LoadResult> {
  const raws = encodeAll(target, iterations)
  const expected = options.expectedStatus ?? 200
  const connections = Array.from({ length: options.connections }, () => new Connection(target))
  try {
    const run = async (seconds: number, recorder: Recorder | null) => {
      const until = performance.now() + seconds * 1000
      let next = 0
      await Promise.all(
        connections.map(async (c) => {
          while (performance.now() < until) {
            const raw = raws[next++ % raws.length]!
            const started = performance.now()
            const { status, body } = await c.run(raw, expected)
            recorder?.record(started, status, expected, body)
          }
        }),
      )
    }
    await run(options.warmupSeconds ?? 1, null)
    const recorder = new Recorder()
    const started = performance.now()
    await run(options.seconds, recorder)
    return recorder.result((performance.now() - started) / 1000)
  } finally {
    for (const c of connections) c.close()
  }
}

/**
 * Open loop: requests are due at exponentially distributed intervals (a Poisson process at `rate` per second),
 * whether or not earlier ones have been answered, and latency counts from when a request was due, not from when a
 * connection was free to send it, so a server that stalls is charged for the whole queue it caused (no
 * coordinated omission). Connections are opened up front and reused; when all are busy a request waits for one.
 */
export async function openLoop(
  target: Target,
  iterations: Iteration[],
  options: { rate: number; seconds: number; maxConnections?: number; expectedStatus?: number; seed?: number },
): Promise<LoadResult & { rate: number }> {
  const raws = encodeAll(target, iterations)
  const expected = options.expectedStatus ?? 200
  const pool = Array.from({ length: options.maxConnections ?? 100 }, () => new Connection(target))
  const idle = [...pool]
  const waiting: ((c: Connection) => void)[] = []
  const take = () =>
    new Promise<Connection>((resolve) => {
      const c = idle.pop()
      if (c) resolve(c)
      else waiting.push(resolve)
    })
  const give = (c: Connection) => {
    const next = waiting.shift()
    if (next) next(c)
    else idle.push(c)
  }
  // A fixed-seed generator, so every round and every scenario sees the same arrival pattern.
  let state = options.seed ?? 12345
  const random = () => {
    state = (state * 1_103_515_245 + 12_345) % 2_147_483_648
    return (state + 0.5) / 2_147_483_648
  }
  // The same short warm-up as the closed loop: a fresh server's first requests compile code and read pages.
  await closedLoop(target, iterations, {
    connections: 4,
    seconds: 0,
    warmupSeconds: 1,
    expectedStatus: expected,
  })
  const recorder = new Recorder()
  const inFlight: Promise<void>[] = []
  const started = performance.now()
  const until = started + options.seconds * 1000
  let due = started
  let i = 0
  try {
    while (due < until) {
      due += (-Math.log(random()) / options.rate) * 1000
      const wait = due - performance.now()
      if (wait > 1) await new Promise((resolve) => setTimeout(resolve, wait))
      // A request sent up to a millisecond early (timer granularity) counts from when it was sent.
      const plannedAt = Math.min(due, performance.now())
      const raw = raws[i++ % raws.length]!
      inFlight.push(
        take().then(async (c) => {
          const { status, body } = await c.run(raw, expected)
          give(c)
          recorder.record(plannedAt, status, expected, body)
        }),
      )
    }
    await Promise.all(inFlight)
    return { ...recorder.result((performance.now() - started) / 1000), rate: options.rate }
  } finally {
    for (const c of pool) c.close()
  }
}
