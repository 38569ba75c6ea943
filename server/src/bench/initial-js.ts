import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { dirname, resolve } from 'node:path'
import { gzipSync } from 'node:zlib'
import { fromProjectRoot } from '../lib/project-root.ts'

/**
 * What a browser must fetch before the first page can render: the entry script, every script index.html loads or
 * modulepreloads, and (to not depend on the preload list being complete) every chunk those import statically.
 * Chunks loaded with import() (pages, the second language) are not counted. Measured on the built client
 * (`npm run build` into dist/client), gzip at zlib's default level, as a server or CDN would send it; KB are
 * 1024 bytes (Vite's build report uses 1000 and its own gzip, so it shows slightly larger numbers).
 */

export type InitialJsFile = { file: string; bytes: number; gzipBytes: number }
export type InitialJs = { files: InitialJsFile[]; totalBytes: number; totalGzipBytes: number }

/** Issue 10's budget for the first load. */
export const initialJsBudgetGzipBytes = 160 * 1024

export const defaultClientDir = fromProjectRoot('dist', 'client')

/** The scripts index.html loads (`<script type="module" src>`) or modulepreloads (`<link rel="modulepreload">`). */
export function scriptsInIndexHtml(html: string): string[] {
  const found: string[] = []
  for (const tag of html.match(/<(script|link)\b[^>]*>/gi) ?? []) {
    const isScript = /^<script\b/i.test(tag)
    if (!isScript && !/\brel=["']?modulepreload\b/i.test(tag)) continue
    const url = /\b(?:src|href)=["']([^"']+)["']/i.exec(tag)?.[1]
    if (url && /\.m?js(\?|$)/.test(url)) found.push(url)
  }
  return found
}

/** Relative specifiers of a built chunk's static imports (`import … from "./x.js"`, `import "./x.js"`). */
export function staticImports(code: string): string[] {
  const found: string[] = []
  for (const match of code.matchAll(/(?:\bfrom|\bimport)\s*["'](\.{1,2}\/[^"']+)["']/g)) found.push(match[1]!)
  return found
}

function measured(files: InitialJsFile[]): InitialJs {
  return {
    files,
    totalBytes: files.reduce((sum, f) => sum + f.bytes, 0),
    totalGzipBytes: files.reduce((sum, f) => sum + f.gzipBytes, 0),
  }
}

/** The given chunks and every chunk they import statically, leaving out those in `seen` (and adding to it). */
function withStaticImports(clientDir: string, start: string[], seen: Set<string>): InitialJsFile[] {
  const queue = [...start]
  const files: InitialJsFile[] = []
  while (queue.length > 0) {
    const path = queue.shift()!
    if (seen.has(path)) continue
    seen.add(path)
    const code = readFileSync(path)
    files.push({
      file: path.slice(clientDir.length + 1),
      bytes: code.length,
      gzipBytes: gzipSync(code).length,
    })
    for (const specifier of staticImports(code.toString('utf8')))
      queue.push(resolve(dirname(path), specifier))
  }
  return files
}

function initialPaths(clientDir: string): string[] {
  const indexPath = resolve(clientDir, 'index.html')
  if (!existsSync(indexPath)) throw new Error(`No built client in ${clientDir}: run "npm run build" first.`)
  return scriptsInIndexHtml(readFileSync(indexPath, 'utf8')).map((url) =>
    resolve(clientDir, `.${new URL(url, 'http://x/').pathname}`),
  )
}

export function measureInitialJs(clientDir: string = defaultClientDir): InitialJs {
  return measured(withStaticImports(clientDir, initialPaths(clientDir), new Set()))
}

/**
 * Not part of the budget, for the whole picture: what is loaded next, before the log-in page shows to a Dutch
 * visitor, on top of the initial JavaScript: the Dutch texts (`nl`), the log-in contract with zod (`auth`, for
 * "who am I") and the log-in page, each with the chunks it imports that were not loaded already. A chunk that
 * is not built on its own counts as nothing here.
 */
export function measureBeforeLogInPage(
  clientDir: string = defaultClientDir,
  chunks: readonly string[] = ['nl', 'auth', 'login-page'],
): { chunk: string; result: InitialJs }[] {
  const seen = new Set<string>()
  withStaticImports(clientDir, initialPaths(clientDir), seen)
  const assets = readdirSync(resolve(clientDir, 'assets'))
  return chunks.map((chunk) => {
    // Built chunks are named "<name>-<8 character hash>.js".
    const file = assets.find((name) => new RegExp(`^${chunk}-[\\w-]{8}\\.js$`).test(name))
    // No chunk of its own (an older build, say): its code is in the initial JavaScript or another chunk.
    const start = file ? [resolve(clientDir, 'assets', file)] : []
    return { chunk, result: measured(withStaticImports(clientDir, start, seen)) }
  })
}

export const kilobytes = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`
