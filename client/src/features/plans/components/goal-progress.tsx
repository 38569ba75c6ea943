import { useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { DescriptionList, Paragraph, Select, TextArea } from '@amsterdam/design-system-react'
import { ProgressInput, type GoalProgress } from '#shared/contracts/plans'
import { formatDate } from '#shared/domain/dates'
import { useFormErrors, validate } from '../../../lib/form-errors.ts'
import { currentLanguage } from '../../../lib/i18n.ts'
import { FormAlert, FormField, StatusMessage, SubmitButton } from '../../../components/form.tsx'
import { useRecordProgress } from '../api/record-progress.ts'

const scaleValues = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10] as const

/** The newest mark from the household and the newest from the worker: two views side by side, not an average. */
export function ProgressSummary({ progress }: { progress: GoalProgress[] }) {
  const { t } = useTranslation()
  const language = currentLanguage()
  const latest = (by: GoalProgress['by']) =>
    progress.filter((p) => p.by === by).sort((a, b) => b.recordedAt.localeCompare(a.recordedAt))[0]
  const entries = (['household', 'worker'] as const)
    .map((by) => [by, latest(by)] as const)
    .filter((entry): entry is readonly [GoalProgress['by'], GoalProgress] => entry[1] !== undefined)
  if (entries.length === 0) return <Paragraph>{t('plan.progressEmpty')}</Paragraph>
  return (
    <DescriptionList termsWidth="medium" className="naast-plan-progress">
      {entries.map(([by, entry]) => (
        <DescriptionList.Section key={by}>
          <DescriptionList.Term>{t(`plan.progressBy.${by}`)}</DescriptionList.Term>
          <DescriptionList.Description>
            <strong className="naast-plan-scale">{t('plan.progressScale', { scale: entry.scale })}</strong>
            {entry.words && <span className="naast-plan-words"> – {entry.words}</span>}
            <span className="naast-line naast-secondary">
              {t('plan.progressMeta', {
                name: entry.authorName,
                date: formatDate(entry.recordedAt, language),
              })}
            </span>
          </DescriptionList.Description>
        </DescriptionList.Section>
      ))}
    </DescriptionList>
  )
}

/** The worker records how a goal is going: a mark from 1 to 10 and a few words. */
export function ProgressForm({
  householdId,
  goalKey,
  goalNumber,
}: {
  householdId: number
  goalKey: string
  goalNumber: number
}) {
  const { t } = useTranslation()
  const record = useRecordProgress(householdId, goalKey)
  const errors = useFormErrors()
  const [scale, setScale] = useState('')
  const [words, setWords] = useState('')
  const [saved, setSaved] = useState(false)
  const prefix = `plan-progress-${goalKey}`
  const titleId = `${prefix}-title`

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    if (record.isPending) return
    setSaved(false)
    const checked = validate(ProgressInput, {
      scale: scale === '' ? undefined : Number(scale),
      words: words.trim(),
    })
    if (!checked.ok) return errors.showFieldErrors(checked.fieldErrors)
    errors.clear()
    record.mutate(checked.data, {
      onSuccess: () => {
        setScale('')
        setWords('')
        setSaved(true)
      },
      onError: errors.showError,
    })
  }

  return (
    // Folded away, so the plan reads calmly; the native disclosure works by keyboard and screen reader.
    <details className="naast-details naast-plan-progress-form naast-no-print">
      <summary id={titleId}>{t('plan.progressRecordFor', { number: goalNumber })}</summary>
      <div className="naast-details__body naast-stack">
        <FormAlert
          {...errors}
          fieldIds={{ scale: `${prefix}-scale`, words: `${prefix}-words` }}
          headingLevel={4}
          formErrorTitle={t('plan.progressFailed')}
        />
        {saved && <StatusMessage heading={t('plan.progressSaved')} headingLevel={4} />}
        <form onSubmit={onSubmit} noValidate className="naast-form" aria-labelledby={titleId}>
          <div className="naast-field-row">
            <FormField
              id={`${prefix}-scale`}
              label={t('plan.scale')}
              description={t('plan.scaleHint')}
              error={errors.fieldErrors.scale}
            >
              {(control) => (
                <Select {...control} value={scale} onChange={(event) => setScale(event.target.value)}>
                  <Select.Option value="">{t('plan.chooseScale')}</Select.Option>
                  {scaleValues.map((value) => (
                    <Select.Option key={value} value={String(value)}>
                      {value}
                    </Select.Option>
                  ))}
                </Select>
              )}
            </FormField>
            <FormField
              id={`${prefix}-words`}
              label={t('plan.progressWords')}
              error={errors.fieldErrors.words}
              requirement="optional"
            >
              {(control) => (
                <TextArea
                  {...control}
                  rows={2}
                  value={words}
                  onChange={(event) => setWords(event.target.value)}
                  className="naast-plan-progress-words"
                />
              )}
            </FormField>
          </div>
          <SubmitButton
            busy={record.isPending}
            label={t('plan.progressSave')}
            busyLabel={t('plan.progressSaving')}
            variant="secondary"
          />
        </form>
      </div>
    </details>
  )
}
