import { useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import {
  Alert,
  Checkbox,
  DateInput,
  Paragraph,
  Radio,
  TextArea,
  TextInput,
} from '@amsterdam/design-system-react'
import { DataCategory } from '#shared/contracts/consents'
import { ErrorCode } from '#shared/contracts/common'
import type { HouseholdDetail, Member } from '#shared/contracts/households'
import { RecordShareInput, ShareHow, type Share, type SharePreview } from '#shared/contracts/sharing'
import { ApiRequestError } from '../../../lib/api.ts'
import { fromDateTimeInput } from '../../../lib/date-time-input.ts'
import { useFormErrors, validate, type FieldErrors } from '../../../lib/form-errors.ts'
import { today } from '../../../lib/today.ts'
import { FormAlert, FormField, FormFieldSet, SubmitButton } from '../../../components/form.tsx'
import { useFocusOnMount } from '../../../components/query-states.tsx'
import type { Suggestions } from '../api/consent-suggestions.ts'
import { usePreviewShare } from '../api/preview-share.ts'
import { useRecordShare } from '../api/record-share.ts'
import { SharePreviewPanel } from './share-preview.tsx'

type Form = {
  personIds: number[]
  recipient: string
  purpose: string
  categories: DataCategory[]
  summary: string
  how: Share['how'] | ''
  /** A datetime-local value in Dutch time; empty is now. */
  sharedAt: string
}

const emptyForm: Form = {
  personIds: [],
  recipient: '',
  purpose: '',
  categories: [],
  summary: '',
  how: '',
  sharedAt: '',
}

const fieldIds = {
  personIds: 'share-persons',
  recipient: 'share-recipient',
  purpose: 'share-purpose',
  categories: 'share-categories',
  summary: 'share-summary',
  how: 'share-how',
  sharedAt: 'share-shared-at',
}

/** A server error on "personIds.0" belongs to the field "personIds". */
function byField(fieldErrors: FieldErrors): FieldErrors {
  const result: FieldErrors = {}
  for (const [key, message] of Object.entries(fieldErrors)) result[key.split('.')[0]!] ??= message
  return result
}

type Previewed = { input: RecordShareInput; preview: SharePreview; attempt: number }
type Refused = { message: string; missing: string[]; attempt: number }

/**
 * "Delen vastleggen": what was shared, with whom, why and how. First the server shows exactly what would be
 * recorded and whether consent covers it for everyone it is about; only then can it be recorded, and only when
 * it does. The server checks again on recording: a consent withdrawn in between is refused, and nothing saved.
 */
export function RecordShareForm({
  household,
  suggestions,
  onRecorded,
  onStart,
}: {
  household: HouseholdDetail
  suggestions: Suggestions | undefined
  onRecorded: (message: string) => void
  /** A new preview: an earlier confirmation no longer applies. */
  onStart: () => void
}) {
  const { t } = useTranslation()
  const errors = useFormErrors()
  const preview = usePreviewShare(household.id)
  const record = useRecordShare(household.id)
  const [form, setForm] = useState<Form>(emptyForm)
  const [previewed, setPreviewed] = useState<Previewed | null>(null)
  const [refused, setRefused] = useState<Refused | null>(null)
  const [attempts, setAttempts] = useState(0)
  const fieldErrors = byField(errors.fieldErrors)

  // What is shown is what gets recorded: a change to the form closes the preview.
  const set = <K extends keyof Form>(key: K, value: Form[K]) => {
    setForm((previous) => ({ ...previous, [key]: value }))
    setPreviewed(null)
    setRefused(null)
  }

  function check(): { ok: true; input: RecordShareInput } | { ok: false; fieldErrors: FieldErrors } {
    const sharedAt = form.sharedAt ? fromDateTimeInput(form.sharedAt) : undefined
    const checked = validate(RecordShareInput, {
      personIds: form.personIds,
      recipient: form.recipient,
      purpose: form.purpose,
      categories: form.categories,
      summary: form.summary,
      how: form.how || undefined,
      sharedAt,
    })
    const problems: FieldErrors = checked.ok ? {} : byField(checked.fieldErrors)
    if (problems.how) problems.how = t('errors.chooseOption')
    if (form.sharedAt && !sharedAt) problems.sharedAt = t('errors.invalidDate')
    else if (form.sharedAt && form.sharedAt.slice(0, 10) > today())
      problems.sharedAt = t('errors.dateInFuture')
    if (!checked.ok || Object.keys(problems).length > 0) {
      // The summary follows the order of the form.
      const ordered: FieldErrors = {}
      for (const field of Object.keys(fieldIds)) if (problems[field]) ordered[field] = problems[field]
      return { ok: false, fieldErrors: ordered }
    }
    return { ok: true, input: checked.data }
  }

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    if (preview.isPending || record.isPending) return
    onStart()
    setPreviewed(null)
    setRefused(null)
    const checked = check()
    if (!checked.ok) return errors.showFieldErrors(checked.fieldErrors)
    errors.clear()
    preview.mutate(checked.input, {
      onSuccess: (result) => {
        const attempt = attempts + 1
        setAttempts(attempt)
        setPreviewed({ input: checked.input, preview: result, attempt })
      },
      onError: errors.showError,
    })
  }

  function onRecord() {
    if (!previewed || record.isPending) return
    // Exactly what was shown, including the moment ("now" was the moment of the preview).
    record.mutate(
      { ...previewed.input, sharedAt: previewed.preview.share.sharedAt },
      {
        onSuccess: (share) => {
          setForm(emptyForm)
          setPreviewed(null)
          errors.clear()
          onRecorded(t('sharing.recorded', { recipient: share.recipient }))
        },
        onError: (error) => {
          if (error instanceof ApiRequestError && error.code === ErrorCode.checkpointMissing) {
            const attempt = attempts + 1
            setAttempts(attempt)
            setPreviewed(null)
            setRefused({ message: error.message, missing: error.missing, attempt })
            return
          }
          // Wrong input goes back to the form; a network failure keeps the preview, to try again.
          if (error instanceof ApiRequestError && Object.keys(error.fieldErrors).length > 0)
            setPreviewed(null)
          errors.showError(error)
        },
      },
    )
  }

  return (
    <div className="naast-stack">
      <form onSubmit={onSubmit} noValidate className="naast-form naast-card naast-readable">
        <Paragraph>{t('sharing.formIntro')}</Paragraph>
        <FormAlert
          {...errors}
          fieldErrors={fieldErrors}
          fieldIds={fieldIds}
          fieldLabels={{
            personIds: t('sharing.personsLabel'),
            recipient: t('sharing.recipientLabel'),
            purpose: t('sharing.purposeLabel'),
            categories: t('sharing.categoriesLabel'),
            summary: t('sharing.summaryLabel'),
            how: t('sharing.howLabel'),
            sharedAt: t('sharing.sharedAtLabel'),
          }}
          headingLevel={3}
        />
        <PersonFields
          members={household.members}
          value={form.personIds}
          onChange={(personIds) => set('personIds', personIds)}
          error={fieldErrors.personIds}
        />
        <FormField
          id={fieldIds.recipient}
          label={t('sharing.recipientLabel')}
          description={t('sharing.recipientHint')}
          error={fieldErrors.recipient}
        >
          {(control) => (
            <TextInput
              {...control}
              list="share-recipients"
              autoComplete="off"
              value={form.recipient}
              onChange={(e) => set('recipient', e.target.value)}
            />
          )}
        </FormField>
        <Datalist id="share-recipients" values={suggestions?.recipients ?? []} />
        <FormField
          id={fieldIds.purpose}
          label={t('sharing.purposeLabel')}
          description={t('sharing.purposeHint')}
          error={fieldErrors.purpose}
        >
          {(control) => (
            <TextInput
              {...control}
              list="share-purposes"
              autoComplete="off"
              value={form.purpose}
              onChange={(e) => set('purpose', e.target.value)}
            />
          )}
        </FormField>
        <Datalist id="share-purposes" values={suggestions?.purposes ?? []} />
        <FormFieldSet
          id={fieldIds.categories}
          kind="checkbox"
          legend={t('sharing.categoriesLabel')}
          description={t('sharing.categoriesHint')}
          error={fieldErrors.categories}
        >
          {(group) =>
            DataCategory.options.map((category) => (
              <Checkbox
                key={category}
                id={`${fieldIds.categories}-${category}`}
                invalid={group.invalid}
                checked={form.categories.includes(category)}
                onChange={(event) =>
                  set(
                    'categories',
                    event.target.checked
                      ? DataCategory.options.filter((c) => c === category || form.categories.includes(c))
                      : form.categories.filter((c) => c !== category),
                  )
                }
              >
                {t(`sharing.categoryNames.${category}`)}
              </Checkbox>
            ))
          }
        </FormFieldSet>
        <FormField
          id={fieldIds.summary}
          label={t('sharing.summaryLabel')}
          description={t('sharing.summaryHint')}
          error={fieldErrors.summary}
        >
          {(control) => (
            <TextArea
              {...control}
              rows={4}
              value={form.summary}
              onChange={(e) => set('summary', e.target.value)}
            />
          )}
        </FormField>
        <FormFieldSet
          id={fieldIds.how}
          kind="radio"
          legend={t('sharing.howLabel')}
          error={fieldErrors.how}
          className="naast-share-how"
        >
          {(group) =>
            ShareHow.options.map((how) => (
              <Radio
                key={how}
                name="share-how"
                value={how}
                invalid={group.invalid}
                checked={form.how === how}
                onChange={() => set('how', how)}
              >
                {t(`sharing.hows.${how}`)}
              </Radio>
            ))
          }
        </FormFieldSet>
        <FormField
          id={fieldIds.sharedAt}
          label={t('sharing.sharedAtLabel')}
          description={t('sharing.sharedAtHint')}
          error={fieldErrors.sharedAt}
          requirement="optional"
        >
          {(control) => (
            <DateInput
              {...control}
              type="datetime-local"
              max={`${today()}T23:59`}
              value={form.sharedAt}
              onChange={(e) => set('sharedAt', e.target.value)}
            />
          )}
        </FormField>
        <SubmitButton
          busy={preview.isPending}
          label={t('sharing.preview')}
          busyLabel={t('sharing.previewing')}
          variant="secondary"
        />
      </form>
      {previewed && (
        <SharePreviewPanel
          key={previewed.attempt}
          preview={previewed.preview}
          members={household.members}
          recording={record.isPending}
          onRecord={onRecord}
        />
      )}
      {refused && <RefusedAlert key={refused.attempt} message={refused.message} missing={refused.missing} />}
    </div>
  )
}

/** "Over wie": the current members as checkboxes, with their age (it decides whose consent is needed). */
function PersonFields({
  members,
  value,
  onChange,
  error,
}: {
  members: Member[]
  value: number[]
  onChange: (value: number[]) => void
  error?: string
}) {
  const { t } = useTranslation()
  return (
    <FormFieldSet
      id={fieldIds.personIds}
      kind="checkbox"
      legend={t('sharing.personsLabel')}
      description={t('sharing.personsHint')}
      error={error}
    >
      {(group) =>
        members.map((member) => {
          const name = `${member.givenName} ${member.familyName}`
          return (
            <Checkbox
              key={member.id}
              id={`${fieldIds.personIds}-${member.id}`}
              invalid={group.invalid}
              checked={value.includes(member.id)}
              onChange={(event) =>
                onChange(
                  event.target.checked
                    ? members.filter((m) => m.id === member.id || value.includes(m.id)).map((m) => m.id)
                    : value.filter((id) => id !== member.id),
                )
              }
            >
              {member.age === null
                ? t('sharing.memberNoAge', { name })
                : t('sharing.memberOption', { name, age: t('household.ageYears', { count: member.age }) })}
            </Checkbox>
          )
        })
      }
    </FormFieldSet>
  )
}

function Datalist({ id, values }: { id: string; values: string[] }) {
  return (
    <datalist id={id}>
      {values.map((value) => (
        <option key={value} value={value} />
      ))}
    </datalist>
  )
}

/** The server refused on recording (a consent was withdrawn meanwhile): its reason, and each missing consent. */
function RefusedAlert({ message, missing }: { message: string; missing: string[] }) {
  const { t } = useTranslation()
  const ref = useFocusOnMount<HTMLDivElement>()
  return (
    <Alert
      ref={ref}
      tabIndex={-1}
      heading={t('sharing.refusedTitle')}
      headingLevel={3}
      severity="error"
      className="naast-form-alert naast-readable"
    >
      <Paragraph>{message}</Paragraph>
      {missing.length > 0 && (
        <ul className="naast-plain-list">
          {missing.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      )}
      <Paragraph>{t('sharing.refusedNothingSaved')}</Paragraph>
    </Alert>
  )
}
