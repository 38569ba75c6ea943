import { useState, type FormEvent, type ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { Radio, TextArea } from '@amsterdam/design-system-react'
import type { z } from 'zod'
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

type SaveMutation<Input> = {
  isPending: boolean
  mutate: (input: Input, options: { onSuccess: () => void; onError: (error: unknown) => void }) => void
}

type SubmitRequest = {
  /** Choices not made yet. The words are checked after them, so the error summary keeps the page's order. */
  missing?: FieldErrors
  /** The message for empty words where they are required; without it they may stay empty. */
  wordsRequired?: string
  /** What the form sends besides the words. */
  values: Record<string, unknown>
  onSaved?: () => void
}

/**
 * The three portal forms end the same way: the member's own words, then save. This holds the words, the errors
 * and the "saved" state, and runs the submit: the checks the member can fix at once, the shared schema, then
 * the save.
 */
function useOwnWordsForm<S extends z.ZodType>(
  schema: S,
  mutation: SaveMutation<z.output<S>>,
  initialWords: string | undefined,
) {
  const { t } = useTranslation()
  const errors = useFormErrors()
  const [words, setWords] = useState(initialWords ?? '')
  const [saved, setSaved] = useState(false)

  function submit(
    event: FormEvent<HTMLFormElement>,
    { missing, wordsRequired, values, onSaved }: SubmitRequest,
  ) {
    event.preventDefault()
    // The button stays focusable while saving (aria-disabled), so a second press lands here and is ignored.
    if (mutation.isPending) return
    // A new attempt hides the old confirmation, so "saved" never speaks of an earlier save.
    setSaved(false)
    const fieldErrors: FieldErrors = { ...missing }
    if (wordsRequired && !words.trim()) fieldErrors.words = wordsRequired
    else if (words.trim().length > maxWords) fieldErrors.words = t('errors.tooLong')
    if (Object.keys(fieldErrors).length > 0) return errors.showFieldErrors(fieldErrors)
    const checked = validate(schema, { ...values, words })
    if (!checked.ok) return errors.showFieldErrors(checked.fieldErrors)
    errors.clear()
    mutation.mutate(checked.data, {
      onSuccess: () => {
        onSaved?.()
        setSaved(true)
      },
      // A goal or action that is gone answers 404: the plan changed meanwhile. The mutation fetches it again;
      // the member is told so in plain words rather than "this page does not exist".
      onError: (error) =>
        isNotFound(error) ? errors.showMessage(t('portalPlan.changedMeanwhile')) : errors.showError(error),
    })
  }

  return {
    errors,
    words,
    setWords,
    saved,
    closeSaved: () => setSaved(false),
    busy: mutation.isPending,
    submit,
  }
}

type OwnWordsForm = ReturnType<typeof useOwnWordsForm>

type PortalFormProps = {
  form: OwnWordsForm
  onSubmit: (event: FormEvent<HTMLFormElement>) => void
  labelledBy: string
  fieldIds: Record<string, string>
  /** The error summary and the "saved" message share it, so both sit at the same place in the page's outline. */
  headingLevel: 3 | 4
  /** Only the agreement form is drawn as a card of its own. */
  card?: boolean
  saveLabel: string
  savedHeading: string
  children: ReactNode
}

/**
 * The frame of a portal form: the error summary on top, then the fields, the save button and, once saved, a
 * confirmation that can be closed.
 */
function PortalForm({
  form,
  onSubmit,
  labelledBy,
  fieldIds,
  headingLevel,
  card,
  saveLabel,
  savedHeading,
  children,
}: PortalFormProps) {
  const { t } = useTranslation()
  return (
    <form
      onSubmit={onSubmit}
      noValidate
      className={card ? 'naast-form naast-card naast-portal-form' : 'naast-form naast-portal-form'}
      aria-labelledby={labelledBy}
    >
      <FormAlert
        {...form.errors}
        fieldIds={fieldIds}
        headingLevel={headingLevel}
        formErrorTitle={t('portalPlan.saveFailed')}
      />
      {children}
      <SubmitButton busy={form.busy} label={saveLabel} busyLabel={t('portalPlan.saving')} />
      {form.saved && (
        <StatusMessage heading={savedHeading} headingLevel={headingLevel} onClose={form.closeSaved} />
      )}
    </form>
  )
}

type OwnWordsFieldProps = {
  form: OwnWordsForm
  id: string
  label: string
  description: string
  requirement?: 'required' | 'optional'
}

/** "In uw eigen woorden": a few lines of free text, the last field of each portal form. */
function OwnWordsField({ form, id, label, description, requirement }: OwnWordsFieldProps) {
  return (
    <FormField
      id={id}
      label={label}
      description={description}
      error={form.errors.fieldErrors.words}
      requirement={requirement}
    >
      {(control) => (
        <TextArea {...control} rows={3} value={form.words} onChange={(e) => form.setWords(e.target.value)} />
      )}
    </FormField>
  )
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
  const form = useOwnWordsForm(GoalViewInput, useWriteGoalView(householdId, goalKey), ownView?.words)
  const [position, setPosition] = useState<Position | null>(ownView?.position ?? null)
  const prefix = `portal-view-${goalKey}`
  const fieldIds = { position: `${prefix}-position`, words: `${prefix}-words` }

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    form.submit(event, { wordsRequired: t('portalPlan.viewWordsRequired'), values: { position } })
  }

  return (
    <PortalForm
      form={form}
      onSubmit={onSubmit}
      labelledBy={labelledBy}
      fieldIds={fieldIds}
      headingLevel={4}
      saveLabel={t('portalPlan.viewSave')}
      savedHeading={t('portalPlan.viewSaved')}
    >
      <PositionRadios
        id={fieldIds.position}
        name={`${prefix}-position`}
        legend={t('portalPlan.viewPosition')}
        value={position}
        onChange={setPosition}
        error={form.errors.fieldErrors.position}
        requirement="optional"
      />
      <OwnWordsField
        form={form}
        id={fieldIds.words}
        label={t('portalPlan.viewWords')}
        description={t('portalPlan.viewWordsHint')}
      />
    </PortalForm>
  )
}

type ProgressFormProps = { householdId: number; goalKey: string; labelledBy: string }

/** How it goes with a goal: a mark from 1 to 10 and, if they like, what goes well and what is still hard. */
export function ProgressForm({ householdId, goalKey, labelledBy }: ProgressFormProps) {
  const { t } = useTranslation()
  const form = useOwnWordsForm(ProgressInput, useRecordPortalProgress(householdId, goalKey), '')
  const [mark, setMark] = useState<number | null>(null)
  const prefix = `portal-progress-${goalKey}`
  const fieldIds = { scale: `${prefix}-scale`, words: `${prefix}-words` }

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    form.submit(event, {
      missing: mark === null ? { scale: t('errors.progressRange') } : {},
      values: { scale: mark },
      // Each save is a new entry, not an edit: the form empties for the next one.
      onSaved: () => {
        setMark(null)
        form.setWords('')
      },
    })
  }

  return (
    <PortalForm
      form={form}
      onSubmit={onSubmit}
      labelledBy={labelledBy}
      fieldIds={fieldIds}
      headingLevel={4}
      saveLabel={t('portalPlan.progressSave')}
      savedHeading={t('portalPlan.progressSaved')}
    >
      <FormFieldSet
        id={fieldIds.scale}
        kind="radio"
        legend={t('portalPlan.progressScale')}
        description={t('portalPlan.progressScaleHint')}
        error={form.errors.fieldErrors.scale}
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
      <OwnWordsField
        form={form}
        id={fieldIds.words}
        label={t('portalPlan.progressWords')}
        description={t('portalPlan.progressWordsHint')}
        requirement="optional"
      />
    </PortalForm>
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
  const form = useOwnWordsForm(AgreementInput, useRecordAgreement(householdId), ownPosition?.words)
  const [position, setPosition] = useState<Position | null>(ownPosition?.position ?? null)
  const fieldIds = { position: 'portal-agreement-position', words: 'portal-agreement-words' }

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    form.submit(event, {
      missing: position === null ? { position: t('portalPlan.agreementChoose') } : {},
      values: { position },
    })
  }

  return (
    <PortalForm
      form={form}
      onSubmit={onSubmit}
      labelledBy={labelledBy}
      fieldIds={fieldIds}
      headingLevel={3}
      card
      saveLabel={t('portalPlan.agreementSave')}
      savedHeading={t('portalPlan.agreementSaved')}
    >
      <PositionRadios
        id={fieldIds.position}
        name="portal-agreement-position"
        legend={t('portalPlan.agreementPosition')}
        value={position}
        onChange={setPosition}
        error={form.errors.fieldErrors.position}
        requirement="required"
      />
      <OwnWordsField
        form={form}
        id={fieldIds.words}
        label={t('portalPlan.agreementWords')}
        description={t('portalPlan.agreementWordsHint')}
        requirement="optional"
      />
    </PortalForm>
  )
}
