import { sqliteTable, integer, text, index } from 'drizzle-orm/sqlite-core'
import { households } from './households.ts'
import { users } from './users.ts'

/** Which worker is on which household's case. An ended assignment keeps its history. */
export const caseAssignments = sqliteTable(
  'case_assignments',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    householdId: integer('household_id')
      .notNull()
      .references(() => households.id),
    workerId: integer('worker_id')
      .notNull()
      .references(() => users.id),
    startedAt: text('started_at').notNull(),
    endedAt: text('ended_at'),
    /** Null until the worker picks the case up; until then it stands in their inbox. */
    acknowledgedAt: text('acknowledged_at'),
    assignedBy: integer('assigned_by').references(() => users.id),
  },
  (t) => [
    index('case_assignments_worker_idx').on(t.workerId, t.endedAt, t.householdId),
    index('case_assignments_household_idx').on(t.householdId, t.endedAt),
  ],
)
