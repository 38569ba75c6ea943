import { useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { Checkbox, DateInput, Paragraph } from '@amsterdam/design-system-react'
import { DataCategory } from '#shared/contracts/consents'
import { isVeiligThuis } from '#shared/domain/afwegingskader'
import type { HouseholdDetail, Member } from '#shared/contracts/households'
import { RecordShareInput, ShareHow, type Share, type SharePreview } from '#shared/contracts/sharing'
import { ApiRequestError, isCheckpointRefusal } from '../../../lib/api.ts'
import { fromDateTimeInput } from '../../../lib/date-time-input.ts'
import { useFormErrors, validate, type FieldErrors } from '../../../lib/form-errors.ts'
import { today } from '../../../lib/today.ts'
import { useOrganisations } from '../../../lib/organisations.ts'
import {
  FormAlert,
  FormField,
  FormFieldSet,
  RadioFieldSet,
  SubmitButton,
  TextAreaField,
  TextInputField,
} from '../../../components/form.tsx'
import { CheckpointRefusal } from '../../../components/checkpoint-refusal.tsx'
import type { Suggestions } from '../api/consent-suggestions.ts'
import { useMeldcodeReports } from '../api/list-reports.ts'
import { usePreviewShare } from '../api/preview-share.ts'
import { useRecordShare } from '../api/record-share.ts'
import { SharePreviewPanel } from './share-preview.tsx'
import { BasisFields, basisFieldIds, type Basis } from './share-basis.tsx'

type Form = {
  basis: Basis
  /** With meldrecht and several reports: the chosen one's trajectory; empty is the newest. */
  reportId: string
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
  basis: 'consent',
  reportId: '',
  personIds: [],
  recipient: '',
  purpose: '',
  categories: [],
  summary: '',
  how: '',
  sharedAt: '',
}

const fieldIds = {
  basis: basisFieldIds.basis,
  meldcodeTrajectoryId: basisFieldIds.meldcodeTrajectoryId,
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
type Refused = { basis: Basis; error: ApiRequestError; attempt: number }

/**
 * "Delen vastleggen": what was shared, with whom, why and how, and on what legal basis. First the server shows
 * exactly what would be recorded and whether consent covers it for everyone it is about (or, on meldrecht, which
 * report to Veilig Thuis it rests on); only then can it be recorded, and only when it does. The server checks again
 * on recording: a consent withdrawn in between is refused, and nothing saved.
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
  const organisations = useOrganisations()
  const [form, setForm] = useState<Form>(emptyForm)
  const reports = useMeldcodeReports(household.id, form.basis === 'meldcode')
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

  /** Meldrecht covers sharing with Veilig Thuis only: choosing it fills in Veilig Thuis (from the list, if there). */
  function onBasis(basis: Basis) {
    const veiligThuis = organisations.data?.find((o) => isVeiligThuis(o.name))?.name ?? 'Veilig Thuis'
    setForm((previous) => ({
      ...previous,
      basis,
      recipient:
        basis === 'meldcode' && !isVeiligThuis(previous.recipient) ? veiligThuis : previous.recipient,
    }))
    setPreviewed(null)
    setRefused(null)
  }

  function check(): { ok: true; input: RecordShareInput } | { ok: false; fieldErrors: FieldErrors } {
    const sharedAt = form.sharedAt ? fromDateTimeInput(form.sharedAt) : undefined
    const meldcode = form.basis === 'meldcode'
    const report = meldcode ? form.reportId || String(reports.data?.[0]?.trajectoryId ?? '') : ''
    const organisation = meldcode
      ? organisations.data?.find((o) => o.name === form.recipient.trim())
      : undefined
    const checked = validate(RecordShareInput, {
      basis: form.basis,
      meldcodeTrajectoryId: report ? Number(report) : undefined,
      organisationId: organisation?.id ?? null,
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
    if (meldcode && !problems.recipient && !isVeiligThuis(form.recipient))
      problems.recipient = t('errors.meldrechtOnlyVeiligThuis')
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
          if (isCheckpointRefusal(error)) {
            const attempt = attempts + 1
            setAttempts(attempt)
            setPreviewed(null)
            setRefused({ basis: previewed.input.basis ?? 'consent', error, attempt })
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
            meldcodeTrajectoryId: t('sharingBasis.reportLabel'),
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
        <BasisFields
          householdId={household.id}
          basis={form.basis}
          onBasis={onBasis}
          reports={reports.data}
          reportId={form.reportId || String(reports.data?.[0]?.trajectoryId ?? '')}
          onReport={(reportId) => set('reportId', reportId)}
          reportError={fieldErrors.meldcodeTrajectoryId}
        />
        <PersonFields
          members={household.members}
          value={form.personIds}
          onChange={(personIds) => set('personIds', personIds)}
          error={fieldErrors.personIds}
        />
        <TextInputField
          id={fieldIds.recipient}
          label={t('sharing.recipientLabel')}
          description={t('sharing.recipientHint')}
          error={fieldErrors.recipient}
          suggestions={suggestions?.recipients ?? []}
          value={form.recipient}
          onChange={(value) => set('recipient', value)}
        />
        <TextInputField
          id={fieldIds.purpose}
          label={t('sharing.purposeLabel')}
          description={t('sharing.purposeHint')}
          error={fieldErrors.purpose}
          suggestions={suggestions?.purposes ?? []}
          value={form.purpose}
          onChange={(value) => set('purpose', value)}
        />
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
        <TextAreaField
          id={fieldIds.summary}
          label={t('sharing.summaryLabel')}
          description={t('sharing.summaryHint')}
          error={fieldErrors.summary}
          rows={4}
          value={form.summary}
          onChange={(value) => set('summary', value)}
        />
        <RadioFieldSet
          id={fieldIds.how}
          legend={t('sharing.howLabel')}
          error={fieldErrors.how}
          className="naast-share-how"
          options={ShareHow.options}
          value={form.how}
          onChange={(how) => set('how', how)}
          optionLabel={(how) => t(`sharing.hows.${how}`)}
        />
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
      {refused && (
        <CheckpointRefusal
          key={refused.attempt}
          error={refused.error}
          title={t('sharing.refusedTitle')}
          headingLevel={3}
          footer={
            refused.basis === 'meldcode'
              ? t('sharingBasis.refusedNothingSaved')
              : t('sharing.refusedNothingSaved')
          }
        />
      )}
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
