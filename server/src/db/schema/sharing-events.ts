import { sqliteTable, integer, text, index, primaryKey } from 'drizzle-orm/sqlite-core'
import { households } from './households.ts'
import { persons } from './persons.ts'
import { users } from './users.ts'
import { organisations } from './catalogues.ts'

/**
 * Information shared about a household: what (categories and a short summary), with whom, why, how and when, on
 * which legal basis. A share is only recorded when, at that moment, a valid consent covers every person whose data
 * it holds (or, later, a recorded meldcode report). Never changed afterwards.
 */
export const sharingEvents = sqliteTable(
  'sharing_events',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    householdId: integer('household_id')
      .notNull()
      .references(() => households.id),
    recipient: text('recipient').notNull(),
    organisationId: integer('organisation_id').references(() => organisations.id),
    purpose: text('purpose').notNull(),
    categories: text('categories').notNull(),
    summary: text('summary').notNull(),
    how: text('how', { enum: ['phone', 'email', 'letter', 'meeting', 'digital'] }).notNull(),
    sharedAt: text('shared_at').notNull(),
    basis: text('basis', { enum: ['consent', 'meldcode'] }).notNull(),
    /** For basis meldcode: the trajectory whose report to Veilig Thuis is the legal basis (meldrecht). */
    meldcodeTrajectoryId: integer('meldcode_trajectory_id'),
    recordedBy: integer('recorded_by')
      .notNull()
      .references(() => users.id),
    recordedAt: text('recorded_at').notNull(),
  },
  (t) => [index('sharing_events_household_idx').on(t.householdId, t.sharedAt)],
)

/** Whose data a share held, and the consents that allowed it (JSON array of consent ids). */
export const sharingEventPersons = sqliteTable(
  'sharing_event_persons',
  {
    sharingEventId: integer('sharing_event_id')
      .notNull()
      .references(() => sharingEvents.id),
    personId: integer('person_id')
      .notNull()
      .references(() => persons.id),
    consentIds: text('consent_ids').notNull(),
  },
  (t) => [primaryKey({ columns: [t.sharingEventId, t.personId] })],
)
