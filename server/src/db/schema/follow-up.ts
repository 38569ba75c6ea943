import { sqliteTable, integer, text, index } from 'drizzle-orm/sqlite-core'
import { households } from './households.ts'
import { teams } from './teams.ts'
import { users } from './users.ts'

/**
 * The phase of a case after active support (route steps 8–9): active, "finger on the pulse" (check-ins at an agreed
 * interval) or long-term background support (stut- en steunfunctie). Each change is a new row; the newest counts.
 */
export const casePhases = sqliteTable(
  'case_phases',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    householdId: integer('household_id')
      .notNull()
      .references(() => households.id),
    phase: text('phase', { enum: ['active', 'pulse', 'background'] }).notNull(),
    intervalDays: integer('interval_days'),
    ownContactMoment: text('own_contact_moment').notNull(),
    reason: text('reason').notNull(),
    setBy: integer('set_by')
      .notNull()
      .references(() => users.id),
    setAt: text('set_at').notNull(),
  },
  (t) => [index('case_phases_household_idx').on(t.householdId, t.id)],
)

/** A brief check-in while a case is scaled down. */
export const checkIns = sqliteTable(
  'check_ins',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    householdId: integer('household_id')
      .notNull()
      .references(() => households.id),
    checkedOn: text('checked_on').notNull(),
    how: text('how', { enum: ['visit', 'phone', 'message', 'household'] }).notNull(),
    note: text('note').notNull(),
    recordedBy: integer('recorded_by')
      .notNull()
      .references(() => users.id),
    recordedAt: text('recorded_at').notNull(),
  },
  (t) => [index('check_ins_household_idx').on(t.householdId, t.checkedOn)],
)

/** A case reflection (intervisie, tegenspraak): asked for from a case, held with colleagues, kept on the case. */
export const caseReflections = sqliteTable(
  'case_reflections',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    householdId: integer('household_id')
      .notNull()
      .references(() => households.id),
    teamId: integer('team_id')
      .notNull()
      .references(() => teams.id),
    question: text('question').notNull(),
    requestedBy: integer('requested_by')
      .notNull()
      .references(() => users.id),
    requestedAt: text('requested_at').notNull(),
    heldOn: text('held_on'),
    participants: text('participants'),
    considerations: text('considerations'),
    counterArguments: text('counter_arguments'),
    advice: text('advice'),
    followUp: text('follow_up'),
    recordedBy: integer('recorded_by').references(() => users.id),
    recordedAt: text('recorded_at'),
  },
  (t) => [
    index('case_reflections_household_idx').on(t.householdId),
    index('case_reflections_team_idx').on(t.teamId, t.heldOn),
  ],
)
