import { sqliteTable, integer, text, index } from 'drizzle-orm/sqlite-core'
import { households } from './households.ts'

/** A member of a household. */
export const persons = sqliteTable(
  'persons',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    householdId: integer('household_id')
      .notNull()
      .references(() => households.id),
    givenName: text('given_name').notNull(),
    familyName: text('family_name').notNull(),
    birthdate: text('birthdate').notNull(),
    relation: text('relation', {
      enum: ['resident', 'partner', 'parent', 'stepparent', 'child', 'stepchild', 'grandparent', 'other'],
    }).notNull(),
    /** An adult who cannot decide alone may be represented (mentor, curator). */
    representativeName: text('representative_name'),
    representativeKind: text('representative_kind', { enum: ['mentor', 'curator', 'guardian'] }),
    /** Optional; checked with the elfproef and only ever shown masked. */
    bsn: text('bsn'),
    phone: text('phone'),
    email: text('email'),
    preferredLanguage: text('preferred_language'),
    interpreterNeeded: integer('interpreter_needed', { mode: 'boolean' }).notNull().default(false),
    /** Membership over time: people join and leave a household; the history stays. */
    joinedOn: text('joined_on'),
    leftOn: text('left_on'),
    createdAt: text('created_at').notNull(),
  },
  (t) => [index('persons_household_idx').on(t.householdId)],
)
