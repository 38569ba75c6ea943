/**
 * The meldcode's assessment framework (afwegingskader, 2019), step 4. Five questions, each answered yes or no
 * with reasoning. A report to Veilig Thuis is needed when question 2 is answered yes (acute or structural
 * unsafety, or a disclosure), or question 3, 4 or 5 is answered no (the team cannot give or organise adequate
 * help, those involved do not accept it, or it does not lead to safety in time).
 */
export const weighingQuestions = ['q1', 'q2', 'q3', 'q4', 'q5'] as const
export type WeighingQuestion = (typeof weighingQuestions)[number]
export type WeighingAnswer = 'yes' | 'no'

export type WeighingOutcome =
  /** Question 1 is no: there is no suspicion; no report and the meldcode ends here. */
  | 'noSuspicion'
  /** A report to Veilig Thuis is needed; `reasons` names the questions that make it so. */
  | 'reportNeeded'
  /** Help is organised and followed; no report is needed now. */
  | 'helpWithoutReport'

/** The answers that lead to a report: yes to question 2, no to 3, 4 or 5. */
const reportWhen: Record<WeighingQuestion, WeighingAnswer | null> = {
  q1: null,
  q2: 'yes',
  q3: 'no',
  q4: 'no',
  q5: 'no',
}

export function weighingOutcome(answers: Record<WeighingQuestion, WeighingAnswer>): {
  outcome: WeighingOutcome
  reasons: WeighingQuestion[]
} {
  const reasons = weighingQuestions.filter((q) => reportWhen[q] !== null && answers[q] === reportWhen[q])
  if (reasons.length > 0) return { outcome: 'reportNeeded', reasons }
  if (answers.q1 === 'no') return { outcome: 'noSuspicion', reasons: [] }
  return { outcome: 'helpWithoutReport', reasons: [] }
}

/** Meldrecht covers sharing with Veilig Thuis only: a recipient is Veilig Thuis when its name says so. */
export function isVeiligThuis(recipient: string): boolean {
  return /veilig\s*thuis/i.test(recipient)
}
