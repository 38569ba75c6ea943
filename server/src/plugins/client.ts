import type { FastifyInstance } from 'fastify'
import fastifyStatic from '@fastify/static'
import { existsSync } from 'node:fs'
import { dirname, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

export const defaultClientDir = resolve(dirname(fileURLToPath(import.meta.url)), '../../../dist/client')

/**
 * Serves the built client. Hashed assets are cached for a year; every other path that is not an API route gets
 * index.html, so the client's router handles deep links (SPA fallback).
 */
export async function registerClient(app: FastifyInstance, clientDir: string) {
  if (!existsSync(resolve(clientDir, 'index.html'))) {
    app.log.warn(`No built client in ${clientDir}: run "npm run build". The API still works.`)
    return false
  }
  await app.register(fastifyStatic, {
    root: clientDir,
    wildcard: false,
    index: false,
    setHeaders(reply, path) {
      reply.header(
        'cache-control',
        path.includes('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache',
      )
    },
  })
  return true
}
