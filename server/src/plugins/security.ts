import type { FastifyInstance } from 'fastify'
import { AppError } from './errors.ts'
import { ErrorCode } from '#shared/contracts/common'

const stateChanging = new Set(['POST', 'PUT', 'PATCH', 'DELETE'])

/**
 * The security headers of every answer, built once: a strict Content-Security-Policy (no inline scripts or styles,
 * nothing from other origins) and the usual hardening headers, with the values helmet's defaults give. Helmet
 * rebuilt these per request, a measurable share of a short read (npm run bench); they never change while the
 * server runs.
 */
export function securityHeaders(tls: boolean): [string, string][] {
  const csp = [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self'",
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    ...(tls ? ['upgrade-insecure-requests'] : []),
  ].join(';')
  return [
    ['content-security-policy', csp],
    ['cross-origin-opener-policy', 'same-origin'],
    ['cross-origin-resource-policy', 'same-origin'],
    ['origin-agent-cluster', '?1'],
    ['referrer-policy', 'no-referrer'],
    ...(tls
      ? [['strict-transport-security', 'max-age=31536000; includeSubDomains'] as [string, string]]
      : []),
    ['x-content-type-options', 'nosniff'],
    ['x-dns-prefetch-control', 'off'],
    ['x-download-options', 'noopen'],
    ['x-frame-options', 'SAMEORIGIN'],
    ['x-permitted-cross-domain-policies', 'none'],
    ['x-xss-protection', '0'],
  ]
}

/**
 * Security headers, and the CSRF defence for state-changing requests: a same-origin Origin header and a JSON body
 * (a cross-site form cannot send application/json without a preflight).
 */
export function registerSecurity(app: FastifyInstance) {
  const headers = securityHeaders(app.config.TLS)
  app.addHook('onRequest', async (request, reply) => {
    for (const [name, value] of headers) reply.header(name, value)
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
