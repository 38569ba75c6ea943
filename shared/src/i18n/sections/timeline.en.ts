import type { timelineNl } from './timeline.ts'
import { followUpEn } from './follow-up.en.ts'

/** The English texts, with the same keys as the Dutch ones in ./timeline.ts (the type says so). */
export const timelineEn: typeof timelineNl = {
  title: 'Timeline',
  intro:
    'What happened in this case, who did it and when, made from what was recorded. The content of conversations, signals and reflections is not shown here; read it in their own sections.',
  show: 'Show timeline',
  empty: 'Nothing has been recorded for this case yet.',
  emptyFilter: 'Nothing has been recorded in this group.',
  limited: 'You see the newest {{count}} events.',
  filterLegend: 'Which events?',
  listLabel: 'Timeline, newest first',
  line: '{{date}} — {{sentence}}',
  someone: 'Someone',
  self: 'themselves',
  groups: {
    all: 'All',
    conversations: 'Conversations',
    plan: 'Plan',
    consentAndSharing: 'Consent and sharing',
    safety: 'Safety',
    phaseAndClosing: 'Phase and closing',
  },
  sentences: {
    requestRegistered: 'Request received from {{source}}, registered by {{who}}.',
    triage: '{{who}} did the triage: {{route}}; safety concerns: {{safetyAnswer}}.',
    triageRevised:
      '{{who}} revised the triage (version {{version}}): {{route}}; safety concerns: {{safetyAnswer}}.',
    appointmentMade: 'The first appointment was made, for {{appointmentOn}}.',
    appointmentHeld: 'The first appointment took place.',
    appointmentNotHeld: 'The first appointment did not take place.',
    conversation: '{{who}} recorded a conversation: {{conversationKind}}.',
    analysis: '{{who}} recorded a broad view.',
    planVersion: '{{who}} saved version {{version}} of the plan.',
    planVersionByHousehold: '{{who}} changed the plan in the portal (version {{version}}).',
    consentGiven:
      '{{who}} recorded that {{giver}} consented to sharing information about {{subject}} with {{recipient}}, with no end date.',
    consentGivenUntil:
      '{{who}} recorded that {{giver}} consented to sharing information about {{subject}} with {{recipient}}, valid until {{validUntil}}.',
    consentWithdrawn:
      '{{who}} recorded that {{giver}} withdrew consent to sharing information about {{subject}} with {{recipient}}.',
    sharedWithConsent:
      '{{who}} shared information about {{about}} with {{recipient}}, with the consent of {{givers}} (no end date).',
    sharedWithConsentUntil:
      '{{who}} shared information about {{about}} with {{recipient}}, with the consent of {{givers}} (valid until {{validUntil}}).',
    sharedOnReport:
      '{{who}} shared information about {{about}} with {{recipient}}, on the basis of the report to Veilig Thuis (reference {{reference}}, reported on {{reportedOn}}).',
    shared: '{{who}} shared information about {{about}} with {{recipient}}.',
    signalRecorded: '{{who}} recorded a signal about the safety of {{about}}, {{source}}.',
    signalFollowedUp: '{{who}} followed up the signal about {{about}}.',
    signalFollowedUpByMeldcode:
      'The signal about {{about}} was followed up by the decision in the reporting code.',
    safetyPicture: '{{who}} recorded the view of the safety of {{member}}: {{assessment}}.',
    meldcodeStarted: '{{who}} started the steps of the reporting code (meldcode).',
    meldcodeDecidedReport:
      '{{who}} completed the reporting code with a report to Veilig Thuis (reference {{reference}}, reported on {{reportedOn}}).',
    meldcodeDecidedReportAndHelp:
      '{{who}} completed the reporting code with a report to Veilig Thuis (reference {{reference}}, reported on {{reportedOn}}) and help.',
    meldcodeDecidedHelp: '{{who}} completed the reporting code: help without a report to Veilig Thuis.',
    phaseActive: '{{who}} put the case back on active support.',
    phasePulse: '{{who}} scaled down to a finger on the pulse: contact {{interval}}.',
    phaseBackground: '{{who}} scaled down to support in the background: contact {{interval}}.',
    checkIn: '{{who}} recorded a check-in: {{how}}.',
    caseClosed: '{{who}} closed the case.',
    caseReopened: '{{who}} re-opened the case.',
    reflectionAsked: '{{who}} asked for a reflection on the case.',
    reflectionHeld: 'A reflection on the case was held; {{who}} recorded the report.',
  },
  positionRecorded: {
    agrees: '{{who}} recorded that {{member}} agrees with the plan (version {{version}}).',
    partly: '{{who}} recorded that {{member}} partly agrees with the plan (version {{version}}).',
    disagrees: '{{who}} recorded that {{member}} does not agree with the plan (version {{version}}).',
  },
  positionInPortal: {
    agrees: '{{member}} said in the portal that they agree with the plan (version {{version}}).',
    partly: '{{member}} said in the portal that they partly agree with the plan (version {{version}}).',
    disagrees: '{{member}} said in the portal that they do not agree with the plan (version {{version}}).',
  },
  sources: {
    resident: 'the resident themselves',
    network: 'someone from the network',
    neighbour: 'a neighbour',
    gp: 'the GP',
    school: 'school',
    police: 'the police',
    veilig_thuis: 'Veilig Thuis',
    municipality_desk: 'the municipality desk',
    other_organisation: 'another organisation',
    anonymous: 'someone who stays anonymous',
  },
  routes: {
    no_professional_help: 'no professional help needed',
    team: 'the team takes it up',
    referral: 'referred to specialist care',
    crisis: 'acute or crisis',
  },
  safetyAnswers: {
    yes: 'yes',
    no: 'no',
    unknown: 'not known yet',
  },
  conversationKinds: {
    home_visit: 'home visit',
    phone: 'by phone',
    office: 'at the office',
    video: 'video call',
    network: 'with the network',
    partner: 'with a partner organisation',
  },
  signalSources: {
    home_visit: 'seen on a home visit',
    office_visit: 'seen on a visit at the office',
    phone: 'heard in a phone call',
    household: 'reported by the household',
    network: 'reported by the network',
    school: 'reported by school',
    childcare: 'reported by childcare',
    gp: 'reported by the GP',
    police: 'reported by the police',
    other: 'from another source',
    triage: 'from the triage',
  },
  assessments: {
    safe: 'safe',
    concerns: 'concerns',
    unsafe: 'unsafe',
  },
  checkInHows: {
    visit: 'home visit',
    phone: 'phone',
    message: 'message',
    household: 'the household got in touch themselves',
  },
  every: followUpEn.every,
}
