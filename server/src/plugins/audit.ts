import { createHash } from 'node:crypto'
import type Database from 'better-sqlite3'
import type { FastifyInstance } from 'fastify'
import type { RequestContext } from './context.ts'
import { prepared } from '../lib/prepared.ts'

export type AuditOutcome = 'allowed' | 'denied' | 'failed'

/** What a service says about one request; who and from where come from the request context. */
export type AuditEntry = {
  /** Dotted literal naming the action, e.g. `household.read`, `consent.revoke`. */
  operation: string
  outcome?: AuditOutcome
  householdId?: number | null
  personId?: number | null
  objectId?: string | number | null
  onBehalfOf?: string | null
}

export const genesisHash = '0'.repeat(64)

type HashedFields = {
  at: string
  actorId: number | null
  actorRole: string | null
  onBehalfOf: string | null
  householdId: number | null
  personId: number | null
  operation: string
  objectId: string | null
  outcome: AuditOutcome
  clientAddress: string | null
}

/** The hash of one event covers every field and the previous event's hash, so any edit breaks the chain. */
export function auditHash(prevHash: string, e: HashedFields): string {
  const canonical = JSON.stringify([
    prevHash,
    e.at,
    e.actorId,
    e.actorRole,
    e.onBehalfOf,
    e.householdId,
    e.personId,
    e.operation,
    e.objectId,
    e.outcome,
    e.clientAddress,
  ])
  return createHash('sha256').update(canonical).digest('hex')
}

const touchHouseholdSql =
  'UPDATE households SET last_changed_at = @at WHERE id = @id AND last_changed_at < @at'
const lastHashSql = 'SELECT hash FROM audit_events ORDER BY id DESC LIMIT 1'
const insertSql = `INSERT INTO audit_events
  (at, actor_id, actor_role, on_behalf_of, household_id, person_id, operation, object_id, outcome, client_address, prev_hash, hash)
  VALUES (@at, @actorId, @actorRole, @onBehalfOf, @householdId, @personId, @operation, @objectId, @outcome, @clientAddress, @prevHash, @hash)`

/**
 * Appends one audit event. Call it inside the transaction of a write, and before replying to a read. Never pass
 * note text, tokens or passwords: the trail names what was touched, not what it said.
 *
 * Outside a transaction, during a request, the event joins the read audits of this event-loop turn, which commit
 * together (group commit): one fsync for all of them instead of one each, which capped audited reads near 1,500/s.
 * The reply still waits for that commit (registerAuditCommits), so no answer leaves before its audit event is on
 * disk, and a failed commit turns the answer into an error.
 */
export function recordAudit(ctx: RequestContext, entry: AuditEntry): void {
  const fields: HashedFields = {
    at: ctx.clock.now().toISOString(),
    actorId: ctx.actor?.userId ?? null,
    actorRole: ctx.actor?.role ?? null,
    onBehalfOf: entry.onBehalfOf ?? null,
    householdId: entry.householdId ?? null,
    personId: entry.personId ?? null,
    operation: entry.operation,
    objectId: entry.objectId == null ? null : String(entry.objectId),
    outcome: entry.outcome ?? 'allowed',
    clientAddress: ctx.clientAddress,
  }
  const client = ctx.db.$client
  if (!client.inTransaction && ctx.awaitAudit) {
    ctx.awaitAudit(queueForGroupCommit(client, fields))
    return
  }
  // Writes are audited inside their own transaction, reads outside one: a change moves the file's retention clock.
  // Opening a file in an emergency is not a change to it.
  const changesFile =
    client.inTransaction &&
    fields.householdId !== null &&
    fields.outcome === 'allowed' &&
    !fields.operation.startsWith('emergency.')
  // better-sqlite3 is synchronous and we hold the one write connection: reading the last hash and appending are
  // one step, and nested in the caller's transaction when there is one (a savepoint).
  client.transaction(() => {
    append(client, [fields])
    if (changesFile) prepared(client, touchHouseholdSql).run({ at: fields.at, id: fields.householdId })
  })()
}

/** Chains and inserts events in order after the last one stored; the caller holds a transaction. */
function append(client: Database.Database, events: HashedFields[]) {
  let prevHash = prepared<[], { hash: string }>(client, lastHashSql).get()?.hash ?? genesisHash
  const insert = prepared(client, insertSql)
  for (const fields of events) {
    const hash = auditHash(prevHash, fields)
    insert.run({ ...fields, prevHash, hash })
    prevHash = hash
  }
}

type GroupCommit = { events: HashedFields[]; committed: Promise<void> }
const openGroups = new WeakMap<Database.Database, GroupCommit>()

/**
 * Queues an event for the commit that runs once this event-loop turn's I/O callbacks are done (setImmediate).
 * No transaction can be open then: better-sqlite3 transactions are synchronous, so a write that audits in between
 * simply takes its place in the chain first.
 */
function queueForGroupCommit(client: Database.Database, fields: HashedFields): Promise<void> {
  let group = openGroups.get(client)
  if (!group) {
    const events: HashedFields[] = []
    const committed = new Promise<void>((resolve, reject) => {
      setImmediate(() => {
        openGroups.delete(client)
        try {
          client.transaction(() => append(client, events))()
          resolve()
        } catch (error) {
          reject(error)
        }
      })
    })
    // Each waiting request handles the failure; this only keeps it from counting as unhandled.
    committed.catch(() => {})
    openGroups.set(client, (group = { events, committed }))
  }
  group.events.push(fields)
  return group.committed
}

/**
 * Holds every reply until the group commit that holds its audit events is done. A reply whose events could not be
 * stored becomes a server error instead of the data.
 */
export function registerAuditCommits(app: FastifyInstance) {
  app.decorateRequest('auditCommits', null)
  app.addHook('onSend', (request, _reply, payload, done) => {
    const commits = request.auditCommits
    if (commits === null) return done(null, payload)
    request.auditCommits = null
    Promise.all(commits).then(
      () => done(null, payload),
      (error: Error) => done(error),
    )
  })
}
