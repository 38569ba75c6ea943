import { build, type Plugin } from 'esbuild'
import { spawn } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { freePort } from '../lib/free-port.ts'
import { tmpdir } from 'node:os'
import { basename, join, resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import { projectRoot } from '../lib/project-root.ts'

/**
 * The production server bundle (`npm run build`, after the client): `node dist/server/server.js` runs the server
 * and `node dist/server/seed.js` the seed CLI, without tsx. Run alone: `tsx server/src/cli/build-server.ts [--out
 * DIR]` (default dist).
 *
 * Why (issue 10, cold start): through tsx the server spent ~700 ms transpiling and resolving hundreds of TypeScript
 * and node_modules files on every start. One bundled file removes that, but node then still parses and compiles
 * 4 MB of JavaScript on each start (~100–150 ms here). So each entry is three files:
 *
 * - `<name>.cjs`: the bundle. CommonJS, because node 20 can hand a V8 code cache only to a script it compiles
 *   through `vm.Script`, not to an ES module (node 22's `module.enableCompileCache()` does the same for ESM).
 * - `<name>.cjs.cache`: V8's compiled code, recorded by the build from one real start of the bundle (on a
 *   throw-away database), so also the functions a start runs are in it. It starts with a CRC-32 of the bundle:
 *   V8 itself only compares the source length, and a cache must never be used for another bundle. When V8
 *   rejects it (another node version or V8 flags), node simply compiles as without one.
 * - `<name>.js`: the launcher node is given, which runs the bundle with that cache.
 *
 * Left outside the bundle: packages with a native part, and the files the server reads at run time (migrations/,
 * dist/client/), found from the project root (lib/project-root.ts). So the bundle runs from a folder inside the
 * project, next to node_modules.
 */

export type BundleEntry = {
  /** The source file, relative to the project root. */
  source: string
  /** Record the code cache from a start that ends when this path answers 200 (a server), or no cache. */
  warmUpPath?: string
}

/** Entry points by output name (relative to the out folder). */
export const productEntries: Record<string, BundleEntry> = {
  'server/server': { source: 'server/src/server.ts', warmUpPath: '/api/health' },
  // Runs once per `npm start` and not on a path anyone waits for: bundled (no tsx), no recorded cache.
  'server/seed': { source: 'server/src/cli/seed.ts' },
}

/** Packages with a native part: node loads them from node_modules at run time. */
export const nativePackages = ['better-sqlite3', '@node-rs/argon2']

/** The environment variable that makes a launcher record its code cache at exit (the build's warm-up only). */
const recordCacheVariable = 'NAAST_RECORD_CODE_CACHE'

export type BundleOptions = {
  /** Output name (without extension, relative to outDir) → entry. */
  entries: Record<string, BundleEntry>
  /** Relative to the project root, or absolute. Must lie inside the project (see lib/project-root.ts). */
  outDir: string
  /** Bench bundles swap a module with a plugin; the product bundle has none. */
  plugins?: Plugin[]
}

/** Bundles entry points the way production runs them, writes their launchers and records their code caches. */
export async function bundle({ entries, outDir, plugins = [] }: BundleOptions): Promise<void> {
  const out = resolve(projectRoot, outDir)
  for (const name of Object.keys(entries))
    for (const suffix of ['.js', '.cjs', '.cjs.map', '.cjs.cache'])
      rmSync(join(out, name + suffix), { force: true })
  const result = await build({
    absWorkingDir: projectRoot,
    entryPoints: Object.fromEntries(
      Object.entries(entries).map(([name, entry]) => [name, resolve(projectRoot, entry.source)]),
    ),
    outdir: out,
    outExtension: { '.js': '.cjs' },
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    // package.json "imports" resolves `#shared/*`.
    tsconfig: resolve(projectRoot, 'tsconfig.json'),
    external: nativePackages,
    // The sources are ES modules; in the CommonJS bundle import.meta.url is the bundle's own URL.
    define: { 'import.meta.url': '__bundleUrl' },
    banner: { js: `var __bundleUrl = require('node:url').pathToFileURL(__filename).href;` },
    // Comments and whitespace out (a quarter less to read at each start), names kept for stack traces and profiles.
    minifyWhitespace: true,
    minifySyntax: true,
    charset: 'ascii',
    sourcemap: 'linked',
    legalComments: 'none',
    logLevel: 'silent',
    plugins,
  })
  if (result.warnings.length > 0)
    throw new Error(`Server bundle: ${result.warnings.map((w) => w.text).join('; ')}`)
  for (const [name, entry] of Object.entries(entries)) {
    // ASCII (esbuild escapes all but a few regular expressions) decodes as latin1, several times faster than utf8.
    const ascii = !readFileSync(join(out, `${name}.cjs`)).some((byte) => byte > 0x7f)
    const launcher = join(out, `${name}.js`)
    writeFileSync(launcher, launcherSource(`${basename(name)}.cjs`, ascii ? 'latin1' : 'utf8'))
    if (entry.warmUpPath) await recordCodeCache(launcher, entry.warmUpPath)
  }
}

/** The product bundle: dist/server/server.js and dist/server/seed.js (with their .cjs and cache). */
export function buildServer(outDir = 'dist'): Promise<void> {
  return bundle({ entries: productEntries, outDir })
}

/**
 * The launcher: plain node runs it (an ES module, as every .js file of this package). It compiles the bundle
 * beside it with the recorded code cache when that belongs to this bundle, and runs it as CommonJS would.
 */
function launcherSource(bundleFile: string, encoding: 'latin1' | 'utf8'): string {
  return `// Written by server/src/cli/build-server.ts: runs ${bundleFile} with the V8 code cache the build recorded.
import { readFileSync, writeFileSync } from 'node:fs'
import Module, { createRequire } from 'node:module'
import { dirname } from 'node:path'
import { fileURLToPath } from 'node:url'
import { Script } from 'node:vm'
import { crc32 } from 'node:zlib'

const file = fileURLToPath(new URL(${JSON.stringify(`./${bundleFile}`)}, import.meta.url))
const cacheFile = file + '.cache'
const source = readFileSync(file)
const checksum = crc32(source)
let cachedData
try {
  const cache = readFileSync(cacheFile)
  if (cache.readUInt32LE(0) === checksum) cachedData = cache.subarray(4)
} catch {
  // No cache: V8 compiles the bundle as node would.
}
const wrapped = '(function (exports, require, module, __filename, __dirname) {' + source.toString('${encoding}') + '\\n})'
const script = new Script(wrapped, { filename: file, cachedData })
if (process.env.${recordCacheVariable} === '1')
  process.once('exit', () => {
    const header = Buffer.alloc(4)
    header.writeUInt32LE(checksum)
    writeFileSync(cacheFile, Buffer.concat([header, script.createCachedData()]))
  })
const module = new Module(file)
module.filename = file
script.runInThisContext()(module.exports, createRequire(file), module, file, dirname(file))
`
}

/**
 * Starts the launcher once on a throw-away database, waits for `readyPath` to answer 200 and stops it; the launcher
 * writes the code cache as it exits. Also proves the bundle starts: the build fails when it does not.
 */
async function recordCodeCache(launcher: string, readyPath: string): Promise<void> {
  const folder = mkdtempSync(join(tmpdir(), 'naast-warm-up-'))
  const port = await freePort()
  const child = spawn(process.execPath, [launcher], {
    cwd: projectRoot,
    env: {
      ...process.env,
      [recordCacheVariable]: '1',
      DATABASE_PATH: join(folder, 'warm-up.sqlite'),
      SESSION_SECRET: 'warm-up-session-secret-that-is-long-enough-0123',
      HOST: '127.0.0.1',
      PORT: String(port),
      LOG_LEVEL: 'silent',
    },
    stdio: ['ignore', 'ignore', 'pipe'],
  })
  let stderr = ''
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
  const exited = new Promise<number | null>((done) => child.once('exit', (code) => done(code)))
  try {
    const until = Date.now() + 30_000
    let ready = false
    while (!ready && child.exitCode === null && Date.now() < until) {
      ready = await fetch(`http://127.0.0.1:${port}${readyPath}`).then(
        (res) => res.ok,
        () => false,
      )
      if (!ready) await new Promise((r) => setTimeout(r, 20))
    }
    if (!ready) throw new Error(`${launcher} did not answer ${readyPath} when started:\n${stderr}`)
    child.kill('SIGTERM')
    const code = await exited
    if (code !== 0 || !existsSync(`${launcher.replace(/\.js$/, '.cjs')}.cache`))
      throw new Error(`${launcher} did not stop cleanly (exit ${code}) or wrote no code cache:\n${stderr}`)
  } finally {
    if (child.exitCode === null) child.kill('SIGKILL')
    rmSync(folder, { recursive: true, force: true })
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  const outIndex = process.argv.indexOf('--out')
  const outDir = outIndex === -1 ? 'dist' : process.argv[outIndex + 1]
  if (!outDir) {
    console.error('Usage: tsx server/src/cli/build-server.ts [--out DIR]')
    process.exit(1)
  }
  const started = performance.now()
  await buildServer(outDir)
  const where = resolve(projectRoot, outDir, 'server')
  console.log(`Server bundle written to ${where} in ${Math.round(performance.now() - started)} ms.`)
}
