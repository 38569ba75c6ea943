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
