import { useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { Heading, Paragraph } from '@amsterdam/design-system-react'
import { CheckInHow, CheckInInput } from '#shared/contracts/follow-up'
import { formatDate } from '#shared/domain/dates'
import { useFormErrors, validate, type FieldErrors } from '../../../lib/form-errors.ts'
import { currentLanguage } from '../../../lib/i18n.ts'
import { today } from '../../../lib/today.ts'
import {
  DateField,
  FormAlert,
  RadioFieldSet,
  SubmitButton,
  TextAreaField,
} from '../../../components/form.tsx'
import { useRecordCheckIn } from '../api/record-check-in.ts'

const fieldIds = { on: 'check-in-on', how: 'check-in-how', note: 'check-in-note' }

type Form = { on: string; how: CheckInHow | ''; note: string }

const emptyForm = (): Form => ({ on: today(), how: '', note: '' })

/**
 * "Contactmoment vastleggen": when (today unless changed), how, and a line about how it goes. Three fields, so a
 * check-in takes seconds (as light as possible); the next one is then due an interval after it.
 */
export function CheckInForm({
  householdId,
  onSaved,
  onStart,
}: {
  householdId: number
  onSaved: (message: string) => void
  onStart: () => void
}) {
  const { t } = useTranslation()
  const language = currentLanguage()
  const record = useRecordCheckIn(householdId)
  const errors = useFormErrors()
  const [form, setForm] = useState(emptyForm)
  const set = <K extends keyof Form>(key: K, value: Form[K]) =>
    setForm((previous) => ({ ...previous, [key]: value }))
  const labels = {
    on: t('followUp.checkIn.on'),
    how: t('followUp.checkIn.how'),
    note: t('followUp.checkIn.note'),
  }

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    if (record.isPending) return
    onStart()
    const checked = validate(CheckInInput, { on: form.on, how: form.how || undefined, note: form.note })
    const problems: FieldErrors = checked.ok ? {} : { ...checked.fieldErrors }
    if (!form.on) problems.on = t('errors.required')
    else if (!problems.on && form.on > today()) problems.on = t('errors.dateInFuture')
    if (!form.how) problems.how = t('errors.chooseOption')
    if (!checked.ok || Object.keys(problems).length > 0) {
      const ordered: FieldErrors = {}
      for (const field of Object.keys(fieldIds)) if (problems[field]) ordered[field] = problems[field]
      return errors.showFieldErrors(ordered)
    }
    errors.clear()
    record.mutate(checked.data, {
      onSuccess: (followUp) => {
        const saved = t('followUp.checkIn.saved', { date: formatDate(checked.data.on, language) })
        const next = followUp.nextCheckInOn
          ? ` ${t('followUp.checkIn.next', { date: formatDate(followUp.nextCheckInOn, language) })}`
          : ''
        setForm(emptyForm())
        onSaved(saved + next)
      },
      onError: errors.showError,
    })
  }

  return (
    <form
      onSubmit={onSubmit}
      noValidate
      aria-labelledby="check-in-title"
      className="naast-form naast-card naast-readable"
    >
      <Heading level={3} id="check-in-title">
        {t('followUp.checkIn.title')}
      </Heading>
      <Paragraph size="small">{t('followUp.checkIn.intro')}</Paragraph>
      <FormAlert {...errors} fieldIds={fieldIds} fieldLabels={labels} headingLevel={4} />
      <DateField
        id={fieldIds.on}
        label={labels.on}
        error={errors.fieldErrors.on}
        max={today()}
        value={form.on}
        onChange={(value) => set('on', value)}
      />
      <RadioFieldSet
        id={fieldIds.how}
        legend={labels.how}
        className="naast-follow-up-choices"
        error={errors.fieldErrors.how}
        options={CheckInHow.options}
        value={form.how}
        onChange={(how) => set('how', how)}
        optionLabel={(how) => t(`followUp.checkIn.hows.${how}`)}
      />
      <TextAreaField
        id={fieldIds.note}
        label={labels.note}
        description={t('followUp.checkIn.noteHint')}
        error={errors.fieldErrors.note}
        rows={2}
        value={form.note}
        onChange={(value) => set('note', value)}
      />
      <SubmitButton
        busy={record.isPending}
        label={t('followUp.checkIn.save')}
        busyLabel={t('followUp.checkIn.saving')}
      />
    </form>
  )
}
