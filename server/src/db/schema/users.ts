import { sqliteTable, integer, text, index } from 'drizzle-orm/sqlite-core'
import { teams } from './teams.ts'
import { persons } from './persons.ts'

export const users = sqliteTable(
  'users',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    email: text('email').notNull().unique(),
    name: text('name').notNull(),
    phone: text('phone'),
    role: text('role', { enum: ['worker', 'supervisor', 'household', 'admin'] }).notNull(),
    teamId: integer('team_id').references(() => teams.id),
    /** Household log-ins point at the person they are; their household follows from that person. */
    personId: integer('person_id').references(() => persons.id),
    passwordHash: text('password_hash').notNull(),
    language: text('language', { enum: ['nl', 'en'] })
      .notNull()
      .default('nl'),
    active: integer('active', { mode: 'boolean' }).notNull().default(true),
    createdAt: text('created_at').notNull(),
    deactivatedAt: text('deactivated_at'),
    lastLoginAt: text('last_login_at'),
    /** The TOTP secret, encrypted with a key derived from the session secret; null until two-factor is on. */
    totpSecret: text('totp_secret'),
    totpEnabledAt: text('totp_enabled_at'),
    /** The last 30-second step a code was accepted for: a code is never accepted twice. */
    totpLastStep: integer('totp_last_step'),
    /** A secret shown as a QR code but not yet confirmed with a code (encrypted like totp_secret). */
    totpPendingSecret: text('totp_pending_secret'),
  },
  (t) => [index('users_team_idx').on(t.teamId), index('users_person_idx').on(t.personId)],
)
