import { useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { DateInput, Radio, Select, TextInput } from '@amsterdam/design-system-react'
import { RecordConsentInput, type Consent, type DataCategory } from '#shared/contracts/consents'
import type { HouseholdDetail } from '#shared/contracts/households'
import { useFormErrors, validate, type FieldErrors } from '../../../lib/form-errors.ts'
import { currentLanguage } from '../../../lib/i18n.ts'
import { today } from '../../../lib/today.ts'
import { FormAlert, FormField, FormFieldSet, SubmitButton } from '../../../components/form.tsx'
import { useRecordConsent } from '../api/record-consent.ts'
import { giverOptions, ruleExplanation } from './consent-rule.ts'
import { byField, CategoryFields, Suggestions, useMemberLabel, usedBefore } from './fields.tsx'
import { FocusedStatus } from '../../../components/focused-status.tsx'

const hows = ['spoken', 'written'] as const

const fieldIds = {
  subjectPersonId: 'consent-subject',
  giver: 'consent-giver',
  recipient: 'consent-recipient',
  purpose: 'consent-purpose',
  categories: 'consent-categories',
  how: 'consent-how',
  givenOn: 'consent-given-on',
  validUntil: 'consent-valid-until',
}

type Form = {
  subjectPersonId: string
  giver: string
  recipient: string
  purpose: string
  categories: DataCategory[]
  how: '' | (typeof hows)[number]
  givenOn: string
  validUntil: string
}

const emptyForm = (): Form => ({
  subjectPersonId: '',
  giver: '',
  recipient: '',
  purpose: '',
  categories: [],
  how: '',
  givenOn: today(),
  validUntil: '',
})

/**
 * "Toestemming vastleggen": one giver's consent about one member. Who may give it follows from the member's age on
 * the day it was given, so the choice of giver is computed from the age rule and explained in one line. After
 * saving, everything but the giver stays filled in: a 12- to 15-year-old and each parent with authority give
 * consent for the same thing, and the check only counts consents with the same recipient and purpose.
 */
export function RecordConsentForm({
  household,
  consents,
  message,
  onMessage,
}: {
  household: HouseholdDetail
  consents: Consent[]
  /** The confirmation of the last consent recorded; the section clears it when something else happens. */
  message: string | null
  onMessage: (message: string | null) => void
}) {
  const { t } = useTranslation()
  const language = currentLanguage()
  const record = useRecordConsent(household.id)
  const errors = useFormErrors()
  const memberLabel = useMemberLabel()
  const [form, setForm] = useState(emptyForm)
  const set = <K extends keyof Form>(key: K, value: Form[K]) =>
    setForm((previous) => ({ ...previous, [key]: value }))

  const member = household.members.find((m) => String(m.id) === form.subjectPersonId)
  const options = member ? giverOptions(member, form.givenOn, t) : []
  // A giver chosen before the member or the date changed may no longer count: then nobody is chosen.
  const giver = options.find((o) => o.value === form.giver)
  const explanation = member
    ? ruleExplanation(member, form.givenOn, today(), t, language)
    : t('consents.chooseMemberFirst')
  const fieldErrors = byField(errors.fieldErrors)
  const fieldLabels = {
    subjectPersonId: t('consents.subject'),
    giver: t('consents.giver'),
    recipient: t('consents.recipient'),
    purpose: t('consents.purpose'),
    categories: t('consents.categories'),
    how: t('consents.howGiven'),
    givenOn: t('consents.givenOn'),
    validUntil: t('consents.validUntil'),
  }

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    if (record.isPending) return
    onMessage(null)
    const checked = validate(RecordConsentInput, {
      subjectPersonId: member?.id,
      giver: giver?.giver,
      recipient: form.recipient,
      purpose: form.purpose,
      categories: form.categories,
      how: form.how || undefined,
      givenOn: form.givenOn,
      validUntil: form.validUntil || null,
    })
    const problems: FieldErrors = checked.ok ? {} : byField(checked.fieldErrors)
    if (!member) problems.subjectPersonId = t('errors.chooseOption')
    if (!giver) problems.giver = member && options.length === 0 ? explanation : t('errors.chooseOption')
    if (!form.how) problems.how = t('errors.chooseOption')
    if (!form.givenOn) problems.givenOn = t('errors.required')
    if (form.validUntil && form.givenOn && !problems.validUntil && form.validUntil < form.givenOn)
      problems.validUntil = t('errors.endBeforeStart')
    if (!checked.ok || Object.keys(problems).length > 0) {
      // In the order of the form, so the summary reads top to bottom.
      const ordered: FieldErrors = {}
      for (const field of Object.keys(fieldIds)) if (problems[field]) ordered[field] = problems[field]
      return errors.showFieldErrors(ordered)
    }
    errors.clear()
    record.mutate(checked.data, {
      onSuccess: (consent) => {
        setForm((previous) => ({ ...previous, giver: '' }))
        onMessage(t('consents.recorded', { giver: consent.giver.name, subject: consent.subject.name }))
      },
      onError: errors.showError,
    })
  }

  return (
    <form onSubmit={onSubmit} noValidate className="naast-form naast-card naast-readable">
      {message && (
        <FocusedStatus key={message} heading={message} headingLevel={3} onClose={() => onMessage(null)}>
          {t('consents.recordedKeep')}
        </FocusedStatus>
      )}
      <FormAlert
        {...errors}
        fieldErrors={fieldErrors}
        fieldIds={fieldIds}
        fieldLabels={fieldLabels}
        headingLevel={3}
      />
      <FormField
        id={fieldIds.subjectPersonId}
        label={t('consents.subject')}
        error={fieldErrors.subjectPersonId}
      >
        {(control) => (
          <Select
            {...control}
            value={form.subjectPersonId}
            onChange={(e) =>
              setForm((previous) => ({ ...previous, subjectPersonId: e.target.value, giver: '' }))
            }
          >
            <Select.Option value="">{t('consents.chooseMember')}</Select.Option>
            {household.members.map((m) => (
              <Select.Option key={m.id} value={String(m.id)}>
                {memberLabel(m)}
              </Select.Option>
            ))}
          </Select>
        )}
      </FormField>
      <FormField
        id={fieldIds.giver}
        label={t('consents.giver')}
        description={explanation}
        error={fieldErrors.giver}
      >
        {(control) => (
          <Select {...control} value={giver?.value ?? ''} onChange={(e) => set('giver', e.target.value)}>
            <Select.Option value="">{t('consents.chooseGiver')}</Select.Option>
            {options.map((option) => (
              <Select.Option key={option.value} value={option.value}>
                {option.label}
              </Select.Option>
            ))}
          </Select>
        )}
      </FormField>
      <FormField
        id={fieldIds.recipient}
        label={t('consents.recipient')}
        description={t('consents.recipientHint')}
        error={fieldErrors.recipient}
      >
        {(control) => (
          <TextInput
            {...control}
            list="consent-recipients"
            autoComplete="off"
            value={form.recipient}
            onChange={(e) => set('recipient', e.target.value)}
          />
        )}
      </FormField>
      <Suggestions id="consent-recipients" values={usedBefore(consents, (c) => c.recipient)} />
      <FormField
        id={fieldIds.purpose}
        label={t('consents.purpose')}
        description={t('consents.purposeHint')}
        error={fieldErrors.purpose}
      >
        {(control) => (
          <TextInput
            {...control}
            list="consent-purposes"
            autoComplete="off"
            value={form.purpose}
            onChange={(e) => set('purpose', e.target.value)}
          />
        )}
      </FormField>
      <Suggestions id="consent-purposes" values={usedBefore(consents, (c) => c.purpose)} />
      <CategoryFields
        id={fieldIds.categories}
        legend={t('consents.categories')}
        value={form.categories}
        onChange={(categories) => set('categories', categories)}
        error={fieldErrors.categories}
      />
      <FormFieldSet id={fieldIds.how} kind="radio" legend={t('consents.howGiven')} error={fieldErrors.how}>
        {(group) =>
          hows.map((how) => (
            <Radio
              key={how}
              name="consent-how"
              value={how}
              invalid={group.invalid}
              checked={form.how === how}
              onChange={() => set('how', how)}
            >
              {t(`consents.hows.${how}`)}
            </Radio>
          ))
        }
      </FormFieldSet>
      <div className="naast-field-row">
        <FormField id={fieldIds.givenOn} label={t('consents.givenOn')} error={fieldErrors.givenOn}>
          {(control) => (
            <DateInput
              {...control}
              max={today()}
              value={form.givenOn}
              onChange={(e) => set('givenOn', e.target.value)}
            />
          )}
        </FormField>
        <FormField
          id={fieldIds.validUntil}
          label={t('consents.validUntil')}
          description={t('consents.validUntilHint')}
          error={fieldErrors.validUntil}
          requirement="optional"
        >
          {(control) => (
            <DateInput
              {...control}
              min={form.givenOn || undefined}
              value={form.validUntil}
              onChange={(e) => set('validUntil', e.target.value)}
            />
          )}
        </FormField>
      </div>
      <SubmitButton busy={record.isPending} label={t('consents.save')} busyLabel={t('consents.saving')} />
    </form>
  )
}
