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

export type ChainVerdict =
  | { ok: true; checked: number }
  | { ok: false; checked: number; firstBrokenId: number; reason: 'altered' | 'chain-broken' }

/**
 * Walks the audit trail in order and recomputes every hash. The first event whose content no longer matches its
 * hash was altered; one whose prev_hash does not match its predecessor marks a removed or inserted event.
 */
export function verifyAuditChain(db: Db): ChainVerdict {
  let expectedPrev = genesisHash
  let checked = 0
  const rows = db.$client
    .prepare('SELECT * FROM audit_events ORDER BY id')
    .iterate() as IterableIterator<AuditRow>
  for (const row of rows) {
    if (row.prev_hash !== expectedPrev)
      return { ok: false, checked, firstBrokenId: row.id, reason: 'chain-broken' }
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
    if (recomputed !== row.hash) return { ok: false, checked, firstBrokenId: row.id, reason: 'altered' }
    expectedPrev = row.hash
    checked++
  }
  return { ok: true, checked }
}
