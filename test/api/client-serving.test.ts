import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { buildTestApp, type TestApp } from '../support/build-app.ts'
import { securityHeaders } from '../../server/src/plugins/security.ts'

let t: TestApp
beforeAll(async () => {
  const dir = mkdtempSync(join(tmpdir(), 'naast-client-'))
  mkdirSync(join(dir, 'assets'))
  writeFileSync(join(dir, 'index.html'), '<!doctype html><title>Naast</title><div id="root"></div>')
  writeFileSync(join(dir, 'assets', 'index-abc123.js'), 'console.log(1)')
  t = await buildTestApp({ clientDir: dir })
})
afterAll(() => t.close())

describe('serving the client', () => {
  it('sends the same security headers with pages, files and API answers, errors included', async () => {
    for (const url of ['/huishoudens/12', '/assets/index-abc123.js', '/api/health', '/api/nothing-here']) {
      const res = await t.app.inject({ method: 'GET', url })
      expect(res.headers['content-security-policy'], url).toBe(
        "default-src 'self';script-src 'self';style-src 'self';img-src 'self' data:;font-src 'self';connect-src 'self';object-src 'none';base-uri 'none';form-action 'self';frame-ancestors 'none'",
      )
      expect(res.headers, url).toMatchObject({
        'x-frame-options': 'SAMEORIGIN',
        'x-content-type-options': 'nosniff',
        'referrer-policy': 'no-referrer',
        'cross-origin-opener-policy': 'same-origin',
      })
      expect(res.headers['strict-transport-security'], url).toBeUndefined()
    }
  })

  it('behind TLS, tells browsers to use HTTPS only and to upgrade any plain request', () => {
    const headers = new Map(securityHeaders(true))
    expect(headers.get('strict-transport-security')).toBe('max-age=31536000; includeSubDomains')
    expect(headers.get('content-security-policy')).toMatch(/;upgrade-insecure-requests$/)
  })

  it('answers a deep link with the app page, so the client router can show it', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/huishoudens/12' })
    expect(res.statusCode).toBe(200)
    expect(res.headers['content-type']).toMatch(/text\/html/)
    expect(res.body).toContain('<div id="root">')
    expect(res.headers['cache-control']).toBe('no-cache')
    expect(String(res.headers['content-security-policy'])).toContain("default-src 'self'")
  })

  it('caches hashed assets for a year', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/assets/index-abc123.js' })
    expect(res.statusCode).toBe(200)
    expect(res.headers['cache-control']).toBe('public, max-age=31536000, immutable')
  })

  it('never answers an API path with the app page, and tells nothing without a log-in', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/nothing-here' })
    expect(res.statusCode).toBe(401)
    expect(res.json()).toMatchObject({ code: 'UNAUTHENTICATED' })
  })
})
