import type { Db } from '../../db/client.ts'
import { prepared } from '../../lib/prepared.ts'

/**
 * One query per source, each bounded to the `limit` rows whose newest event is newest: every event of the
 * household's newest `limit` is then among the rows read. Only what the timeline says is selected — never a
 * conversation text, an observation, a reason, a note or a reflection's report.
 */

/** A source of events: its query takes the household and the `limit`, in that order; prepared once. */
const source =
  <Row>(sql: string) =>
  (db: Db, householdId: number, limit: number): Row[] =>
    prepared<[number, number], Row>(db.$client, sql).all(householdId, limit)

/** Newest first by the later of a row's two moments (the second may be missing yet), then the newest row. */
const byLaterOf = (alias: string, first: string, second: string) =>
  `ORDER BY max(${alias}.${first}, coalesce(${alias}.${second}, '')) DESC, ${alias}.id DESC LIMIT ?`

const personName = (alias: string) => `${alias}.given_name || ' ' || ${alias}.family_name`

/** A list of the household members a row is about, oldest first: "Fatima Jansen, Daan Jansen". */
const namesOf = (table: string, key: string, id: string) =>
  `(SELECT group_concat(${personName('p')}, ', ' ORDER BY p.birthdate, p.id)
     FROM ${table} x JOIN persons p ON p.id = x.person_id WHERE x.${key} = ${id})`

export type RequestRow = {
  receivedOn: string
  source: string
  registeredBy: string
  appointmentMadeOn: string | null
  appointmentOn: string | null
  appointmentOutcome: 'held' | 'not_held' | null
}

export const requests = source<RequestRow>(
  `SELECT r.received_on AS receivedOn, r.source, u.name AS registeredBy, r.appointment_made_on AS appointmentMadeOn,
       r.appointment_on AS appointmentOn, r.appointment_outcome AS appointmentOutcome
     FROM requests r JOIN users u ON u.id = r.registered_by
     WHERE r.household_id = ?
     ORDER BY max(r.received_on, coalesce(r.appointment_made_on, ''),
       CASE WHEN r.appointment_outcome IS NULL THEN '' ELSE r.appointment_on END) DESC, r.id DESC
     LIMIT ?`,
)

export type TriageRow = { version: number; route: string; safetyAnswer: string; at: string; who: string }

export const triages = source<TriageRow>(
  `SELECT t.version, t.route, t.safety_answer AS safetyAnswer, t.created_at AS at, u.name AS who
     FROM triage_versions t JOIN users u ON u.id = t.created_by
     WHERE t.household_id = ? ORDER BY t.created_at DESC, t.id DESC LIMIT ?`,
)

export const conversations = source<{ at: string; kind: string; who: string }>(
  `SELECT c.occurred_at AS at, c.kind, u.name AS who
     FROM conversations c JOIN users u ON u.id = c.author_id
     WHERE c.household_id = ? ORDER BY c.occurred_at DESC, c.id DESC LIMIT ?`,
)

export const analyses = source<{ at: string; who: string }>(
  `SELECT a.created_at AS at, u.name AS who
     FROM analyses a JOIN users u ON u.id = a.created_by
     WHERE a.household_id = ? ORDER BY a.created_at DESC, a.id DESC LIMIT ?`,
)

export type PlanVersionRow = { version: number; at: string; who: string; role: string }

/** `onlyPositions`: the version changed nothing but where members stand (those are events of their own). */
export const planVersions = source<PlanVersionRow & { onlyPositions: 0 | 1 }>(
  `SELECT v.version, v.created_at AS at, u.name AS who, u.role,
       (json_array_length(v.summary) > 0 AND NOT EXISTS (SELECT 1 FROM json_each(v.summary) s
         WHERE json_extract(s.value, '$.area') <> 'position')) AS onlyPositions
     FROM plan_versions v JOIN users u ON u.id = v.created_by
     WHERE v.household_id = ? ORDER BY v.version DESC LIMIT ?`,
)

export type PositionRow = PlanVersionRow & { member: string | null; position: string }

/**
 * Where members stand on the plan, each as it was given: a position belongs to the version it was recorded on
 * (`onVersion`), later versions carry it along unchanged. Read from the newest `limit` versions.
 */
export const planPositions = source<PositionRow>(
  `SELECT v.version, v.created_at AS at, u.name AS who, u.role, ${personName('p')} AS member,
       json_extract(j.value, '$.position') AS position
     FROM plan_versions v JOIN users u ON u.id = v.created_by
     JOIN json_each(v.content, '$.positions') j
     LEFT JOIN persons p ON p.id = json_extract(j.value, '$.personId')
     WHERE v.id IN (SELECT id FROM plan_versions WHERE household_id = ? ORDER BY version DESC LIMIT ?)
       AND json_extract(j.value, '$.onVersion') = v.version
     ORDER BY v.version DESC, p.birthdate, p.id`,
)

export type ConsentRow = {
  givenOn: string
  subject: string
  giver: string
  recipient: string
  validUntil: string | null
  recordedBy: string
  withdrawnAt: string | null
  withdrawnBy: string | null
}

export const consents = source<ConsentRow>(
  `SELECT c.given_on AS givenOn, ${personName('s')} AS subject, c.giver_name AS giver, c.recipient,
       c.valid_until AS validUntil, r.name AS recordedBy, c.withdrawn_at AS withdrawnAt, w.name AS withdrawnBy
     FROM consents c JOIN persons s ON s.id = c.subject_person_id JOIN users r ON r.id = c.recorded_by
     LEFT JOIN users w ON w.id = c.withdrawn_by
     WHERE c.household_id = ?
     ${byLaterOf('c', 'given_on', 'withdrawn_at')}`,
)

export type ShareRow = {
  at: string
  recipient: string
  basis: 'consent' | 'meldcode'
  who: string
  about: string | null
  givers: string | null
  validUntil: string | null
  reference: string | null
  reportedOn: string | null
}

/**
 * Each share with whose data it held, and the basis: the givers of the consents it rests on with the earliest
 * end date among them (from then on the share would no longer be covered), or the report to Veilig Thuis.
 */
export const shares = source<ShareRow>(
  `SELECT e.shared_at AS at, e.recipient, e.basis, u.name AS who,
       ${namesOf('sharing_event_persons', 'sharing_event_id', 'e.id')} AS about,
       (SELECT group_concat(giver, ', ') FROM (SELECT c.giver_name AS giver FROM sharing_event_persons sp
          JOIN json_each(sp.consent_ids) j JOIN consents c ON c.id = j.value
          WHERE sp.sharing_event_id = e.id GROUP BY c.giver_name ORDER BY min(c.id))) AS givers,
       (SELECT min(c.valid_until) FROM sharing_event_persons sp
          JOIN json_each(sp.consent_ids) j JOIN consents c ON c.id = j.value
          WHERE sp.sharing_event_id = e.id) AS validUntil,
       json_extract(ms.data, '$.report.reference') AS reference,
       json_extract(ms.data, '$.report.on') AS reportedOn
     FROM sharing_events e JOIN users u ON u.id = e.recorded_by
     LEFT JOIN meldcode_steps ms ON ms.id = (SELECT max(id) FROM meldcode_steps
       WHERE trajectory_id = e.meldcode_trajectory_id AND step = 'decision')
     WHERE e.household_id = ? ORDER BY e.shared_at DESC, e.id DESC LIMIT ?`,
)

export type SignalRow = {
  raisedAt: string
  source: string
  raisedBy: string
  about: string | null
  followedUpAt: string | null
  followedUpBy: string | null
  /** 1 when the meldcode's decision followed it up (no note of its own). */
  viaMeldcode: 0 | 1
}

export const signals = source<SignalRow>(
  `SELECT s.raised_at AS raisedAt, s.source, r.name AS raisedBy,
       ${namesOf('safety_signal_persons', 'signal_id', 's.id')} AS about,
       s.followed_up_at AS followedUpAt, f.name AS followedUpBy,
       (s.follow_up_note IS NULL AND s.trajectory_id IS NOT NULL) AS viaMeldcode
     FROM safety_signals s JOIN users r ON r.id = s.raised_by LEFT JOIN users f ON f.id = s.followed_up_by
     WHERE s.household_id = ?
     ${byLaterOf('s', 'raised_at', 'followed_up_at')}`,
)

export const pictures = source<{ at: string; member: string; assessment: string; who: string }>(
  `SELECT sp.assessed_on AS at, ${personName('p')} AS member, sp.assessment, u.name AS who
     FROM safety_pictures sp JOIN persons p ON p.id = sp.person_id JOIN users u ON u.id = sp.recorded_by
     WHERE sp.household_id = ? ORDER BY sp.assessed_on DESC, sp.id DESC LIMIT ?`,
)

export type TrajectoryRow = {
  startedAt: string
  startedBy: string
  decidedAt: string | null
  decidedBy: string | null
  report: 0 | 1
  help: 0 | 1
  reference: string | null
  reportedOn: string | null
}

export const trajectories = source<TrajectoryRow>(
  `SELECT t.started_at AS startedAt, s.name AS startedBy, t.decided_at AS decidedAt, d.name AS decidedBy,
       coalesce(json_type(ms.data, '$.report') = 'object', 0) AS report,
       coalesce(json_type(ms.data, '$.help') = 'object', 0) AS help,
       json_extract(ms.data, '$.report.reference') AS reference,
       json_extract(ms.data, '$.report.on') AS reportedOn
     FROM meldcode_trajectories t JOIN users s ON s.id = t.started_by
     LEFT JOIN meldcode_steps ms ON t.decided_at IS NOT NULL AND ms.id = (SELECT max(id) FROM meldcode_steps
       WHERE trajectory_id = t.id AND step = 'decision')
     LEFT JOIN users d ON d.id = ms.recorded_by
     WHERE t.household_id = ?
     ${byLaterOf('t', 'started_at', 'decided_at')}`,
)

/** Phase changes, without the return to active support that a re-opening records (that is the re-opening). */
export const phases = source<{ at: string; phase: string; intervalDays: number | null; who: string }>(
  `SELECT p.set_at AS at, p.phase, p.interval_days AS intervalDays, u.name AS who
     FROM case_phases p JOIN users u ON u.id = p.set_by
     WHERE p.household_id = ? AND NOT (p.phase = 'active' AND EXISTS (SELECT 1 FROM case_closures c
       WHERE c.household_id = p.household_id AND c.reopened_at = p.set_at))
     ORDER BY p.id DESC LIMIT ?`,
)

export const checkIns = source<{ at: string; how: string; who: string }>(
  `SELECT c.checked_on AS at, c.how, u.name AS who
     FROM check_ins c JOIN users u ON u.id = c.recorded_by
     WHERE c.household_id = ? ORDER BY c.checked_on DESC, c.id DESC LIMIT ?`,
)

export const closures = source<{
  closedAt: string
  closedBy: string
  reopenedAt: string | null
  reopenedBy: string | null
}>(
  `SELECT c.closed_at AS closedAt, u.name AS closedBy, c.reopened_at AS reopenedAt, r.name AS reopenedBy
     FROM case_closures c JOIN users u ON u.id = c.closed_by LEFT JOIN users r ON r.id = c.reopened_by
     WHERE c.household_id = ?
     ${byLaterOf('c', 'closed_at', 'reopened_at')}`,
)

export const reflections = source<{
  requestedAt: string
  requestedBy: string
  heldOn: string | null
  recordedBy: string | null
}>(
  `SELECT r.requested_at AS requestedAt, q.name AS requestedBy, r.held_on AS heldOn, w.name AS recordedBy
     FROM case_reflections r JOIN users q ON q.id = r.requested_by LEFT JOIN users w ON w.id = r.recorded_by
     WHERE r.household_id = ?
     ${byLaterOf('r', 'requested_at', 'held_on')}`,
)
