import type { FastifyInstance } from 'fastify'
import fastifyStatic from '@fastify/static'
import { existsSync, readdirSync } from 'node:fs'
import { join, relative, resolve, sep } from 'node:path'
import { fromProjectRoot } from '../lib/project-root.ts'

export const defaultClientDir = fromProjectRoot('dist/client')

/**
 * Serves the built client. Hashed assets are cached for a year; every other path that is not an API route gets
 * index.html, so the client's router handles deep links (SPA fallback).
 *
 * Only the files the build made are served, as listed once at start. One route per top-level name (`/assets/*`,
 * `/index.html`, `/favicon.svg`) rather than @fastify/static's route per file: a hundred files made 230 routes,
 * whose registration was a sixth of the server's cold start.
 */
export async function registerClient(app: FastifyInstance, clientDir: string) {
  if (!existsSync(resolve(clientDir, 'index.html'))) {
    app.log.warn(`No built client in ${clientDir}: run "npm run build". The API still works.`)
    return false
  }
  // serve: false gives reply.sendFile (with these headers) and no routes.
  await app.register(fastifyStatic, {
    root: clientDir,
    serve: false,
    index: false,
    setHeaders(reply, path) {
      reply.header(
        'cache-control',
        path.includes('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache',
      )
    },
  })
  const files = builtFiles(clientDir)
  for (const name of new Set([...files].map((file) => file.split('/')[0]!))) {
    if (files.has(name)) {
      app.get(`/${name}`, (_request, reply) => reply.sendFile(name))
      continue
    }
    // A folder: every file in it through one route; a path the build did not make is not found (the SPA fallback).
    app.get<{ Params: { '*': string } }>(`/${name}/*`, (request, reply) => {
      const file = `${name}/${request.params['*']}`
      return files.has(file) ? reply.sendFile(file) : reply.callNotFound()
    })
  }
  return true
}

/** The regular files under `dir`, as '/'-separated paths relative to it; no dotfiles, as before. */
function builtFiles(dir: string): Set<string> {
  const files = new Set<string>()
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    const path = relative(dir, join(entry.parentPath, entry.name)).split(sep).join('/')
    if (entry.isFile() && !path.split('/').some((part) => part.startsWith('.'))) files.add(path)
  }
  return files
}
