import { sqliteTable, integer, text, index } from 'drizzle-orm/sqlite-core'
import { users } from './users.ts'

/**
 * A one-time code with which a household member activates the log-in a worker made for them, choosing their own
 * password. Only a keyed hash is stored; a code works once, for 14 days, and a new code replaces the old one.
 */
export const activationCodes = sqliteTable(
  'activation_codes',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    userId: integer('user_id')
      .notNull()
      .references(() => users.id),
    codeHash: text('code_hash').notNull(),
    createdBy: integer('created_by')
      .notNull()
      .references(() => users.id),
    createdAt: text('created_at').notNull(),
    expiresAt: text('expires_at').notNull(),
    usedAt: text('used_at'),
  },
  (t) => [index('activation_codes_user_idx').on(t.userId)],
)
