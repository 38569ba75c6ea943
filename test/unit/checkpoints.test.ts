import { describe, expect, it } from 'vitest'
import {
  blockingFor,
  checkpointIds,
  checkpoints,
  evaluateCheckpoints,
  isPictureCurrent,
  routeSteps,
  type CaseFacts,
  type CheckpointId,
} from '#shared/domain/checkpoints'
import { nl } from '#shared/i18n/nl'
import { en } from '#shared/i18n/en'

/** A case where everything legal protection and safety ask is in order. */
const inOrder: CaseFacts = {
  voluntaryExplained: true,
  clientSupportOffered: true,
  latestSafetyAnswer: 'no',
  membersNotHeard: [],
  membersWithoutPosition: [],
  openSignals: 0,
  safetyGoals: 0,
  membersWithoutCurrentPicture: [],
  openTrajectories: 0,
  trajectoriesWithoutWeighing: 0,
  objectionExplained: true,
  evaluatedWithHousehold: true,
}

const stateOf = (facts: Partial<CaseFacts>, id: CheckpointId) =>
  evaluateCheckpoints({ ...inOrder, ...facts }).find((r) => r.id === id)!

describe('the checkpoint table', () => {
  it('names a step, a source and texts (what is missing, why, how to resolve) in Dutch and English for each checkpoint', () => {
    for (const id of checkpointIds) {
      expect(routeSteps).toContain(checkpoints[id].step)
      expect(checkpoints[id].source.length).toBeGreaterThan(5)
      for (const texts of [nl.checkpoints[id], en.checkpoints[id]]) {
        expect(texts.label && texts.missing && texts.why && texts.resolve).toBeTruthy()
      }
    }
  })

  it('has at least the checkpoints the inspectorate asks for, in their steps', () => {
    const at = (id: CheckpointId) => checkpoints[id].step
    expect(at('voluntaryExplained')).toBe('firstContact')
    expect(at('clientSupportOffered')).toBe('firstContact')
    expect(at('safetyQuestionAnswered')).toBe('triage')
    expect(at('membersHeard')).toBe('analysis')
    expect(at('planAgreementRecorded')).toBe('plan')
    expect(at('safetyGoalsForSignals')).toBe('plan')
    expect(at('shareBasis')).toBe('sharing')
    expect(at('evaluatedWithHousehold')).toBe('closing')
    expect(at('closingSafetyPicture')).toBe('closing')
    expect(at('objectionExplained')).toBe('closing')
  })

  it('blocks only where law or safety requires it: sharing, closing, the triage safety question and the meldcode decision', () => {
    const blocking = checkpointIds.filter((id) => checkpoints[id].blocks !== null)
    expect(blocking.sort()).toEqual(
      [
        'closingSafetyPicture',
        'evaluatedWithHousehold',
        'meldcodeFinished',
        'objectionExplained',
        'safetyQuestionAnswered',
        'shareBasis',
        'weighingBeforeDecision',
      ].sort(),
    )
  })

  it('is all met for a case in order', () => {
    expect(evaluateCheckpoints(inOrder).every((r) => r.met)).toBe(true)
  })
})

describe('each checkpoint rule', () => {
  it('first contact: the voluntary nature explained and client support offered', () => {
    expect(stateOf({ voluntaryExplained: false }, 'voluntaryExplained').met).toBe(false)
    expect(stateOf({ clientSupportOffered: false }, 'clientSupportOffered').met).toBe(false)
  })

  it('triage: the safety question answered with yes or no; "unknown" or no triage is still open', () => {
    expect(stateOf({ latestSafetyAnswer: 'yes' }, 'safetyQuestionAnswered').met).toBe(true)
    expect(stateOf({ latestSafetyAnswer: 'unknown' }, 'safetyQuestionAnswered').met).toBe(false)
    expect(stateOf({ latestSafetyAnswer: null }, 'safetyQuestionAnswered').met).toBe(false)
  })

  it('analysis: every member of 12 or older heard, naming who was not; no broad view yet is open', () => {
    expect(stateOf({ membersNotHeard: ['Daan Jansen'] }, 'membersHeard')).toEqual({
      id: 'membersHeard',
      met: false,
      detail: ['Daan Jansen'],
    })
    expect(stateOf({ membersNotHeard: null }, 'membersHeard').met).toBe(false)
  })

  it("plan: each member's agreement or disagreement recorded", () => {
    expect(stateOf({ membersWithoutPosition: ['Sem Jansen'] }, 'planAgreementRecorded').detail).toEqual([
      'Sem Jansen',
    ])
    expect(stateOf({ membersWithoutPosition: null }, 'planAgreementRecorded').met).toBe(false)
  })

  it('plan: safety goals present while there are open signals', () => {
    expect(stateOf({ openSignals: 1, safetyGoals: 0 }, 'safetyGoalsForSignals').met).toBe(false)
    expect(stateOf({ openSignals: 1, safetyGoals: 1 }, 'safetyGoalsForSignals').met).toBe(true)
    expect(stateOf({ openSignals: 0, safetyGoals: 0 }, 'safetyGoalsForSignals').met).toBe(true)
  })

  it('safety: pictures current only matters while signals are open; at closing it always does', () => {
    const facts = { membersWithoutCurrentPicture: ['Lieke Jansen'] }
    expect(stateOf({ ...facts, openSignals: 0 }, 'safetyPictureCurrent').met).toBe(true)
    expect(stateOf({ ...facts, openSignals: 2 }, 'safetyPictureCurrent').met).toBe(false)
    expect(stateOf({ ...facts, openSignals: 0 }, 'closingSafetyPicture')).toMatchObject({
      met: false,
      detail: ['Lieke Jansen'],
    })
  })

  it('meldcode: no decision before the afwegingskader, and no closing while a trajectory is open', () => {
    expect(
      stateOf({ trajectoriesWithoutWeighing: 1, openTrajectories: 1 }, 'weighingBeforeDecision').met,
    ).toBe(false)
    expect(stateOf({ openTrajectories: 1 }, 'meldcodeFinished').met).toBe(false)
  })

  it('closing: evaluated with the household and told how to object; unknown until the closing itself', () => {
    expect(stateOf({ evaluatedWithHousehold: false }, 'evaluatedWithHousehold').met).toBe(false)
    expect(stateOf({ evaluatedWithHousehold: null }, 'evaluatedWithHousehold').met).toBe(false)
    expect(stateOf({ objectionExplained: false }, 'objectionExplained').met).toBe(false)
  })

  it('closing is blocked by exactly the unmet closing checkpoints, and reminders never block it', () => {
    const results = evaluateCheckpoints({
      ...inOrder,
      objectionExplained: false,
      voluntaryExplained: false,
      membersNotHeard: ['Daan'],
    })
    expect(blockingFor('case.close', results).map((r) => r.id)).toEqual(['objectionExplained'])
    expect(blockingFor('share.record', results)).toEqual([])
  })
})

describe('a safety picture', () => {
  it('is current up to and including the configured number of days, and overdue the day after', () => {
    expect(isPictureCurrent('2026-11-09', '2026-11-23', 14)).toBe(true)
    expect(isPictureCurrent('2026-11-08', '2026-11-23', 14)).toBe(false)
    expect(isPictureCurrent(null, '2026-11-23', 14)).toBe(false)
  })
})
