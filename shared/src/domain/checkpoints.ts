/**
 * Legal protection and safety, per step of the route: one table. Each checkpoint says what is asked, whether it
 * blocks an action (and which), and where the rule comes from. The reason, what is missing and how to resolve it
 * are i18n texts under `checkpoints.<id>`. Only what law or safety requires blocks; the rest are reminders, so the
 * route stays a map and not a turnstile.
 */
export const routeSteps = [
  'safety',
  'firstContact',
  'triage',
  'analysis',
  'plan',
  'sharing',
  'closing',
] as const
export type RouteStep = (typeof routeSteps)[number]

/** Actions the server refuses while a blocking checkpoint is not met. */
export type BlockedAction = 'triage.save' | 'meldcode.decide' | 'share.record' | 'case.close'

export type CheckpointDefinition = {
  step: RouteStep
  /** The action this checkpoint blocks, or null for a reminder. */
  blocks: BlockedAction | null
  /** Where the rule comes from: a seed document or a law. */
  source: string
}

export const checkpoints = {
  weighingBeforeDecision: {
    step: 'safety',
    blocks: 'meldcode.decide',
    source: 'Wet verplichte meldcode, afwegingskader 2019 (stap 4 vóór stap 5)',
  },
  safetyPictureCurrent: {
    step: 'safety',
    blocks: null,
    source: 'Routekaart stap 0; inspectiereactie (seed 003): zicht op veiligheid',
  },
  voluntaryExplained: {
    step: 'firstContact',
    blocks: null,
    source: 'Routekaart stap 3; inspectiereactie (seed 003): rechtsbescherming',
  },
  clientSupportOffered: {
    step: 'firstContact',
    blocks: null,
    source: 'Wmo 2015 art. 2.3.2 lid 3 (onafhankelijke cliëntondersteuning)',
  },
  safetyQuestionAnswered: {
    step: 'triage',
    blocks: 'triage.save',
    source: 'Routekaart stap 4: triage vraagt altijd naar veiligheid',
  },
  membersHeard: {
    step: 'analysis',
    blocks: null,
    source: 'VN-Kinderrechtenverdrag art. 12; Jeugdwet art. 2.1',
  },
  planAgreementRecorded: {
    step: 'plan',
    blocks: null,
    source: 'Routekaart stap 6: plan van én met het huishouden',
  },
  safetyGoalsForSignals: {
    step: 'plan',
    blocks: null,
    source: 'Routekaart stap 0 en 6: veiligheidsdoelen concreet en transparant',
  },
  shareBasis: {
    step: 'sharing',
    blocks: 'share.record',
    source: 'AVG art. 6 en 9; Wmo 2015 art. 5.2.6 en Jeugdwet art. 5.2 (meldrecht)',
  },
  meldcodeFinished: {
    step: 'closing',
    blocks: 'case.close',
    source: 'Wet verplichte meldcode: de vijf stappen worden afgemaakt',
  },
  evaluatedWithHousehold: {
    step: 'closing',
    blocks: 'case.close',
    source: 'Routekaart stap 8–9: samen met het huishouden evalueren',
  },
  closingSafetyPicture: {
    step: 'closing',
    blocks: 'case.close',
    source: 'Routekaart stap 0; inspectiereactie (seed 003): zicht op veiligheid bij afsluiten',
  },
  objectionExplained: {
    step: 'closing',
    blocks: 'case.close',
    source: 'Awb hoofdstuk 6 en 9 (bezwaar en klacht); inspectiereactie (seed 003)',
  },
} as const satisfies Record<string, CheckpointDefinition>

export type CheckpointId = keyof typeof checkpoints
export const checkpointIds = Object.keys(checkpoints) as CheckpointId[]

/** What the server knows about a case, gathered once; the rules below are pure. */
export type CaseFacts = {
  voluntaryExplained: boolean
  clientSupportOffered: boolean
  /** The newest triage's answer to the safety question, or null without a triage. */
  latestSafetyAnswer: 'yes' | 'no' | 'unknown' | null
  /** Null without a broad view; else members aged 12 or older the newest one did not mark as heard. */
  membersNotHeard: string[] | null
  /** Null without a plan; else members aged 12 or older whose position on the plan is not recorded. */
  membersWithoutPosition: string[] | null
  openSignals: number
  safetyGoals: number
  /** Members without a safety picture recorded within the configured number of days. */
  membersWithoutCurrentPicture: string[]
  openTrajectories: number
  /** Open meldcode trajectories whose afwegingskader is not yet answered. */
  trajectoriesWithoutWeighing: number
  objectionExplained: boolean
  /** Only known when the case is being closed: the closing's evaluation with the household. */
  evaluatedWithHousehold: boolean | null
}

export type CheckpointResult = {
  id: CheckpointId
  met: boolean
  /** Names that make it unmet (members not heard, …); empty otherwise. */
  detail: string[]
}

function result(id: CheckpointId, met: boolean, detail: string[] = []): CheckpointResult {
  return { id, met, detail: met ? [] : detail }
}

/** Every checkpoint's state for a case. A checkpoint that does not apply yet counts as met. */
export function evaluateCheckpoints(facts: CaseFacts): CheckpointResult[] {
  const results: Record<CheckpointId, CheckpointResult> = {
    weighingBeforeDecision: result('weighingBeforeDecision', facts.trajectoriesWithoutWeighing === 0),
    safetyPictureCurrent: result(
      'safetyPictureCurrent',
      facts.openSignals === 0 || facts.membersWithoutCurrentPicture.length === 0,
      facts.membersWithoutCurrentPicture,
    ),
    voluntaryExplained: result('voluntaryExplained', facts.voluntaryExplained),
    clientSupportOffered: result('clientSupportOffered', facts.clientSupportOffered),
    safetyQuestionAnswered: result(
      'safetyQuestionAnswered',
      facts.latestSafetyAnswer === 'yes' || facts.latestSafetyAnswer === 'no',
    ),
    membersHeard: result(
      'membersHeard',
      facts.membersNotHeard !== null && facts.membersNotHeard.length === 0,
      facts.membersNotHeard ?? [],
    ),
    planAgreementRecorded: result(
      'planAgreementRecorded',
      facts.membersWithoutPosition !== null && facts.membersWithoutPosition.length === 0,
      facts.membersWithoutPosition ?? [],
    ),
    safetyGoalsForSignals: result('safetyGoalsForSignals', facts.openSignals === 0 || facts.safetyGoals > 0),
    // Enforced on every share: nothing can be recorded without consent or a report, so it always holds.
    shareBasis: result('shareBasis', true),
    meldcodeFinished: result('meldcodeFinished', facts.openTrajectories === 0),
    evaluatedWithHousehold: result('evaluatedWithHousehold', facts.evaluatedWithHousehold === true),
    closingSafetyPicture: result(
      'closingSafetyPicture',
      facts.membersWithoutCurrentPicture.length === 0,
      facts.membersWithoutCurrentPicture,
    ),
    objectionExplained: result('objectionExplained', facts.objectionExplained),
  }
  return checkpointIds.map((id) => results[id])
}

/** The blocking checkpoints of an action that are not met: the server answers 409 with these. */
export function blockingFor(action: BlockedAction, results: CheckpointResult[]): CheckpointResult[] {
  return results.filter((r) => !r.met && checkpoints[r.id].blocks === action)
}

/**
 * A picture of someone's safety is current when it is at most `maxAgeDays` old on `today` (both Dutch calendar
 * dates, YYYY-MM-DD).
 */
export function isPictureCurrent(assessedOn: string | null, today: string, maxAgeDays: number): boolean {
  if (assessedOn === null) return false
  const age = (Date.parse(`${today}T00:00:00Z`) - Date.parse(`${assessedOn}T00:00:00Z`)) / 86_400_000
  return age <= maxAgeDays
}
