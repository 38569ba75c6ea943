import { z } from 'zod'
import type { RouteSpec } from './common.ts'
import { HouseholdParams } from './households.ts'

/**
 * A readable timeline per case, generated from what was recorded: what happened, who did it and when, never the
 * content (no conversation texts, signal observations, reasons or reflection reports). For the workers on the
 * case and the team's supervisor. The client turns each event into one sentence from an i18n template per kind.
 */
export const TimelineKind = z.enum([
  /** values: source (RequestSource). */
  'requestRegistered',
  /** values: version, route (TriageRoute), safetyAnswer (SafetyAnswer). */
  'triage',
  /** values: appointmentOn (date). */
  'appointmentMade',
  'appointmentHeld',
  'appointmentNotHeld',
  /** values: conversationKind (ConversationKind). */
  'conversation',
  /** A broad-view snapshot saved. */
  'analysis',
  /** values: version, by ('worker' | 'household'). */
  'planVersion',
  /** values: member, position ('agrees' | 'partly' | 'disagrees'), version, by ('worker' | 'household'). */
  'planPosition',
  /** values: subject (whose data), giver, recipient, validUntil? (date). `at` is the day it was given. */
  'consentGiven',
  /** values: subject, giver, recipient. */
  'consentWithdrawn',
  /**
   * values: recipient, about (whose data), basis ('consent' | 'meldcode'); with consent: givers and validUntil?
   * (the earliest end date of the consents it rests on); with meldcode: reference and reportedOn? (date).
   */
  'shared',
  /** values: about (the persons), source (SignalSource). */
  'signalRecorded',
  /** values: about, via ('note' | 'meldcode': followed up by the meldcode's decision). */
  'signalFollowedUp',
  /** values: member, assessment (SafetyAssessment). `at` is the day of the assessment. */
  'safetyPicture',
  'meldcodeStarted',
  /** values: report ('yes' | 'no'), help ('yes' | 'no'); with a report: reference and reportedOn (date). */
  'meldcodeDecided',
  /** values: phase (CasePhase), intervalDays? (scaled down). */
  'phaseChanged',
  /** values: how (CheckInHow). `at` is the day of the check-in. */
  'checkIn',
  'caseClosed',
  'caseReopened',
  'reflectionAsked',
  /** `at` is the day it was held; `who` recorded the report. */
  'reflectionHeld',
])
export type TimelineKind = z.infer<typeof TimelineKind>

export const TimelineEvent = z.object({
  /** An ISO instant, or a calendar date (YYYY-MM-DD) for what was recorded as a day. */
  at: z.string(),
  kind: TimelineKind,
  /** Dates as YYYY-MM-DD; several names in one value (about, givers) joined with ", ". */
  values: z.record(z.string(), z.union([z.string(), z.number()])),
  /** The user who did or recorded it; null where nobody is recorded (the first appointment). */
  who: z.string().nullable(),
})
export type TimelineEvent = z.infer<typeof TimelineEvent>

/** At most this many events, the newest: a long case still answers quickly. */
export const timelineLimit = 300

/** The filter groups on the household page; every kind is in exactly one. */
export const timelineGroups = {
  conversations: ['conversation', 'appointmentMade', 'appointmentHeld', 'appointmentNotHeld', 'checkIn'],
  plan: ['analysis', 'planVersion', 'planPosition'],
  consentAndSharing: ['consentGiven', 'consentWithdrawn', 'shared'],
  safety: ['signalRecorded', 'signalFollowedUp', 'safetyPicture', 'meldcodeStarted', 'meldcodeDecided'],
  phaseAndClosing: [
    'requestRegistered',
    'triage',
    'phaseChanged',
    'caseClosed',
    'caseReopened',
    'reflectionAsked',
    'reflectionHeld',
  ],
} as const satisfies Record<string, readonly TimelineKind[]>
export type TimelineGroup = keyof typeof timelineGroups

export const timelineApi = {
  get: {
    method: 'GET',
    path: '/api/households/:householdId/timeline',
    params: HouseholdParams,
    response: z.array(TimelineEvent),
  },
} as const satisfies Record<string, RouteSpec>
