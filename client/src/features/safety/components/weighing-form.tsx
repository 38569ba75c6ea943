import { useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { Heading, Paragraph } from '@amsterdam/design-system-react'
import { WeighingInput } from '#shared/contracts/safety'
import {
  weighingOutcome,
  weighingQuestions,
  type WeighingAnswer,
  type WeighingOutcome,
  type WeighingQuestion,
} from '#shared/domain/afwegingskader'
import { useFormErrors, validate, type FieldErrors } from '../../../lib/form-errors.ts'
import { FormAlert, FormFieldSet, SubmitButton, TextAreaField } from '../../../components/form.tsx'
import { useWeigh } from '../api/weigh.ts'
import { errorsByField, sharedText, YesNoRadios } from './safety-parts.tsx'
import { stepFieldIds, type StepFormProps } from './step-forms.tsx'

type Answers = Record<WeighingQuestion, { answer: '' | WeighingAnswer; reasoning: string }>

const fields = weighingQuestions.flatMap((q) => [`${q}.answer`, `${q}.reasoning`] as const)

/** Answers that never lead to a report by themselves: what an unanswered question counts as, for an early outcome. */
const neutral: Record<WeighingQuestion, WeighingAnswer> = {
  q1: 'yes',
  q2: 'no',
  q3: 'yes',
  q4: 'yes',
  q5: 'yes',
}

/**
 * The outcome so far. With every question answered, the afwegingskader's outcome; before that only a report that
 * is certain already (a yes to 2, or a no to 3, 4 or 5 cannot be undone by the other answers).
 */
export function liveOutcome(
  answers: Answers,
): { outcome: WeighingOutcome; reasons: WeighingQuestion[] } | null {
  const complete = weighingQuestions.every((q) => answers[q].answer !== '')
  const result = weighingOutcome(
    Object.fromEntries(weighingQuestions.map((q) => [q, answers[q].answer || neutral[q]])) as Record<
      WeighingQuestion,
      WeighingAnswer
    >,
  )
  return complete || result.outcome === 'reportNeeded' ? result : null
}

/** "Melding nodig: vraag 2 is ja, vraag 3 is nee" / "Hulp zonder melding" / "Geen vermoeden". */
export function useOutcomeText() {
  const { t } = useTranslation()
  return (outcome: WeighingOutcome, reasons: readonly string[]) =>
    outcome === 'reportNeeded'
      ? t('safetyPage.meldcode.weighing.outcome.reportNeeded', {
          reasons: reasons
            .map((q) =>
              q === 'q2'
                ? t('safetyPage.meldcode.weighing.reasonYes', { n: q.slice(1) })
                : t('safetyPage.meldcode.weighing.reasonNo', { n: q.slice(1) }),
            )
            .join(', '),
        })
      : t(`safetyPage.meldcode.weighing.outcome.${outcome}`)
}

/**
 * Step 4, the afwegingskader: five questions, each yes or no with reasoning. The outcome is shown while answering
 * (computed with the same rule the server uses) and, once saved, as the server recorded it.
 */
export function WeighingForm({ trajectory, onSaved, onStart }: StepFormProps) {
  const { t } = useTranslation()
  const weigh = useWeigh(trajectory.householdId)
  const errors = useFormErrors()
  const outcomeText = useOutcomeText()
  const recorded = trajectory.weighing
  const [answers, setAnswers] = useState<Answers>(
    () =>
      Object.fromEntries(
        weighingQuestions.map((q) => [
          q,
          { answer: recorded?.answers[q]?.answer ?? '', reasoning: recorded?.answers[q]?.reasoning ?? '' },
        ]),
      ) as Answers,
  )
  const set = (q: WeighingQuestion, part: Partial<Answers[WeighingQuestion]>) =>
    setAnswers((previous) => ({ ...previous, [q]: { ...previous[q], ...part } }))
  const fieldIds = stepFieldIds(trajectory.id, fields)
  const fieldErrors = errorsByField(errors.fieldErrors, fieldIds)
  const fieldLabels = Object.fromEntries(
    weighingQuestions.flatMap((q) => [
      [`${q}.answer`, t('safetyPage.meldcode.weighing.answer', { n: q.slice(1) })],
      [`${q}.reasoning`, t('safetyPage.meldcode.weighing.reasoning', { n: q.slice(1) })],
    ]),
  )
  const live = liveOutcome(answers)
  const outcomeId = `meldcode-${trajectory.id}-outcome`

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    if (weigh.isPending) return
    onStart()
    const checked = validate(
      WeighingInput,
      Object.fromEntries(
        weighingQuestions.map((q) => [
          q,
          { answer: answers[q].answer || undefined, reasoning: answers[q].reasoning },
        ]),
      ),
    )
    if (!checked.ok) {
      const problems: FieldErrors = { ...checked.fieldErrors }
      for (const q of weighingQuestions)
        if (problems[`${q}.answer`]) problems[`${q}.answer`] = sharedText('errors.chooseOption')
      return errors.showFieldErrors(errorsByField(problems, fieldIds))
    }
    errors.clear()
    weigh.mutate(
      { trajectoryId: trajectory.id, input: checked.data },
      { onSuccess: onSaved, onError: errors.showError },
    )
  }

  return (
    <form onSubmit={onSubmit} noValidate className="naast-form naast-readable">
      <Paragraph>{t('safetyPage.meldcode.weighing.intro')}</Paragraph>
      <FormAlert
        {...errors}
        fieldErrors={fieldErrors}
        fieldIds={fieldIds}
        fieldLabels={fieldLabels}
        headingLevel={4}
      />
      {weighingQuestions.map((q) => {
        const answerField = `${q}.answer` as const
        const reasoningField = `${q}.reasoning` as const
        return (
          <div key={q} className="naast-weighing-question naast-form">
            <FormFieldSet
              id={fieldIds[answerField]}
              kind="radio"
              legend={`${t('safetyPage.meldcode.weighing.question', { n: q.slice(1) })}. ${t(`safetyPage.meldcode.weighing.${q}`)}`}
              error={fieldErrors[answerField]}
            >
              {(group) => (
                <YesNoRadios
                  name={fieldIds[answerField]}
                  value={answers[q].answer}
                  invalid={group.invalid}
                  onChange={(answer) => set(q, { answer })}
                />
              )}
            </FormFieldSet>
            <TextAreaField
              id={fieldIds[reasoningField]}
              label={fieldLabels[reasoningField] ?? ''}
              error={fieldErrors[reasoningField]}
              rows={3}
              value={answers[q].reasoning}
              onChange={(value) => set(q, { reasoning: value })}
            />
          </div>
        )
      })}
      <section className="naast-weighing-outcome" aria-labelledby={`${outcomeId}-title`}>
        <Heading level={4} id={`${outcomeId}-title`}>
          {t('safetyPage.meldcode.weighing.outcomeTitle')}
        </Heading>
        <div role="status" id={outcomeId}>
          {live ? (
            <>
              <Paragraph>
                <strong>{outcomeText(live.outcome, live.reasons)}</strong>
              </Paragraph>
              <Paragraph size="small">{t(`safetyPage.meldcode.weighing.explain.${live.outcome}`)}</Paragraph>
            </>
          ) : (
            <Paragraph>{t('safetyPage.meldcode.weighing.incomplete')}</Paragraph>
          )}
        </div>
        {recorded && (
          <Paragraph size="small">
            {t('safetyPage.meldcode.weighing.savedOutcome')}:{' '}
            {outcomeText(recorded.outcome, recorded.reasons)}
          </Paragraph>
        )}
      </section>
      <SubmitButton
        busy={weigh.isPending}
        label={t('safetyPage.meldcode.weighing.save')}
        busyLabel={t('safetyPage.saving')}
      />
    </form>
  )
}
