import { useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { Alert, Checkbox, Paragraph } from '@amsterdam/design-system-react'
import { DecisionInput } from '#shared/contracts/safety'
import { isCheckpointRefusal, type ApiRequestError } from '../../../lib/api.ts'
import { useFormErrors, validate, type FieldErrors } from '../../../lib/form-errors.ts'
import { today } from '../../../lib/today.ts'
import {
  DateField,
  FormAlert,
  FormFieldSet,
  SubmitButton,
  TextAreaField,
  TextInputField,
} from '../../../components/form.tsx'
import { CheckpointRefusal } from '../../../components/checkpoint-refusal.tsx'
import { useDecide } from '../api/decide.ts'
import { errorsByField, sharedText, YesNoRadios } from './safety-parts.tsx'
import { stepFieldIds, type StepFormProps } from './step-forms.tsx'

const fields = [
  'help',
  'help.description',
  'report',
  'report.on',
  'report.reference',
  'report.toldBeforehand',
  'report.notToldReason',
] as const

type Refused = { error: ApiRequestError; attempt: number }

/**
 * Step 5: help organised and/or a report to Veilig Thuis (meldrecht: no consent needed). With a report: when, its
 * reference, and whether the household was told beforehand — if not, why (required). The server refuses while
 * step 4 is not done (409 CHECKPOINT_MISSING); what is missing, why and what to do is shown above the form.
 */
export function DecisionForm({ trajectory, onSaved, onStart }: StepFormProps) {
  const { t } = useTranslation()
  const decide = useDecide(trajectory.householdId)
  const errors = useFormErrors()
  const [refused, setRefused] = useState<Refused | null>(null)
  const [form, setForm] = useState({
    help: false,
    helpDescription: '',
    report: false,
    reportOn: today(),
    reference: '',
    told: '' as '' | 'yes' | 'no',
    notToldReason: '',
  })
  const set = <K extends keyof typeof form>(key: K, value: (typeof form)[K]) =>
    setForm((previous) => ({ ...previous, [key]: value }))
  const reportNeeded = trajectory.weighing?.outcome === 'reportNeeded'
  const fieldIds = stepFieldIds(trajectory.id, fields)
  // "help" (nothing chosen) and "report" (a report is needed) are both about the choice.
  fieldIds.help = fieldIds.report = `meldcode-${trajectory.id}-choice`
  const fieldErrors = errorsByField(errors.fieldErrors, fieldIds)
  const fieldLabels = {
    help: t('safetyPage.meldcode.decision.legend'),
    'help.description': t('safetyPage.meldcode.decision.helpDescription'),
    report: t('safetyPage.meldcode.decision.legend'),
    'report.on': t('safetyPage.meldcode.decision.reportOn'),
    'report.reference': t('safetyPage.meldcode.decision.reference'),
    'report.toldBeforehand': t('safetyPage.meldcode.decision.toldBeforehand'),
    'report.notToldReason': t('safetyPage.meldcode.decision.notToldReason'),
  }
  const choiceError = [fieldErrors.help, fieldErrors.report].filter(Boolean).join(' ') || undefined

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    if (decide.isPending) return
    onStart()
    setRefused(null)
    const checked = validate(DecisionInput, {
      help: form.help ? { description: form.helpDescription } : null,
      report: form.report
        ? {
            on: form.reportOn,
            reference: form.reference,
            toldBeforehand: form.told === '' ? undefined : form.told === 'yes',
            notToldReason: form.told === 'no' ? form.notToldReason : undefined,
          }
        : null,
    })
    const problems: FieldErrors = checked.ok ? {} : { ...checked.fieldErrors }
    if (!form.help && !form.report) problems.help = sharedText('errors.decisionEmpty')
    else if (reportNeeded && !form.report) problems.report = sharedText('errors.reportNeeded')
    if (form.report && form.told === '') problems['report.toldBeforehand'] = sharedText('errors.chooseOption')
    if (form.report && form.told === 'no' && !form.notToldReason.trim())
      problems['report.notToldReason'] = sharedText('errors.notToldReasonRequired')
    if (!checked.ok || Object.keys(problems).length > 0)
      return errors.showFieldErrors(errorsByField(problems, fieldIds))
    errors.clear()
    decide.mutate(
      { trajectoryId: trajectory.id, input: checked.data },
      {
        onSuccess: onSaved,
        onError: (error) => {
          if (isCheckpointRefusal(error)) {
            errors.clear()
            setRefused((previous) => ({ error, attempt: (previous?.attempt ?? 0) + 1 }))
            return
          }
          errors.showError(error)
        },
      },
    )
  }

  return (
    <form onSubmit={onSubmit} noValidate className="naast-form naast-readable">
      {reportNeeded ? (
        <Alert severity="warning" heading={t('safetyPage.meldcode.decision.reportNeeded')} headingLevel={4}>
          <Paragraph>{t('safetyPage.meldcode.decision.reportNeededText')}</Paragraph>
        </Alert>
      ) : (
        trajectory.weighing === null && (
          <Paragraph>{t('safetyPage.meldcode.decision.weighingFirst')}</Paragraph>
        )
      )}
      {refused && (
        <CheckpointRefusal
          key={refused.attempt}
          error={refused.error}
          title={t('safetyPage.meldcode.checkpoint.title')}
          headingLevel={4}
        />
      )}
      <FormAlert
        {...errors}
        fieldErrors={fieldErrors}
        fieldIds={fieldIds}
        fieldLabels={fieldLabels}
        headingLevel={4}
      />
      <FormFieldSet
        id={fieldIds.help}
        kind="checkbox"
        legend={t('safetyPage.meldcode.decision.legend')}
        description={t('safetyPage.meldcode.decision.legendHint')}
        error={choiceError}
      >
        {(group) => (
          <>
            <Checkbox
              id={`meldcode-${trajectory.id}-help-chosen`}
              invalid={group.invalid}
              checked={form.help}
              onChange={(e) => set('help', e.target.checked)}
            >
              {t('safetyPage.meldcode.decision.help')}
            </Checkbox>
            {form.help && (
              <div className="naast-subform naast-form">
                <TextAreaField
                  id={fieldIds['help.description']}
                  label={fieldLabels['help.description']}
                  error={fieldErrors['help.description']}
                  rows={3}
                  value={form.helpDescription}
                  onChange={(value) => set('helpDescription', value)}
                />
              </div>
            )}
            <Checkbox
              id={`meldcode-${trajectory.id}-report-chosen`}
              invalid={group.invalid}
              checked={form.report}
              onChange={(e) => set('report', e.target.checked)}
            >
              {t('safetyPage.meldcode.decision.report')}
            </Checkbox>
            {form.report && (
              <div className="naast-subform naast-form">
                <Paragraph size="small">{t('safetyPage.meldcode.decision.meldrecht')}</Paragraph>
                <DateField
                  id={fieldIds['report.on']}
                  label={fieldLabels['report.on']}
                  error={fieldErrors['report.on']}
                  max={today()}
                  value={form.reportOn}
                  onChange={(value) => set('reportOn', value)}
                />
                <TextInputField
                  id={fieldIds['report.reference']}
                  label={fieldLabels['report.reference']}
                  description={t('safetyPage.meldcode.decision.referenceHint')}
                  error={fieldErrors['report.reference']}
                  value={form.reference}
                  onChange={(value) => set('reference', value)}
                />
                <FormFieldSet
                  id={fieldIds['report.toldBeforehand']}
                  kind="radio"
                  inFieldSet
                  legend={fieldLabels['report.toldBeforehand']}
                  error={fieldErrors['report.toldBeforehand']}
                >
                  {(radios) => (
                    <YesNoRadios
                      name={fieldIds['report.toldBeforehand']}
                      value={form.told}
                      invalid={radios.invalid}
                      onChange={(value) => set('told', value)}
                    />
                  )}
                </FormFieldSet>
                {form.told === 'no' && (
                  <TextAreaField
                    id={fieldIds['report.notToldReason']}
                    label={fieldLabels['report.notToldReason']}
                    description={t('safetyPage.meldcode.decision.notToldReasonHint')}
                    error={fieldErrors['report.notToldReason']}
                    rows={3}
                    value={form.notToldReason}
                    onChange={(value) => set('notToldReason', value)}
                  />
                )}
              </div>
            )}
          </>
        )}
      </FormFieldSet>
      <SubmitButton
        busy={decide.isPending}
        label={t('safetyPage.meldcode.decision.save')}
        busyLabel={t('safetyPage.saving')}
      />
    </form>
  )
}
