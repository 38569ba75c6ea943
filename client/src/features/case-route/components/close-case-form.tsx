import { useRef, useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { Checkbox, Paragraph } from '@amsterdam/design-system-react'
import { CloseCaseInput } from '#shared/contracts/case-route'
import { isCheckpointRefusal, type ApiRequestError } from '../../../lib/api.ts'
import { useFormErrors, validate, type FieldErrors } from '../../../lib/form-errors.ts'
import { today } from '../../../lib/today.ts'
import { DateField, FormAlert, FormFieldSet, SubmitButton, TextAreaField } from '../../../components/form.tsx'
import { CheckpointRefusal } from '../../../components/checkpoint-refusal.tsx'
import { useCloseCase } from '../api/close-case.ts'

/** The part of the page that "evaluated with the household" links to. */
export const closeFormId = 'case-close'

const fieldIds = {
  reason: 'case-close-reason',
  evaluation: 'case-close-evaluation',
  'evaluation.on': 'case-close-evaluation-on',
  'evaluation.summary': 'case-close-evaluation-summary',
}

type Form = { reason: string; noEvaluation: boolean; evaluatedOn: string; summary: string }

const emptyForm = (): Form => ({ reason: '', noEvaluation: false, evaluatedOn: today(), summary: '' })

type Refused = { error: ApiRequestError; attempt: number }

/**
 * "Dossier afsluiten": why, and the evaluation held with the household (when, and what they said). Without an
 * evaluation the server refuses, as it does while another checkpoint of closing is open; the refusal lists each,
 * with why and how to resolve it, and the case visibly stays open.
 */
export function CloseCaseForm({
  householdId,
  onClosed,
  onStart,
}: {
  householdId: number
  onClosed: (message: string) => void
  onStart: () => void
}) {
  const { t } = useTranslation()
  const close = useCloseCase(householdId)
  const errors = useFormErrors()
  const [form, setForm] = useState(emptyForm)
  const [refused, setRefused] = useState<Refused | null>(null)
  // Each refusal is a new alert that takes focus again.
  const attempts = useRef(0)
  const set = <K extends keyof Form>(key: K, value: Form[K]) => {
    setForm((previous) => ({ ...previous, [key]: value }))
    setRefused(null)
  }
  const fieldErrors = errors.fieldErrors

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    if (close.isPending) return
    onStart()
    setRefused(null)
    const checked = validate(CloseCaseInput, {
      reason: form.reason,
      evaluation: form.noEvaluation ? null : { on: form.evaluatedOn, summary: form.summary },
    })
    const problems: FieldErrors = checked.ok ? {} : { ...checked.fieldErrors }
    if (!form.noEvaluation) {
      if (!form.evaluatedOn) problems['evaluation.on'] = t('errors.required')
      else if (!problems['evaluation.on'] && form.evaluatedOn > today())
        problems['evaluation.on'] = t('errors.dateInFuture')
    }
    if (!checked.ok || Object.keys(problems).length > 0) {
      const ordered: FieldErrors = {}
      for (const field of Object.keys(fieldIds)) if (problems[field]) ordered[field] = problems[field]
      return errors.showFieldErrors(ordered)
    }
    errors.clear()
    close.mutate(checked.data, {
      onSuccess: () => {
        setForm(emptyForm())
        onClosed(t('caseRoute.closed'))
      },
      onError: (error) => {
        if (isCheckpointRefusal(error)) {
          attempts.current += 1
          setRefused({ error, attempt: attempts.current })
          return
        }
        errors.showError(error)
      },
    })
  }

  return (
    <details id={closeFormId} className="naast-details">
      <summary>{t('caseRoute.closeTitle')}</summary>
      <div className="naast-details__body naast-stack">
        <form onSubmit={onSubmit} noValidate className="naast-form naast-card naast-readable">
          <Paragraph>{t('caseRoute.closeIntro')}</Paragraph>
          <FormAlert
            {...errors}
            fieldErrors={fieldErrors}
            fieldIds={fieldIds}
            fieldLabels={{
              reason: t('caseRoute.reasonLabel'),
              'evaluation.on': t('caseRoute.evaluationOnLabel'),
              'evaluation.summary': t('caseRoute.evaluationSummaryLabel'),
            }}
            headingLevel={4}
          />
          <TextAreaField
            id={fieldIds.reason}
            label={t('caseRoute.reasonLabel')}
            description={t('caseRoute.reasonHint')}
            error={fieldErrors.reason}
            rows={3}
            value={form.reason}
            onChange={(value) => set('reason', value)}
          />
          <FormFieldSet
            id={fieldIds.evaluation}
            kind="group"
            legend={t('caseRoute.evaluationLegend')}
            requirement="none"
          >
            {() => (
              <>
                {!form.noEvaluation && (
                  <>
                    <DateField
                      id={fieldIds['evaluation.on']}
                      label={t('caseRoute.evaluationOnLabel')}
                      error={fieldErrors['evaluation.on']}
                      max={today()}
                      value={form.evaluatedOn}
                      onChange={(value) => set('evaluatedOn', value)}
                    />
                    <TextAreaField
                      id={fieldIds['evaluation.summary']}
                      label={t('caseRoute.evaluationSummaryLabel')}
                      description={t('caseRoute.evaluationSummaryHint')}
                      error={fieldErrors['evaluation.summary']}
                      rows={4}
                      value={form.summary}
                      onChange={(value) => set('summary', value)}
                    />
                  </>
                )}
                <Checkbox
                  id="case-close-no-evaluation"
                  checked={form.noEvaluation}
                  aria-describedby="case-close-no-evaluation-hint"
                  onChange={(e) => set('noEvaluation', e.target.checked)}
                >
                  {t('caseRoute.noEvaluation')}
                </Checkbox>
                <Paragraph id="case-close-no-evaluation-hint" size="small" className="naast-secondary">
                  {t('caseRoute.noEvaluationHint')}
                </Paragraph>
              </>
            )}
          </FormFieldSet>
          <SubmitButton
            busy={close.isPending}
            label={t('caseRoute.close')}
            busyLabel={t('caseRoute.closing')}
          />
        </form>
        {refused && (
          <CheckpointRefusal
            key={refused.attempt}
            error={refused.error}
            title={t('caseRoute.refusedTitle')}
            headingLevel={4}
            footer={t('caseRoute.refusedNothingSaved')}
          />
        )}
      </div>
    </details>
  )
}
