import { timelineLimit, type TimelineEvent } from '#shared/contracts/timeline'
import type { RequestContext } from '../../plugins/context.ts'
import { requireAccess } from '../../plugins/access.ts'
import { recordAudit } from '../../plugins/audit.ts'
import * as repo from './repo.ts'

type Values = TimelineEvent['values']

// "2026-11-23 10:05:00": an instant in Dutch time, so it sorts among the days recorded as dates in Dutch time.
const dutchTime = new Intl.DateTimeFormat('sv-SE', {
  timeZone: 'Europe/Amsterdam',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hourCycle: 'h23',
})
const isDay = (at: string) => /^\d{4}-\d{2}-\d{2}$/.test(at)

/**
 * The key an event sorts on. A day ("2026-11-23") sorts as the start of that day in Dutch time: a consent given
 * on the 23rd comes before the share made with it that morning.
 */
function sortKey(at: string): string {
  if (isDay(at)) return at
  const instant = new Date(at)
  return Number.isNaN(instant.getTime()) ? at : `${dutchTime.format(instant)}.${at.slice(20, 23)}`
}

/**
 * Events recorded in one go with another, and shown above it: the position with its plan version, the signal
 * followed up by the meldcode's decision, the appointment's outcome after it was made on the same day.
 */
const consequence: Partial<Record<TimelineEvent['kind'], number>> = {
  planPosition: 1,
  signalFollowedUp: 1,
  appointmentMade: 1,
  appointmentHeld: 2,
  appointmentNotHeld: 2,
}

/** Leaves out values that are not there, so a template can tell "valid until" from "no end date". */
function present(values: Record<string, string | number | null | undefined>): Values {
  return Object.fromEntries(Object.entries(values).filter(([, v]) => v !== null && v !== undefined)) as Values
}

/** Every event of the case from each source, in no particular order. */
function collect(ctx: RequestContext, householdId: number, limit: number): TimelineEvent[] {
  const db = ctx.db
  const events: TimelineEvent[] = []
  const add = (
    at: string,
    kind: TimelineEvent['kind'],
    who: string | null,
    values: Record<string, string | number | null | undefined> = {},
  ) => events.push({ at, kind, values: present(values), who })
  const by = (role: string) => (role === 'household' ? 'household' : 'worker')

  for (const r of repo.requests(db, householdId, limit)) {
    add(r.receivedOn, 'requestRegistered', r.registeredBy, { source: r.source })
    if (r.appointmentMadeOn)
      add(r.appointmentMadeOn, 'appointmentMade', null, { appointmentOn: r.appointmentOn })
    if (r.appointmentOn && r.appointmentOutcome)
      add(r.appointmentOn, r.appointmentOutcome === 'held' ? 'appointmentHeld' : 'appointmentNotHeld', null)
  }
  for (const t of repo.triages(db, householdId, limit))
    add(t.at, 'triage', t.who, { version: t.version, route: t.route, safetyAnswer: t.safetyAnswer })
  // Kind only: what was said stays in the conversation log.
  for (const c of repo.conversations(db, householdId, limit))
    add(c.at, 'conversation', c.who, { conversationKind: c.kind })
  for (const a of repo.analyses(db, householdId, limit)) add(a.at, 'analysis', a.who)
  for (const v of repo.planVersions(db, householdId, limit))
    if (!v.onlyPositions) add(v.at, 'planVersion', v.who, { version: v.version, by: by(v.role) })
  for (const p of repo.planPositions(db, householdId, limit))
    add(p.at, 'planPosition', p.who, {
      member: p.member ?? '?',
      position: p.position,
      version: p.version,
      by: by(p.role),
    })
  for (const c of repo.consents(db, householdId, limit)) {
    const about = { subject: c.subject, giver: c.giver, recipient: c.recipient }
    add(c.givenOn, 'consentGiven', c.recordedBy, { ...about, validUntil: c.validUntil })
    if (c.withdrawnAt) add(c.withdrawnAt, 'consentWithdrawn', c.withdrawnBy, about)
  }
  for (const s of repo.shares(db, householdId, limit))
    add(s.at, 'shared', s.who, {
      recipient: s.recipient,
      about: s.about ?? '',
      basis: s.basis,
      ...(s.basis === 'consent'
        ? { givers: s.givers, validUntil: s.validUntil }
        : { reference: s.reference, reportedOn: s.reportedOn }),
    })
  // Never the observation or the follow-up note: that a signal was recorded, about whom, from where.
  for (const s of repo.signals(db, householdId, limit)) {
    add(s.raisedAt, 'signalRecorded', s.raisedBy, { about: s.about ?? '', source: s.source })
    if (s.followedUpAt)
      add(s.followedUpAt, 'signalFollowedUp', s.followedUpBy, {
        about: s.about ?? '',
        via: s.viaMeldcode ? 'meldcode' : 'note',
      })
  }
  for (const p of repo.pictures(db, householdId, limit))
    add(p.at, 'safetyPicture', p.who, { member: p.member, assessment: p.assessment })
  for (const t of repo.trajectories(db, householdId, limit)) {
    add(t.startedAt, 'meldcodeStarted', t.startedBy)
    if (t.decidedAt)
      add(t.decidedAt, 'meldcodeDecided', t.decidedBy, {
        report: t.report ? 'yes' : 'no',
        help: t.help ? 'yes' : 'no',
        ...(t.report ? { reference: t.reference, reportedOn: t.reportedOn } : {}),
      })
  }
  for (const p of repo.phases(db, householdId, limit))
    add(p.at, 'phaseChanged', p.who, {
      phase: p.phase,
      intervalDays: p.phase === 'active' ? null : p.intervalDays,
    })
  for (const c of repo.checkIns(db, householdId, limit)) add(c.at, 'checkIn', c.who, { how: c.how })
  for (const c of repo.closures(db, householdId, limit)) {
    add(c.closedAt, 'caseClosed', c.closedBy)
    if (c.reopenedAt) add(c.reopenedAt, 'caseReopened', c.reopenedBy)
  }
  for (const r of repo.reflections(db, householdId, limit)) {
    add(r.requestedAt, 'reflectionAsked', r.requestedBy)
    if (r.heldOn) add(r.heldOn, 'reflectionHeld', r.recordedBy)
  }
  return events
}

/**
 * The case's timeline, newest first and at most `timelineLimit` events: what happened, who did it and when,
 * without the content of notes. Throws NotFound (not on the case).
 */
export function getTimeline(ctx: RequestContext, householdId: number): TimelineEvent[] {
  requireAccess(ctx, 'household:read', householdId, 'timeline.read')
  const keyed = collect(ctx, householdId, timelineLimit).map((event, index) => ({
    event,
    key: sortKey(event.at),
    index,
  }))
  // Newest first. At the same moment, what follows from another event above it; otherwise in the order each
  // source read them (newest first).
  keyed.sort(
    (a, b) =>
      (a.key < b.key ? 1 : a.key > b.key ? -1 : 0) ||
      (consequence[b.event.kind] ?? 0) - (consequence[a.event.kind] ?? 0) ||
      a.index - b.index,
  )
  const result = keyed.slice(0, timelineLimit).map((k) => k.event)
  recordAudit(ctx, { operation: 'timeline.read', householdId })
  return result
}
