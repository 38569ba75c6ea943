import { sqliteTable, integer, text, index } from 'drizzle-orm/sqlite-core'
import { users } from './users.ts'
import { households } from './households.ts'

/** Ten one-time recovery codes per user with two-factor log-in; only a keyed hash is kept. */
export const recoveryCodes = sqliteTable(
  'recovery_codes',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    userId: integer('user_id')
      .notNull()
      .references(() => users.id),
    codeHash: text('code_hash').notNull(),
    createdAt: text('created_at').notNull(),
    usedAt: text('used_at'),
  },
  (t) => [index('recovery_codes_user_idx').on(t.userId)],
)

/**
 * A log-in halfway: the password was right, the second factor (or its enrolment) is still due. The browser holds
 * the id in a short-lived cookie; only its keyed hash is kept.
 */
export const loginChallenges = sqliteTable(
  'login_challenges',
  {
    idHash: text('id_hash').primaryKey(),
    userId: integer('user_id')
      .notNull()
      .references(() => users.id),
    purpose: text('purpose', { enum: ['verify', 'enrol'] }).notNull(),
    createdAt: text('created_at').notNull(),
    expiresAt: text('expires_at').notNull(),
  },
  (t) => [index('login_challenges_user_idx').on(t.userId)],
)

/** Emergency access ("break the glass"): a worker or supervisor opens a file outside their cases, with a reason. */
export const emergencyAccesses = sqliteTable(
  'emergency_accesses',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    userId: integer('user_id')
      .notNull()
      .references(() => users.id),
    householdId: integer('household_id')
      .notNull()
      .references(() => households.id),
    reason: text('reason').notNull(),
    startedAt: text('started_at').notNull(),
    expiresAt: text('expires_at').notNull(),
    endedAt: text('ended_at'),
  },
  (t) => [
    index('emergency_accesses_user_idx').on(t.userId, t.householdId),
    index('emergency_accesses_household_idx').on(t.householdId),
  ],
)

/** One user opened more different households within an hour than the configured number: for the administrator. */
export const readingSignals = sqliteTable(
  'reading_signals',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    userId: integer('user_id')
      .notNull()
      .references(() => users.id),
    detectedAt: text('detected_at').notNull(),
    /** The highest number of different households within one hour while this signal was open. */
    householdCount: integer('household_count').notNull(),
    threshold: integer('threshold').notNull(),
    reviewedAt: text('reviewed_at'),
    reviewedBy: integer('reviewed_by').references(() => users.id),
  },
  (t) => [index('reading_signals_user_idx').on(t.userId, t.detectedAt)],
)

/** Files the daily job found past their retention date, waiting for the administrator to confirm deletion. */
export const retentionDue = sqliteTable('retention_due', {
  householdId: integer('household_id')
    .primaryKey()
    .references(() => households.id),
  retentionDate: text('retention_date').notNull(),
  listedAt: text('listed_at').notNull(),
})

/**
 * Audit events removed under the retention rule (five years old, and their file deleted): the id and hashes stay,
 * so the chain can still be walked and every remaining event verified.
 */
export const auditPruned = sqliteTable('audit_pruned', {
  id: integer('id').primaryKey(),
  prevHash: text('prev_hash').notNull(),
  hash: text('hash').notNull(),
  prunedAt: text('pruned_at').notNull(),
})
