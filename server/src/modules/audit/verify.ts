import type { Db } from '../../db/client.ts'
import { auditHash, genesisHash, type AuditOutcome } from '../../plugins/audit.ts'

type AuditRow = {
  id: number
  at: string
  actor_id: number | null
  actor_role: string | null
  on_behalf_of: string | null
  household_id: number | null
  person_id: number | null
  operation: string
  object_id: string | null
  outcome: AuditOutcome
  client_address: string | null
  prev_hash: string
  hash: string
}

type PrunedRow = { id: number; prev_hash: string; hash: string }

/** `checked`: events whose content was recomputed; `pruned`: events removed under the retention rule. */
export type ChainVerdict =
  | { ok: true; checked: number; pruned: number }
  | {
      ok: false
      checked: number
      pruned: number
      firstBrokenId: number
      reason: 'altered' | 'chain-broken'
    }

/**
 * Walks the audit trail in order and recomputes every hash. The first event whose content no longer matches its
 * hash was altered; one whose prev_hash does not match its predecessor marks a removed or inserted event.
 *
 * Events removed under the retention rule (five years old, their file deleted) left their id and hashes in
 * audit_pruned: the walk merges both tables by id, takes a pruned event's stored hash as it is (its content is
 * gone) and still checks that it follows the event before it, so the chain stays whole across the gap.
 */
export function verifyAuditChain(db: Db): ChainVerdict {
  let expectedPrev = genesisHash
  let checked = 0
  let pruned = 0
  // Two cursors in id order, merged here: sorting a UNION of millions of rows would need a temporary b-tree.
  const events = db.$client
    .prepare('SELECT * FROM audit_events ORDER BY id')
    .iterate() as IterableIterator<AuditRow>
  const gaps = db.$client
    .prepare('SELECT id, prev_hash, hash FROM audit_pruned ORDER BY id')
    .iterate() as IterableIterator<PrunedRow>
  let event = events.next()
  let gap = gaps.next()
  try {
    while (!event.done || !gap.done) {
      if (!gap.done && (event.done || gap.value.id < event.value.id)) {
        const row = gap.value
        if (row.prev_hash !== expectedPrev)
          return { ok: false, checked, pruned, firstBrokenId: row.id, reason: 'chain-broken' }
        expectedPrev = row.hash
        pruned++
        gap = gaps.next()
        continue
      }
      const row = event.value as AuditRow
      // An id in both tables is verified as the event it still is.
      if (!gap.done && gap.value.id === row.id) gap = gaps.next()
      if (row.prev_hash !== expectedPrev)
        return { ok: false, checked, pruned, firstBrokenId: row.id, reason: 'chain-broken' }
      const recomputed = auditHash(row.prev_hash, {
        at: row.at,
        actorId: row.actor_id,
        actorRole: row.actor_role,
        onBehalfOf: row.on_behalf_of,
        householdId: row.household_id,
        personId: row.person_id,
        operation: row.operation,
        objectId: row.object_id,
        outcome: row.outcome,
        clientAddress: row.client_address,
      })
      if (recomputed !== row.hash)
        return { ok: false, checked, pruned, firstBrokenId: row.id, reason: 'altered' }
      expectedPrev = row.hash
      checked++
      event = events.next()
    }
  } finally {
    // Stop the cursors when returning early, so the connection is free for the next statement.
    events.return?.()
    gaps.return?.()
  }
  return { ok: true, checked, pruned }
}
