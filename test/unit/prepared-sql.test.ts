import { describe, expect, it } from 'vitest'
import Database from 'better-sqlite3'
import { sql } from 'drizzle-orm'
import { preparedSql } from '../../server/src/lib/prepared.ts'

describe('a raw query prepared once', () => {
  const client = new Database(':memory:')
  client.exec(
    "CREATE TABLE t (id INTEGER PRIMARY KEY, name TEXT); INSERT INTO t VALUES (1, 'een'), (2, 'twee')",
  )
  const byId = () =>
    preparedSql<{ name: string }>(
      client,
      't.byId',
      () => sql`SELECT name FROM t WHERE id = ${sql.placeholder('id')}`,
    )

  it('answers with the values given on each call, from one prepared statement', () => {
    expect(byId().get({ id: 1 })).toEqual({ name: 'een' })
    expect(byId().get({ id: 2 })).toEqual({ name: 'twee' })
    expect(byId().all({ id: 3 })).toEqual([])
    let builds = 0
    const counted = () =>
      preparedSql(client, 't.counted', () => {
        builds++
        return sql`SELECT count(*) AS n FROM t`
      }).get()
    counted()
    counted()
    expect(builds).toBe(1)
  })

  it('refuses a call that leaves a value out, instead of running with a blank', () => {
    expect(() => byId().get({})).toThrow(/No value for placeholder "id"/)
  })
})
