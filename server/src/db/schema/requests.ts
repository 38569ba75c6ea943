import { sqliteTable, integer, text, index } from 'drizzle-orm/sqlite-core'
import { households } from './households.ts'
import { teams } from './teams.ts'
import { users } from './users.ts'

/** A request or signal (aanmelding) that reached the team, from any source. */
export const requests = sqliteTable(
  'requests',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    teamId: integer('team_id')
      .notNull()
      .references(() => teams.id),
    householdId: integer('household_id')
      .notNull()
      .references(() => households.id),
    source: text('source').notNull(),
    reporterName: text('reporter_name'),
    reporterContact: text('reporter_contact'),
    receivedOn: text('received_on').notNull(),
    /** In the words of the person who asked. */
    question: text('question').notNull(),
    householdKnows: text('household_knows', { enum: ['yes', 'no', 'unknown'] }).notNull(),
    status: text('status', { enum: ['new', 'triaged', 'closed'] })
      .notNull()
      .default('new'),
    registeredBy: integer('registered_by')
      .notNull()
      .references(() => users.id),
    registeredAt: text('registered_at').notNull(),
    /** Who triages it; null means the supervisor still has to assign someone. */
    triageWorkerId: integer('triage_worker_id').references(() => users.id),
    appointmentOn: text('appointment_on'),
    appointmentMadeOn: text('appointment_made_on'),
    appointmentOutcome: text('appointment_outcome', { enum: ['held', 'not_held'] }),
  },
  (t) => [
    index('requests_team_status_idx').on(t.teamId, t.status),
    index('requests_household_idx').on(t.householdId),
    index('requests_triage_worker_idx').on(t.triageWorkerId, t.status),
    index('requests_registered_by_idx').on(t.registeredBy),
  ],
)

/** Every version of a request's triage is kept: who decided what, when, and why. */
export const triageVersions = sqliteTable(
  'triage_versions',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    requestId: integer('request_id')
      .notNull()
      .references(() => requests.id),
    householdId: integer('household_id')
      .notNull()
      .references(() => households.id),
    version: integer('version').notNull(),
    urgency: text('urgency', { enum: ['acute', 'days', 'regular'] }).notNull(),
    safetyAnswer: text('safety_answer', { enum: ['yes', 'no', 'unknown'] }).notNull(),
    safetyNote: text('safety_note'),
    /** JSON array of expertise ids. */
    expertiseIds: text('expertise_ids').notNull().default('[]'),
    route: text('route', { enum: ['no_professional_help', 'team', 'referral', 'crisis'] }).notNull(),
    routeReasoning: text('route_reasoning').notNull(),
    advice: text('advice'),
    ownDirection: text('own_direction'),
    referralTo: text('referral_to'),
    /** JSON array of the workers this version assigned (route "team"). */
    assignedWorkerIds: text('assigned_worker_ids').notNull().default('[]'),
    createdBy: integer('created_by')
      .notNull()
      .references(() => users.id),
    createdAt: text('created_at').notNull(),
  },
  (t) => [index('triage_versions_request_idx').on(t.requestId, t.version)],
)

/** A concrete observation about someone's safety. The safety work (meldcode) builds on these. */
export const safetySignals = sqliteTable(
  'safety_signals',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    householdId: integer('household_id')
      .notNull()
      .references(() => households.id),
    requestId: integer('request_id').references(() => requests.id),
    observation: text('observation').notNull(),
    /** Where it came from (SignalSource): the triage's safety question, a home visit, school, … */
    source: text('source').notNull(),
    /** Who saw or heard it; null for a triage signal (the triage worker raised it). */
    observedBy: text('observed_by'),
    observedOn: text('observed_on'),
    raisedBy: integer('raised_by')
      .notNull()
      .references(() => users.id),
    raisedAt: text('raised_at').notNull(),
    followedUpAt: text('followed_up_at'),
    followedUpBy: integer('followed_up_by').references(() => users.id),
    followUpNote: text('follow_up_note'),
    /** The meldcode trajectory that maps this signal (step 1); it is followed up when that is decided. */
    trajectoryId: integer('trajectory_id'),
  },
  (t) => [index('safety_signals_household_idx').on(t.householdId, t.followedUpAt)],
)

/** Handing a case to a colleague: it stays with the sender until the colleague accepts. */
export const caseTransfers = sqliteTable(
  'case_transfers',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    householdId: integer('household_id')
      .notNull()
      .references(() => households.id),
    fromWorkerId: integer('from_worker_id')
      .notNull()
      .references(() => users.id),
    toWorkerId: integer('to_worker_id')
      .notNull()
      .references(() => users.id),
    note: text('note'),
    status: text('status', { enum: ['pending', 'accepted', 'declined'] })
      .notNull()
      .default('pending'),
    createdAt: text('created_at').notNull(),
    decidedAt: text('decided_at'),
  },
  (t) => [
    index('case_transfers_to_idx').on(t.toWorkerId, t.status),
    index('case_transfers_household_idx').on(t.householdId, t.status),
    index('case_transfers_from_idx').on(t.fromWorkerId),
  ],
)
