import type Database from 'better-sqlite3'
import { fillPlaceholders, type SQL } from 'drizzle-orm'
import { SQLiteSyncDialect } from 'drizzle-orm/sqlite-core'

const cache = new WeakMap<Database.Database, Map<string, Database.Statement>>()

/**
 * The statement for `source` on this connection, prepared the first time only. Hot paths (session, access check,
 * audit, conversation list, search) run short indexed queries where preparing costs as much as running.
 */
export function prepared<Params extends unknown[] = unknown[], Row = unknown>(
  client: Database.Database,
  source: string,
): Database.Statement<Params, Row> {
  let statements = cache.get(client)
  if (!statements) cache.set(client, (statements = new Map()))
  let statement = statements.get(source)
  if (!statement) statements.set(source, (statement = client.prepare(source)))
  return statement as Database.Statement<Params, Row>
}

const queries = new WeakMap<object, Map<string, unknown>>()

/**
 * A drizzle query built and prepared once per database handle (`.prepare()` with `sql.placeholder` values), for
 * the hot reads written with the query builder: building the SQL text and preparing it cost more than running a
 * short indexed query (the household read spent a quarter of its time there; npm run bench). `key` names the
 * query; `build` must always build the same one. A transaction handle gets its own, short-lived cache.
 */
export function preparedQuery<Query>(db: object, key: string, build: () => Query): Query {
  let built = queries.get(db)
  if (!built) queries.set(db, (built = new Map()))
  let query = built.get(key) as Query | undefined
  if (query === undefined) built.set(key, (query = build()))
  return query
}

const dialect = new SQLiteSyncDialect()
const compiled = new WeakMap<
  Database.Database,
  Map<string, { statement: Database.Statement; params: unknown[] }>
>()

/**
 * A query written as a drizzle `sql` template with `sql.placeholder(name)` for its values, compiled and prepared
 * once per connection. For hot reads written as raw SQL: `db.get(sql`…`)` prepares the text again on every call,
 * which cost a single-record read about a third of its time (npm run bench). `key` names the query; `build` must
 * always build the same one.
 */
export function preparedSql<Row>(client: Database.Database, key: string, build: () => SQL) {
  let queries = compiled.get(client)
  if (!queries) compiled.set(client, (queries = new Map()))
  let query = queries.get(key)
  if (!query) {
    const { sql, params } = dialect.sqlToQuery(build())
    queries.set(key, (query = { statement: client.prepare(sql), params }))
  }
  const { statement, params } = query
  return {
    get: (values: Record<string, unknown> = {}) =>
      statement.get(...fillPlaceholders(params, values)) as Row | undefined,
    all: (values: Record<string, unknown> = {}) =>
      statement.all(...fillPlaceholders(params, values)) as Row[],
  }
}
