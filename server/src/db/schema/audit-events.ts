import { sqliteTable, integer, text, index } from 'drizzle-orm/sqlite-core'

/**
 * Append-only audit trail after NEN 7513: who did what to whose file, when, from where, with what outcome.
 * Triggers (migration 0001) refuse UPDATE and DELETE; each row's hash covers the previous row's hash.
 * No foreign keys: the trail must outlive whatever it describes.
 */
export const auditEvents = sqliteTable(
  'audit_events',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    at: text('at').notNull(),
    actorId: integer('actor_id'),
    actorRole: text('actor_role'),
    onBehalfOf: text('on_behalf_of'),
    householdId: integer('household_id'),
    personId: integer('person_id'),
    operation: text('operation').notNull(),
    objectId: text('object_id'),
    outcome: text('outcome', { enum: ['allowed', 'denied', 'failed'] }).notNull(),
    clientAddress: text('client_address'),
    prevHash: text('prev_hash').notNull(),
    hash: text('hash').notNull(),
  },
  (t) => [
    index('audit_events_household_idx').on(t.householdId, t.id),
    index('audit_events_actor_idx').on(t.actorId, t.id),
  ],
)
