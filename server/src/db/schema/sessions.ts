import { sqliteTable, integer, text, index } from 'drizzle-orm/sqlite-core'
import { users } from './users.ts'

/** Server-side sessions. Only a SHA-256 hash of the session id is kept, so a copied database opens no session. */
export const sessions = sqliteTable(
  'sessions',
  {
    idHash: text('id_hash').primaryKey(),
    userId: integer('user_id')
      .notNull()
      .references(() => users.id),
    createdAt: text('created_at').notNull(),
    lastSeenAt: text('last_seen_at').notNull(),
    userAgent: text('user_agent'),
    clientAddress: text('client_address'),
  },
  (t) => [index('sessions_user_idx').on(t.userId)],
)
