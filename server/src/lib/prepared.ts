import type Database from 'better-sqlite3'

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
