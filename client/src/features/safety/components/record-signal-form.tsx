import { useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { Checkbox, Heading, Paragraph, Select } from '@amsterdam/design-system-react'
import type { HouseholdDetail } from '#shared/contracts/households'
import { RecordSignalInput, SignalSource } from '#shared/contracts/safety'
import { useFormErrors, validate } from '../../../lib/form-errors.ts'
import { useMe } from '../../../lib/session.ts'
import { today } from '../../../lib/today.ts'
import {
  DateField,
  FormAlert,
  FormField,
  FormFieldSet,
  SubmitButton,
  TextAreaField,
  TextInputField,
} from '../../../components/form.tsx'
import { FocusedStatus } from '../../../components/focused-status.tsx'
import { useRecordSignal } from '../api/record-signal.ts'
import { errorsByField, sharedText, useMemberLabel } from './safety-parts.tsx'

/** Every source a worker can choose; "triage" signals come only from the triage's safety question. */
const sources = SignalSource.options.filter((source) => source !== 'triage')

/** The anchor every case page links to ("Signaal vastleggen"). */
export const recordSignalAnchor = 'nieuw-signaal'

const fieldIds = {
  personIds: 'signal-persons',
  observation: 'signal-observation',
  observedBy: 'signal-observed-by',
  observedOn: 'signal-observed-on',
  source: 'signal-source',
}

type Form = {
  personIds: number[]
  observation: string
  observedBy: string
  observedOn: string
  source: string
}

/**
 * "Signaal vastleggen": a concrete observation (what was seen or heard, not a conclusion), about whom, who saw or
 * heard it, when, and how it came in. Who saw it defaults to the worker; the date to today.
 */
export function RecordSignalForm({
  household,
  onStart,
}: {
  household: HouseholdDetail
  onStart: () => void
}) {
  const { t } = useTranslation()
  const me = useMe()
  const record = useRecordSignal(household.id)
  const errors = useFormErrors()
  const memberLabel = useMemberLabel()
  const emptyForm = (): Form => ({
    personIds: [],
    observation: '',
    observedBy: me.data?.name ?? '',
    observedOn: today(),
    source: '',
  })
  const [form, setForm] = useState(emptyForm)
  const [message, setMessage] = useState<string | null>(null)
  const set = <K extends keyof Form>(key: K, value: Form[K]) =>
    setForm((previous) => ({ ...previous, [key]: value }))
  const fieldErrors = errorsByField(errors.fieldErrors, fieldIds)
  const fieldLabels = {
    personIds: t('safetyPage.signals.record.persons'),
    observation: t('safetyPage.signals.record.observation'),
    observedBy: t('safetyPage.signals.record.observedBy'),
    observedOn: t('safetyPage.signals.record.observedOn'),
    source: t('safetyPage.signals.record.source'),
  }

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    if (record.isPending) return
    setMessage(null)
    onStart()
    const checked = validate(RecordSignalInput, { ...form, source: form.source || undefined })
    if (!checked.ok) {
      const problems = { ...checked.fieldErrors }
      if (problems.source) problems.source = sharedText('errors.chooseOption')
      return errors.showFieldErrors(errorsByField(problems, fieldIds))
    }
    errors.clear()
    record.mutate(checked.data, {
      onSuccess: () => {
        setForm(emptyForm())
        setMessage(t('safetyPage.signals.record.recorded'))
      },
      onError: errors.showError,
    })
  }

  return (
    <section
      id={recordSignalAnchor}
      tabIndex={-1}
      aria-labelledby="safety-record-signal"
      className="naast-stack naast-focus-target"
    >
      <Heading level={3} id="safety-record-signal">
        {t('safetyPage.signals.record.title')}
      </Heading>
      {household.members.length === 0 ? (
        <Paragraph>{t('safetyPage.signals.record.noMembers')}</Paragraph>
      ) : (
        <form onSubmit={onSubmit} noValidate className="naast-form naast-card naast-readable">
          {message && (
            <FocusedStatus key={message} heading={message} headingLevel={4} onClose={() => setMessage(null)}>
              {t('safetyPage.signals.record.recordedNext')}
            </FocusedStatus>
          )}
          <Paragraph size="small">{t('safetyPage.signals.record.intro')}</Paragraph>
          <FormAlert
            {...errors}
            fieldErrors={fieldErrors}
            fieldIds={fieldIds}
            fieldLabels={fieldLabels}
            headingLevel={4}
          />
          <FormFieldSet
            id={fieldIds.personIds}
            kind="checkbox"
            legend={fieldLabels.personIds}
            description={t('safetyPage.signals.record.personsHint')}
            error={fieldErrors.personIds}
          >
            {(group) =>
              household.members.map((member) => (
                <Checkbox
                  key={member.id}
                  id={`${fieldIds.personIds}-${member.id}`}
                  invalid={group.invalid}
                  checked={form.personIds.includes(member.id)}
                  onChange={(event) =>
                    set(
                      'personIds',
                      event.target.checked
                        ? household.members
                            .map((m) => m.id)
                            .filter((id) => id === member.id || form.personIds.includes(id))
                        : form.personIds.filter((id) => id !== member.id),
                    )
                  }
                >
                  {memberLabel(`${member.givenName} ${member.familyName}`, member.age)}
                </Checkbox>
              ))
            }
          </FormFieldSet>
          <TextAreaField
            id={fieldIds.observation}
            label={fieldLabels.observation}
            description={t('safetyPage.signals.record.observationHint')}
            error={fieldErrors.observation}
            rows={5}
            value={form.observation}
            onChange={(value) => set('observation', value)}
          />
          <TextInputField
            id={fieldIds.observedBy}
            label={fieldLabels.observedBy}
            description={t('safetyPage.signals.record.observedByHint')}
            error={fieldErrors.observedBy}
            value={form.observedBy}
            onChange={(value) => set('observedBy', value)}
          />
          <div className="naast-field-row">
            <DateField
              id={fieldIds.observedOn}
              label={fieldLabels.observedOn}
              error={fieldErrors.observedOn}
              max={today()}
              value={form.observedOn}
              onChange={(value) => set('observedOn', value)}
            />
            <FormField id={fieldIds.source} label={fieldLabels.source} error={fieldErrors.source}>
              {(control) => (
                <Select {...control} value={form.source} onChange={(e) => set('source', e.target.value)}>
                  <Select.Option value="">{t('safetyPage.signals.record.chooseSource')}</Select.Option>
                  {sources.map((source) => (
                    <Select.Option key={source} value={source}>
                      {t(`safetyPage.sources.${source}`)}
                    </Select.Option>
                  ))}
                </Select>
              )}
            </FormField>
          </div>
          <SubmitButton
            busy={record.isPending}
            label={t('safetyPage.signals.record.save')}
            busyLabel={t('safetyPage.saving')}
          />
        </form>
      )}
    </section>
  )
}
