import { sqliteTable, integer, text, index, primaryKey } from 'drizzle-orm/sqlite-core'
import { households } from './households.ts'
import { users } from './users.ts'
import { lifeDomains } from './life-domains.ts'

/**
 * One logged conversation. Searchable through the FTS5 table `conversations_fts` (migration 0004), which triggers
 * keep in step; its `scope` column holds the household and team tokens that limit a search to what the searcher
 * may open.
 */
export const conversations = sqliteTable(
  'conversations',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    householdId: integer('household_id')
      .notNull()
      .references(() => households.id),
    authorId: integer('author_id')
      .notNull()
      .references(() => users.id),
    occurredAt: text('occurred_at').notNull(),
    kind: text('kind', { enum: ['home_visit', 'phone', 'office', 'video', 'network', 'partner'] }).notNull(),
    text: text('text').notNull(),
    /** Contains information about someone outside the household: kept from the household's own view later. */
    thirdPartyInfo: integer('third_party_info', { mode: 'boolean' }).notNull().default(false),
    version: integer('version').notNull().default(1),
    createdAt: text('created_at').notNull(),
    editedAt: text('edited_at'),
  },
  (t) => [index('conversations_household_time_idx').on(t.householdId, t.occurredAt, t.id)],
)

/** Earlier versions of a corrected conversation: a correction never erases what was written. */
export const conversationVersions = sqliteTable(
  'conversation_versions',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    conversationId: integer('conversation_id')
      .notNull()
      .references(() => conversations.id),
    version: integer('version').notNull(),
    occurredAt: text('occurred_at').notNull(),
    kind: text('kind').notNull(),
    text: text('text').notNull(),
    thirdPartyInfo: integer('third_party_info', { mode: 'boolean' }).notNull(),
    replacedAt: text('replaced_at').notNull(),
  },
  (t) => [index('conversation_versions_conversation_idx').on(t.conversationId, t.version)],
)

/** Added after the 24-hour correction window: the entry itself stays as it was. */
export const conversationAddenda = sqliteTable(
  'conversation_addenda',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    conversationId: integer('conversation_id')
      .notNull()
      .references(() => conversations.id),
    authorId: integer('author_id')
      .notNull()
      .references(() => users.id),
    text: text('text').notNull(),
    createdAt: text('created_at').notNull(),
  },
  (t) => [index('conversation_addenda_conversation_idx').on(t.conversationId)],
)

/** Who took part: a member, someone from the network, a professional (by their row ids). */
export const conversationParticipants = sqliteTable(
  'conversation_participants',
  {
    conversationId: integer('conversation_id')
      .notNull()
      .references(() => conversations.id),
    kind: text('kind', { enum: ['member', 'network', 'professional'] }).notNull(),
    refId: integer('ref_id').notNull(),
  },
  (t) => [primaryKey({ columns: [t.conversationId, t.kind, t.refId] })],
)

export const conversationDomains = sqliteTable(
  'conversation_domains',
  {
    conversationId: integer('conversation_id')
      .notNull()
      .references(() => conversations.id),
    domainId: integer('domain_id')
      .notNull()
      .references(() => lifeDomains.id),
  },
  (t) => [
    primaryKey({ columns: [t.conversationId, t.domainId] }),
    index('conversation_domains_domain_idx').on(t.domainId),
  ],
)
