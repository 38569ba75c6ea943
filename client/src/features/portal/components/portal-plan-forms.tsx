import { useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { Radio, TextArea } from '@amsterdam/design-system-react'
import {
  AgreementInput,
  GoalViewInput,
  Position,
  ProgressInput,
  type GoalView,
  type PlanPosition,
} from '#shared/contracts/plans'
import { isNotFound } from '../../../lib/api.ts'
import { useFormErrors, validate, type FieldErrors } from '../../../lib/form-errors.ts'
import { FormAlert, FormField, FormFieldSet, StatusMessage, SubmitButton } from '../../../components/form.tsx'
import { useWriteGoalView } from '../api/write-goal-view.ts'
import { useRecordAgreement } from '../api/record-agreement.ts'
import { useRecordPortalProgress } from '../api/record-portal-progress.ts'

/** The contract allows 2,000 characters of own words; past that the member hears "make it shorter", not "wrong". */
const maxWords = 2000
const scale = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10] as const

type FormErrors = ReturnType<typeof useFormErrors>

/**
 * A goal or action that is gone answers 404: the plan changed meanwhile. The mutation fetches it again; the member
 * is told so in plain words rather than "this page does not exist".
 */
function useSaveErrorHandler(errors: FormErrors) {
  const { t } = useTranslation()
  return (error: unknown) =>
    isNotFound(error) ? errors.showMessage(t('portalPlan.changedMeanwhile')) : errors.showError(error)
}

function wordsError(words: string, t: (key: 'errors.tooLong') => string): string | undefined {
  return words.trim().length > maxWords ? t('errors.tooLong') : undefined
}

type PositionRadiosProps = {
  id: string
  name: string
  legend: string
  value: Position | null
  onChange: (value: Position) => void
  error: string | undefined
  requirement: 'required' | 'optional'
}

/** Eens / Een beetje eens / Niet eens: the same three answers for a goal and for the whole plan. */
function PositionRadios({ id, name, legend, value, onChange, error, requirement }: PositionRadiosProps) {
  const { t } = useTranslation()
  return (
    <FormFieldSet id={id} kind="radio" legend={legend} error={error} requirement={requirement}>
      {(group) =>
        Position.options.map((option) => (
          <Radio
            key={option}
            name={name}
            value={option}
            invalid={group.invalid}
            checked={value === option}
            onChange={() => onChange(option)}
          >
            {t(`portalPlan.positions.${option}`)}
          </Radio>
        ))
      }
    </FormFieldSet>
  )
}

type GoalViewFormProps = {
  householdId: number
  goalKey: string
  /** What the member wrote before: the form starts from it, so changing a word is all it takes. */
  ownView: GoalView | undefined
  labelledBy: string
}

/** "Wat vindt u van dit doel?": optionally where they stand, and always a few words of their own. */
export function GoalViewForm({ householdId, goalKey, ownView, labelledBy }: GoalViewFormProps) {
  const { t } = useTranslation()
  const save = useWriteGoalView(householdId, goalKey)
  const errors = useFormErrors()
  const onError = useSaveErrorHandler(errors)
  const [position, setPosition] = useState<Position | null>(ownView?.position ?? null)
  const [words, setWords] = useState(ownView?.words ?? '')
  const [saved, setSaved] = useState(false)
  const prefix = `portal-view-${goalKey}`
  const fieldIds = { position: `${prefix}-position`, words: `${prefix}-words` }

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    if (save.isPending) return
    setSaved(false)
    const missing: FieldErrors = {}
    const tooLong = wordsError(words, t)
    if (!words.trim()) missing.words = t('portalPlan.viewWordsRequired')
    else if (tooLong) missing.words = tooLong
    if (Object.keys(missing).length > 0) return errors.showFieldErrors(missing)
    const checked = validate(GoalViewInput, { position, words })
    if (!checked.ok) return errors.showFieldErrors(checked.fieldErrors)
    errors.clear()
    save.mutate(checked.data, { onSuccess: () => setSaved(true), onError })
  }

  return (
    <form
      onSubmit={onSubmit}
      noValidate
      className="naast-form naast-portal-form"
      aria-labelledby={labelledBy}
    >
      <FormAlert
        {...errors}
        fieldIds={fieldIds}
        headingLevel={4}
        formErrorTitle={t('portalPlan.saveFailed')}
      />
      <PositionRadios
        id={fieldIds.position}
        name={`${prefix}-position`}
        legend={t('portalPlan.viewPosition')}
        value={position}
        onChange={setPosition}
        error={errors.fieldErrors.position}
        requirement="optional"
      />
      <FormField
        id={fieldIds.words}
        label={t('portalPlan.viewWords')}
        description={t('portalPlan.viewWordsHint')}
        error={errors.fieldErrors.words}
      >
        {(control) => (
          <TextArea {...control} rows={3} value={words} onChange={(e) => setWords(e.target.value)} />
        )}
      </FormField>
      <SubmitButton
        busy={save.isPending}
        label={t('portalPlan.viewSave')}
        busyLabel={t('portalPlan.saving')}
      />
      {saved && (
        <StatusMessage heading={t('portalPlan.viewSaved')} headingLevel={4} onClose={() => setSaved(false)} />
      )}
    </form>
  )
}

type ProgressFormProps = { householdId: number; goalKey: string; labelledBy: string }

/** How it goes with a goal: a mark from 1 to 10 and, if they like, what goes well and what is still hard. */
export function ProgressForm({ householdId, goalKey, labelledBy }: ProgressFormProps) {
  const { t } = useTranslation()
  const record = useRecordPortalProgress(householdId, goalKey)
  const errors = useFormErrors()
  const onError = useSaveErrorHandler(errors)
  const [mark, setMark] = useState<number | null>(null)
  const [words, setWords] = useState('')
  const [saved, setSaved] = useState(false)
  const prefix = `portal-progress-${goalKey}`
  const fieldIds = { scale: `${prefix}-scale`, words: `${prefix}-words` }

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    if (record.isPending) return
    setSaved(false)
    const missing: FieldErrors = {}
    if (mark === null) missing.scale = t('errors.progressRange')
    const tooLong = wordsError(words, t)
    if (tooLong) missing.words = tooLong
    if (Object.keys(missing).length > 0) return errors.showFieldErrors(missing)
    const checked = validate(ProgressInput, { scale: mark, words })
    if (!checked.ok) return errors.showFieldErrors(checked.fieldErrors)
    errors.clear()
    record.mutate(checked.data, {
      onSuccess: () => {
        setMark(null)
        setWords('')
        setSaved(true)
      },
      onError,
    })
  }

  return (
    <form
      onSubmit={onSubmit}
      noValidate
      className="naast-form naast-portal-form"
      aria-labelledby={labelledBy}
    >
      <FormAlert
        {...errors}
        fieldIds={fieldIds}
        headingLevel={4}
        formErrorTitle={t('portalPlan.saveFailed')}
      />
      <FormFieldSet
        id={fieldIds.scale}
        kind="radio"
        legend={t('portalPlan.progressScale')}
        description={t('portalPlan.progressScaleHint')}
        error={errors.fieldErrors.scale}
        className="naast-portal-scale"
      >
        {(group) =>
          scale.map((value) => (
            <Radio
              key={value}
              name={`${prefix}-scale`}
              value={String(value)}
              invalid={group.invalid}
              checked={mark === value}
              onChange={() => setMark(value)}
            >
              {value}
            </Radio>
          ))
        }
      </FormFieldSet>
      <FormField
        id={fieldIds.words}
        label={t('portalPlan.progressWords')}
        description={t('portalPlan.progressWordsHint')}
        error={errors.fieldErrors.words}
        requirement="optional"
      >
        {(control) => (
          <TextArea {...control} rows={3} value={words} onChange={(e) => setWords(e.target.value)} />
        )}
      </FormField>
      <SubmitButton
        busy={record.isPending}
        label={t('portalPlan.progressSave')}
        busyLabel={t('portalPlan.saving')}
      />
      {saved && (
        <StatusMessage
          heading={t('portalPlan.progressSaved')}
          headingLevel={4}
          onClose={() => setSaved(false)}
        />
      )}
    </form>
  )
}

type AgreementFormProps = {
  householdId: number
  ownPosition: PlanPosition | undefined
  labelledBy: string
}

/** "Bent u het eens met het plan?": where they stand on the whole plan, and why in their own words if they like. */
export function AgreementForm({ householdId, ownPosition, labelledBy }: AgreementFormProps) {
  const { t } = useTranslation()
  const record = useRecordAgreement(householdId)
  const errors = useFormErrors()
  const onError = useSaveErrorHandler(errors)
  const [position, setPosition] = useState<Position | null>(ownPosition?.position ?? null)
  const [words, setWords] = useState(ownPosition?.words ?? '')
  const [saved, setSaved] = useState(false)
  const fieldIds = { position: 'portal-agreement-position', words: 'portal-agreement-words' }

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    if (record.isPending) return
    setSaved(false)
    const missing: FieldErrors = {}
    if (position === null) missing.position = t('portalPlan.agreementChoose')
    const tooLong = wordsError(words, t)
    if (tooLong) missing.words = tooLong
    if (Object.keys(missing).length > 0) return errors.showFieldErrors(missing)
    const checked = validate(AgreementInput, { position, words })
    if (!checked.ok) return errors.showFieldErrors(checked.fieldErrors)
    errors.clear()
    record.mutate(checked.data, { onSuccess: () => setSaved(true), onError })
  }

  return (
    <form
      onSubmit={onSubmit}
      noValidate
      className="naast-form naast-card naast-portal-form"
      aria-labelledby={labelledBy}
    >
      <FormAlert
        {...errors}
        fieldIds={fieldIds}
        headingLevel={3}
        formErrorTitle={t('portalPlan.saveFailed')}
      />
      <PositionRadios
        id={fieldIds.position}
        name="portal-agreement-position"
        legend={t('portalPlan.agreementPosition')}
        value={position}
        onChange={setPosition}
        error={errors.fieldErrors.position}
        requirement="required"
      />
      <FormField
        id={fieldIds.words}
        label={t('portalPlan.agreementWords')}
        description={t('portalPlan.agreementWordsHint')}
        error={errors.fieldErrors.words}
        requirement="optional"
      >
        {(control) => (
          <TextArea {...control} rows={3} value={words} onChange={(e) => setWords(e.target.value)} />
        )}
      </FormField>
      <SubmitButton
        busy={record.isPending}
        label={t('portalPlan.agreementSave')}
        busyLabel={t('portalPlan.saving')}
      />
      {saved && (
        <StatusMessage
          heading={t('portalPlan.agreementSaved')}
          headingLevel={3}
          onClose={() => setSaved(false)}
        />
      )}
    </form>
  )
}
