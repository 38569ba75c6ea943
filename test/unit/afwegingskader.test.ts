import { describe, expect, it } from 'vitest'
import {
  isVeiligThuis,
  weighingOutcome,
  weighingQuestions,
  type WeighingAnswer,
  type WeighingQuestion,
} from '#shared/domain/afwegingskader'

/** All 32 combinations of yes/no over the five questions. */
const combinations: Record<WeighingQuestion, WeighingAnswer>[] = Array.from(
  { length: 32 },
  (_, bits) =>
    Object.fromEntries(weighingQuestions.map((q, i) => [q, bits & (1 << i) ? 'yes' : 'no'])) as Record<
      WeighingQuestion,
      WeighingAnswer
    >,
)

describe('the afwegingskader (meldcode step 4)', () => {
  it.each(combinations.map((answers) => [Object.values(answers).join(' '), answers] as const))(
    'answers %s give the outcome the meldcode prescribes',
    (_label, answers) => {
      const { outcome, reasons } = weighingOutcome(answers)
      const reportNeeded =
        answers.q2 === 'yes' || answers.q3 === 'no' || answers.q4 === 'no' || answers.q5 === 'no'
      expect(outcome === 'reportNeeded').toBe(reportNeeded)
      if (!reportNeeded) expect(outcome).toBe(answers.q1 === 'no' ? 'noSuspicion' : 'helpWithoutReport')
      // The reasons name exactly the questions that make a report needed.
      const expected = [
        ...(answers.q2 === 'yes' ? ['q2'] : []),
        ...(['q3', 'q4', 'q5'] as const).filter((q) => answers[q] === 'no'),
      ]
      expect(reasons).toEqual(expected)
    },
  )

  it('needs a report when only question 3 is "no": the team cannot organise adequate help', () => {
    expect(weighingOutcome({ q1: 'yes', q2: 'no', q3: 'no', q4: 'yes', q5: 'yes' })).toEqual({
      outcome: 'reportNeeded',
      reasons: ['q3'],
    })
  })

  it('needs a report at acute unsafety even when the help would be accepted and work', () => {
    expect(weighingOutcome({ q1: 'yes', q2: 'yes', q3: 'yes', q4: 'yes', q5: 'yes' }).outcome).toBe(
      'reportNeeded',
    )
  })

  it('organises help without a report when help is possible, accepted and effective', () => {
    expect(weighingOutcome({ q1: 'yes', q2: 'no', q3: 'yes', q4: 'yes', q5: 'yes' }).outcome).toBe(
      'helpWithoutReport',
    )
  })
})

describe('meldrecht', () => {
  it('covers sharing with Veilig Thuis, however it is written, and nobody else', () => {
    expect(isVeiligThuis('Veilig Thuis')).toBe(true)
    expect(isVeiligThuis('Veilig Thuis Midden-Nederland')).toBe(true)
    expect(isVeiligThuis('veiligthuis regio Utrecht')).toBe(true)
    expect(isVeiligThuis('Huisarts')).toBe(false)
    expect(isVeiligThuis('Politie')).toBe(false)
  })
})
