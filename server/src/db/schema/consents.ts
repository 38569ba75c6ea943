import { sqliteTable, integer, text, index } from 'drizzle-orm/sqlite-core'
import { households } from './households.ts'
import { persons } from './persons.ts'
import { users } from './users.ts'
import { organisations } from './catalogues.ts'

/**
 * One consent, from one giver, about one person: to share which categories of data with which recipient for which
 * purpose, from when until when. A child of 13 needs the consents of the young person and of each parent with
 * authority: each is its own row, given and withdrawn on its own. Withdrawn consents stay, with who and when.
 */
export const consents = sqliteTable(
  'consents',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    householdId: integer('household_id')
      .notNull()
      .references(() => households.id),
    subjectPersonId: integer('subject_person_id')
      .notNull()
      .references(() => persons.id),
    giverKind: text('giver_kind', { enum: ['person', 'authorityHolder', 'representative'] }).notNull(),
    giverPersonId: integer('giver_person_id').references(() => persons.id),
    /** For a giver outside the household (a parent with authority, a mentor or curator): the name as recorded. */
    giverName: text('giver_name').notNull(),
    recipient: text('recipient').notNull(),
    organisationId: integer('organisation_id').references(() => organisations.id),
    purpose: text('purpose').notNull(),
    /** JSON array of data categories. */
    categories: text('categories').notNull(),
    how: text('how', { enum: ['spoken', 'written'] }).notNull(),
    givenOn: text('given_on').notNull(),
    validUntil: text('valid_until'),
    recordedBy: integer('recorded_by')
      .notNull()
      .references(() => users.id),
    recordedAt: text('recorded_at').notNull(),
    withdrawnAt: text('withdrawn_at'),
    withdrawnBy: integer('withdrawn_by').references(() => users.id),
  },
  (t) => [
    index('consents_household_idx').on(t.householdId),
    index('consents_subject_idx').on(t.subjectPersonId),
    index('consents_valid_until_idx').on(t.validUntil),
  ],
)
