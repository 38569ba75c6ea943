import { spawn, type ChildProcess } from 'node:child_process'
import { createServer } from 'node:net'
import { resolve } from 'node:path'
import { performance } from 'node:perf_hooks'
import { fileURLToPath } from 'node:url'

/** The repository root, so children start the same way whatever folder the bench was started from. */
export const root = resolve(fileURLToPath(import.meta.url), '../../../..')
const tsx = resolve(root, 'node_modules/.bin/tsx')

/** The bench's fixed session secret: it encrypts the supervisor's known TOTP secret in the bench database. */
export const benchSessionSecret = 'bench-session-secret-that-is-long-enough-0123'

// Children still running, stopped if the bench ends early (an error, Ctrl+C) so no server is left behind.
const running = new Set<ChildProcess>()
process.once('exit', () => {
  for (const child of running) child.kill('SIGTERM')
})
for (const signal of ['SIGINT', 'SIGTERM'] as const)
  process.once(signal, () => {
    for (const child of running) child.kill('SIGTERM')
    process.exit(130)
  })

export type Child = { port: number; process: ChildProcess; startedInMs: number; stop: () => Promise<void> }

export async function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const server = createServer()
    server.once('error', fail)
    server.listen(0, '127.0.0.1', () => {
      const address = server.address()
      server.close(() =>
        typeof address === 'object' && address ? done(address.port) : fail(new Error('no port')),
      )
    })
  })
}

async function waitForOk(port: number, path: string, child: ChildProcess, timeoutMs = 60_000): Promise<void> {
  const until = performance.now() + timeoutMs
  let exited: number | null = null
  child.once('exit', (code) => (exited = code ?? -1))
  while (performance.now() < until) {
    if (exited !== null) throw new Error(`the child exited with ${exited} before answering ${path}`)
    try {
      const res = await fetch(`http://127.0.0.1:${port}${path}`)
      if (res.ok) return
    } catch {
      // Not listening yet.
    }
    await new Promise((r) => setTimeout(r, 5))
  }
  throw new Error(`no answer on ${path} within ${timeoutMs} ms`)
}

/**
 * Starts a child, times spawn → first successful answer on `readyPath`, and returns a way to stop it that waits
 * for the process to be gone (so the next scenario gets both cores).
 */
export async function startChild(
  command: string,
  args: string[],
  options: { env?: Record<string, string>; readyPath: string },
): Promise<Child> {
  const port = await freePort()
  const started = performance.now()
  const child = spawn(command, args, {
    cwd: root,
    env: {
      ...process.env,
      ...options.env,
      PORT: String(port),
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  })
  running.add(child)
  child.once('exit', () => running.delete(child))
  await waitForOk(port, options.readyPath, child).catch((error: unknown) => {
    child.kill('SIGTERM')
    throw error
  })
  const startedInMs = performance.now() - started
  const stop = () =>
    new Promise<void>((done) => {
      if (child.exitCode !== null || child.signalCode !== null) return done()
      child.once('exit', () => done())
      child.kill('SIGTERM')
    })
  return { port, process: child, startedInMs, stop }
}

/** The real server, as `npm start` runs it, on the given database. */
export function startServer(
  databasePath: string,
  options: { entry?: string; cpuProfileDir?: string } = {},
): Promise<Child> {
  const entry = options.entry ?? 'server/src/server.ts'
  // Profiling needs node's own flags (NODE_OPTIONS refuses --cpu-prof), so then node runs tsx's loader itself.
  const [command, args] = options.cpuProfileDir
    ? [process.execPath, ['--cpu-prof', `--cpu-prof-dir=${options.cpuProfileDir}`, '--import', 'tsx', entry]]
    : [tsx, [entry]]
  return startChild(command, args, {
    readyPath: '/api/health',
    env: {
      DATABASE_PATH: databasePath,
      LOG_LEVEL: 'silent',
      SESSION_SECRET: benchSessionSecret,
      HOST: '127.0.0.1',
    },
  })
}

/** The bare baseline: Fastify with one route, nothing else (bare-server.ts). */
export function startBare(): Promise<Child> {
  return startChild(tsx, ['server/src/bench/bare-server.ts'], { readyPath: '/hello' })
}

/** A plain Node http server with no dependencies: what "start a Node process" costs at the least. */
export function startPlainNode(): Promise<Child> {
  const code = `require('node:http').createServer((q, s) => { s.setHeader('content-type', 'application/json'); s.end('{"status":"ok"}') }).listen(Number(process.env.PORT), '127.0.0.1')`
  return startChild(process.execPath, ['-e', code], { readyPath: '/api/health' })
}
