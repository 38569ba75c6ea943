import { sqliteTable, integer, text, index, primaryKey } from 'drizzle-orm/sqlite-core'
import { households } from './households.ts'
import { persons } from './persons.ts'
import { users } from './users.ts'
import { safetySignals } from './requests.ts'

/** Whom a signal is about. */
export const safetySignalPersons = sqliteTable(
  'safety_signal_persons',
  {
    signalId: integer('signal_id')
      .notNull()
      .references(() => safetySignals.id),
    personId: integer('person_id')
      .notNull()
      .references(() => persons.id),
  },
  (t) => [primaryKey({ columns: [t.signalId, t.personId] })],
)

/** "Zicht op veiligheid": each recorded picture of one member's safety; the newest is current. Never changed. */
export const safetyPictures = sqliteTable(
  'safety_pictures',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    householdId: integer('household_id')
      .notNull()
      .references(() => households.id),
    personId: integer('person_id')
      .notNull()
      .references(() => persons.id),
    assessment: text('assessment', { enum: ['safe', 'concerns', 'unsafe'] }).notNull(),
    basis: text('basis').notNull(),
    assessedOn: text('assessed_on').notNull(),
    recordedBy: integer('recorded_by')
      .notNull()
      .references(() => users.id),
    recordedAt: text('recorded_at').notNull(),
  },
  (t) => [index('safety_pictures_household_idx').on(t.householdId, t.personId, t.assessedOn)],
)

/** The meldcode's five steps on a case; open until step 5 is decided. */
export const meldcodeTrajectories = sqliteTable(
  'meldcode_trajectories',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    householdId: integer('household_id')
      .notNull()
      .references(() => households.id),
    startedBy: integer('started_by')
      .notNull()
      .references(() => users.id),
    startedAt: text('started_at').notNull(),
    decidedAt: text('decided_at'),
  },
  (t) => [
    index('meldcode_trajectories_household_idx').on(t.householdId),
    index('meldcode_trajectories_open_idx').on(t.decidedAt),
  ],
)

/** Steps 2–5 as recorded, each revisit a new row (the newest counts); never changed. Data is the step's input. */
export const meldcodeSteps = sqliteTable(
  'meldcode_steps',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    trajectoryId: integer('trajectory_id')
      .notNull()
      .references(() => meldcodeTrajectories.id),
    step: text('step', { enum: ['consultation', 'conversation', 'weighing', 'decision'] }).notNull(),
    data: text('data').notNull(),
    recordedBy: integer('recorded_by')
      .notNull()
      .references(() => users.id),
    recordedAt: text('recorded_at').notNull(),
  },
  (t) => [index('meldcode_steps_trajectory_idx').on(t.trajectoryId, t.step)],
)

/** Safety conditions (veiligheidsvoorwaarden) agreed with the household and its network. */
export const safetyConditions = sqliteTable(
  'safety_conditions',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    householdId: integer('household_id')
      .notNull()
      .references(() => households.id),
    text: text('text').notNull(),
    watcher: text('watcher').notNull(),
    howChecked: text('how_checked').notNull(),
    reviewOn: text('review_on').notNull(),
    goalKey: text('goal_key'),
    status: text('status', { enum: ['agreed', 'kept', 'not_kept', 'ended'] }).notNull(),
    updatedBy: integer('updated_by')
      .notNull()
      .references(() => users.id),
    updatedAt: text('updated_at').notNull(),
  },
  (t) => [index('safety_conditions_household_idx').on(t.householdId)],
)

/** The worry (danger statement) a safety goal of the plan answers. */
export const safetyWorries = sqliteTable(
  'safety_worries',
  {
    householdId: integer('household_id')
      .notNull()
      .references(() => households.id),
    goalKey: text('goal_key').notNull(),
    worry: text('worry').notNull(),
    updatedBy: integer('updated_by')
      .notNull()
      .references(() => users.id),
    updatedAt: text('updated_at').notNull(),
  },
  (t) => [primaryKey({ columns: [t.householdId, t.goalKey] })],
)

/** 0–10 safety scale per safety goal, scored separately by the household, the worker and the network. */
export const safetyScores = sqliteTable(
  'safety_scores',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    householdId: integer('household_id')
      .notNull()
      .references(() => households.id),
    goalKey: text('goal_key').notNull(),
    byParty: text('by_party', { enum: ['household', 'worker', 'network'] }).notNull(),
    who: text('who').notNull(),
    score: integer('score').notNull(),
    note: text('note').notNull(),
    scoredOn: text('scored_on').notNull(),
    recordedBy: integer('recorded_by')
      .notNull()
      .references(() => users.id),
    recordedAt: text('recorded_at').notNull(),
  },
  (t) => [index('safety_scores_goal_idx').on(t.householdId, t.goalKey)],
)

/** Members recorded as a possible source of danger: the safety plan is never shown to them in the portal. */
export const dangerSources = sqliteTable(
  'danger_sources',
  {
    householdId: integer('household_id')
      .notNull()
      .references(() => households.id),
    personId: integer('person_id')
      .notNull()
      .references(() => persons.id),
    reason: text('reason').notNull(),
    recordedBy: integer('recorded_by')
      .notNull()
      .references(() => users.id),
    recordedAt: text('recorded_at').notNull(),
  },
  (t) => [primaryKey({ columns: [t.householdId, t.personId] })],
)

/** A case closed, with its reason and the evaluation held with the household; re-opening keeps the row. */
export const caseClosures = sqliteTable(
  'case_closures',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    householdId: integer('household_id')
      .notNull()
      .references(() => households.id),
    closedOn: text('closed_on').notNull(),
    reason: text('reason').notNull(),
    evaluatedOn: text('evaluated_on').notNull(),
    evaluation: text('evaluation').notNull(),
    closedBy: integer('closed_by')
      .notNull()
      .references(() => users.id),
    closedAt: text('closed_at').notNull(),
    reopenedAt: text('reopened_at'),
    reopenedBy: integer('reopened_by').references(() => users.id),
    reopenReason: text('reopen_reason'),
  },
  (t) => [index('case_closures_household_idx').on(t.householdId, t.reopenedAt)],
)
