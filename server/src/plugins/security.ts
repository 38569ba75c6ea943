import type { FastifyInstance } from 'fastify'
import helmet from '@fastify/helmet'
import { AppError } from './errors.ts'
import { ErrorCode } from '#shared/contracts/common'

const stateChanging = new Set(['POST', 'PUT', 'PATCH', 'DELETE'])

/**
 * Security headers with a strict Content-Security-Policy (no inline scripts or styles, nothing from other
 * origins), and the CSRF defence for state-changing requests: a same-origin Origin header and a JSON body
 * (a cross-site form cannot send application/json without a preflight).
 */
export async function registerSecurity(app: FastifyInstance) {
  await app.register(helmet, {
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'"],
        imgSrc: ["'self'", 'data:'],
        fontSrc: ["'self'"],
        connectSrc: ["'self'"],
        objectSrc: ["'none'"],
        baseUri: ["'none'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
        ...(app.config.TLS ? { upgradeInsecureRequests: [] } : {}),
      },
    },
    strictTransportSecurity: app.config.TLS,
    crossOriginEmbedderPolicy: false,
    referrerPolicy: { policy: 'no-referrer' },
  })

  app.addHook('onRequest', async (request, reply) => {
    if (request.url.startsWith('/api/')) reply.header('cache-control', 'no-store')
    if (!stateChanging.has(request.method)) return
    const expected = app.config.PUBLIC_ORIGIN ?? `${request.protocol}://${request.host}`
    if (request.headers.origin !== expected) {
      throw new AppError(403, ErrorCode.forbidden, 'errors.foreignOrigin')
    }
    const type = request.headers['content-type'] ?? ''
    if (!/^application\/json\s*(;|$)/i.test(type)) {
      throw new AppError(415, ErrorCode.unsupportedMediaType, 'errors.unsupportedMediaType')
    }
  })
}
