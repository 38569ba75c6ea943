import { sqliteTable, integer, text, index, uniqueIndex } from 'drizzle-orm/sqlite-core'
import { households } from './households.ts'
import { persons } from './persons.ts'
import { users } from './users.ts'

/**
 * Every version of a household's plan, whole. A change that matters (goals, actions, agreement) writes the next
 * version; nothing is overwritten. `content` is the plan as JSON, validated by the service against the zod
 * contract on the way in: a version is read and compared as one document, never queried field by field.
 */
export const planVersions = sqliteTable(
  'plan_versions',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    householdId: integer('household_id')
      .notNull()
      .references(() => households.id),
    version: integer('version').notNull(),
    createdBy: integer('created_by')
      .notNull()
      .references(() => users.id),
    createdAt: text('created_at').notNull(),
    summary: text('summary').notNull(),
    content: text('content').notNull(),
  },
  (t) => [uniqueIndex('plan_versions_household_version_idx').on(t.householdId, t.version)],
)

/** Progress on a goal, 1–10 in words, from the household or the worker. A log: entries are never changed. */
export const goalProgress = sqliteTable(
  'goal_progress',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    householdId: integer('household_id')
      .notNull()
      .references(() => households.id),
    goalKey: text('goal_key').notNull(),
    by: text('by', { enum: ['household', 'worker'] }).notNull(),
    authorId: integer('author_id')
      .notNull()
      .references(() => users.id),
    scale: integer('scale').notNull(),
    words: text('words').notNull(),
    recordedAt: text('recorded_at').notNull(),
  },
  (t) => [index('goal_progress_household_idx').on(t.householdId, t.recordedAt)],
)

/**
 * A member under 16 sees only what concerns them in the portal, unless those with parental authority agreed
 * that they see the whole plan. The choice is recorded per minor, with who agreed.
 */
export const minorPlanViews = sqliteTable('minor_plan_views', {
  personId: integer('person_id')
    .primaryKey()
    .references(() => persons.id),
  seesWholePlan: integer('sees_whole_plan', { mode: 'boolean' }).notNull(),
  agreedBy: text('agreed_by').notNull(),
  recordedBy: integer('recorded_by')
    .notNull()
    .references(() => users.id),
  recordedAt: text('recorded_at').notNull(),
})
