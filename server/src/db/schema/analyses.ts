import { sqliteTable, integer, text, index, primaryKey } from 'drizzle-orm/sqlite-core'
import { households } from './households.ts'
import { persons } from './persons.ts'
import { users } from './users.ts'
import { lifeDomains } from './life-domains.ts'

/** A dated snapshot of the broad view ("brede blik") of a household. A new one starts from the last. */
export const analyses = sqliteTable(
  'analyses',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    householdId: integer('household_id')
      .notNull()
      .references(() => households.id),
    basedOnId: integer('based_on_id'),
    desiredFuture: text('desired_future'),
    createdBy: integer('created_by')
      .notNull()
      .references(() => users.id),
    createdAt: text('created_at').notNull(),
  },
  (t) => [index('analyses_household_idx').on(t.householdId, t.createdAt)],
)

/** One member × one life domain in a snapshot. */
export const analysisCells = sqliteTable(
  'analysis_cells',
  {
    analysisId: integer('analysis_id')
      .notNull()
      .references(() => analyses.id),
    personId: integer('person_id')
      .notNull()
      .references(() => persons.id),
    domainId: integer('domain_id')
      .notNull()
      .references(() => lifeDomains.id),
    /** 1 acute problems … 5 fully self-reliant. */
    score: integer('score'),
    note: text('note'),
    strengths: text('strengths'),
    /** JSON array of what carries the score: own strength, the network, professional help. */
    carriedBy: text('carried_by').notNull().default('[]'),
    ownView: text('own_view'),
  },
  (t) => [primaryKey({ columns: [t.analysisId, t.personId, t.domainId] })],
)

/** Members of 12 and older were heard in this analysis (a checkpoint reads it). */
export const analysisHeard = sqliteTable(
  'analysis_heard',
  {
    analysisId: integer('analysis_id')
      .notNull()
      .references(() => analyses.id),
    personId: integer('person_id')
      .notNull()
      .references(() => persons.id),
    heard: integer('heard', { mode: 'boolean' }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.analysisId, t.personId] })],
)
