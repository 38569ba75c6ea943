import { describe, expect, it } from 'vitest'
import { Writable } from 'node:stream'
import { buildApp } from '../../server/src/app.ts'
import { freshDatabase } from '../support/db.ts'
import { testConfig } from '../support/build-app.ts'

describe('the server log', () => {
  it('never holds a search term or a cookie', async () => {
    const { db, path } = freshDatabase()
    const lines: string[] = []
    const stream = new Writable({
      write(chunk, _encoding, done) {
        lines.push(String(chunk))
        done()
      },
    })
    const app = await buildApp({ config: testConfig(path, { LOG_LEVEL: 'info' }), db, logStream: stream })
    await app.inject({
      method: 'GET',
      url: '/api/search?q=Jansen',
      headers: { cookie: 'naast_session=geheim' },
    })
    await app.close()
    db.$client.close()
    const log = lines.join('')
    expect(log).toContain('/api/search')
    expect(log).not.toContain('Jansen')
    expect(log).not.toContain('geheim')
  })
})
