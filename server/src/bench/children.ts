import type { Plugin } from 'esbuild'
import { spawn, type ChildProcess } from 'node:child_process'
import { existsSync, readdirSync, statSync } from 'node:fs'
import { freePort } from '../lib/free-port.ts'
import { join, resolve } from 'node:path'
import { performance } from 'node:perf_hooks'
import { buildServer, bundle } from '../cli/build-server.ts'
import { projectRoot } from '../lib/project-root.ts'

/** The repository root, so children start the same way whatever folder the bench was started from. */
export const root = projectRoot

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

/**
 * What the bench starts, each as `node <launcher>` like `npm start` runs the product: the product bundle
 * (`npm run build`) and two bench-only bundles made the same way (cli/build-server.ts). Entries are named by their
 * source, as the scenarios name them.
 */
const launchers: Record<string, string> = {
  'server/src/server.ts': 'dist/server/server.js',
  'server/src/bench/server-unaudited.ts': 'dist/bench/server-unaudited.js',
  'server/src/bench/bare-server.ts': 'dist/bench/bare-server.js',
}

/**
 * The bench-only bundle of server-unaudited.ts: every import of plugins/audit.ts gets audit-off.ts instead, except
 * audit-off.ts's own (it re-exports the rest of the real module). Nothing else builds with this plugin, so the
 * product bundle cannot turn auditing off.
 */
const auditModule = resolve(root, 'server/src/plugins/audit.ts')
const auditOffModule = resolve(root, 'server/src/bench/audit-off.ts')
const swapInAuditOff: Plugin = {
  name: 'swap-in-audit-off',
  setup(build) {
    build.onResolve({ filter: /\/audit\.ts$/ }, (args) =>
      resolve(args.resolveDir, args.path) === auditModule && args.importer !== auditOffModule
        ? { path: auditOffModule }
        : undefined,
    )
  },
}

let bundlesReady: Promise<void> | undefined

/**
 * Builds the three bundles once per bench run when any is missing or older than the sources (server/src, shared/src,
 * migrations, package-lock.json), so the bench never measures stale code.
 */
export function ensureBundles(): Promise<void> {
  bundlesReady ??= (async () => {
    const built = Object.values(launchers).map((launcher) => resolve(root, launcher.replace(/\.js$/, '.cjs')))
    const sources = ['server/src', 'shared/src', 'migrations', 'package-lock.json'].map((p) =>
      resolve(root, p),
    )
    if (built.every(existsSync) && Math.min(...built.map(modifiedAt)) > Math.max(...sources.map(newestIn)))
      return
    process.stderr.write('Building the server bundles the bench starts (as npm run build does)…\n')
    await buildServer()
    await bundle({
      entries: {
        'bench/server-unaudited': {
          source: 'server/src/bench/server-unaudited.ts',
          warmUpPath: '/api/health',
        },
      },
      outDir: 'dist',
      plugins: [swapInAuditOff],
    })
    await bundle({
      entries: { 'bench/bare-server': { source: 'server/src/bench/bare-server.ts', warmUpPath: '/hello' } },
      outDir: 'dist',
    })
  })()
  return bundlesReady
}

function modifiedAt(path: string): number {
  return statSync(path).mtimeMs
}

function newestIn(path: string): number {
  if (!statSync(path).isDirectory()) return modifiedAt(path)
  return Math.max(
    0,
    ...readdirSync(path, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => modifiedAt(join(entry.parentPath, entry.name))),
  )
}

/** Starts a bundle with node; --cpu-prof works on it as on any script. */
async function startBundle(
  entry: string,
  options: { env?: Record<string, string>; readyPath: string; cpuProfileDir?: string },
): Promise<Child> {
  const launcher = launchers[entry]
  if (!launcher) throw new Error(`No bundle for ${entry}; known: ${Object.keys(launchers).join(', ')}`)
  await ensureBundles()
  const profile = options.cpuProfileDir ? ['--cpu-prof', `--cpu-prof-dir=${options.cpuProfileDir}`] : []
  return startChild(process.execPath, [...profile, launcher], options)
}

/** The real server, as `npm start` runs it (`node dist/server/server.js`), on the given database. */
export function startServer(
  databasePath: string,
  options: { entry?: string; cpuProfileDir?: string } = {},
): Promise<Child> {
  return startBundle(options.entry ?? 'server/src/server.ts', {
    readyPath: '/api/health',
    ...(options.cpuProfileDir ? { cpuProfileDir: options.cpuProfileDir } : {}),
    env: {
      DATABASE_PATH: databasePath,
      LOG_LEVEL: 'silent',
      SESSION_SECRET: benchSessionSecret,
      HOST: '127.0.0.1',
    },
  })
}

/** The bare baseline: Fastify with one route, nothing else (bare-server.ts), bundled and started like the server. */
export function startBare(): Promise<Child> {
  return startBundle('server/src/bench/bare-server.ts', { readyPath: '/hello' })
}

/** A plain Node http server with no dependencies: what "start a Node process" costs at the least. */
export function startPlainNode(): Promise<Child> {
  const code = `require('node:http').createServer((q, s) => { s.setHeader('content-type', 'application/json'); s.end('{"status":"ok"}') }).listen(Number(process.env.PORT), '127.0.0.1')`
  return startChild(process.execPath, ['-e', code], { readyPath: '/api/health' })
}
