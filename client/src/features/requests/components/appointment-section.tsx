import { useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { Alert, DateInput, DescriptionList, Heading, Paragraph, Radio } from '@amsterdam/design-system-react'
import { MakeAppointmentInput, type RequestDetail } from '#shared/contracts/requests'
import { formatDate } from '#shared/domain/dates'
import { useFormErrors, validate } from '../../../lib/form-errors.ts'
import { currentLanguage } from '../../../lib/i18n.ts'
import { FormAlert, FormField, FormFieldSet, StatusMessage, SubmitButton } from '../../../components/form.tsx'
import { FirstAppointmentText } from '../../../components/first-appointment-text.tsx'
import { useMakeAppointment } from '../api/make-appointment.ts'
import { useRecordAppointmentOutcome, type AppointmentOutcome } from '../api/record-appointment-outcome.ts'

/**
 * "Binnen vijf dagen een afspraak": the date by which a first appointment must be made, whether it was, and
 * whether it took place.
 */
export function AppointmentSection({ request }: { request: RequestDetail }) {
  const { t } = useTranslation()
  const language = currentLanguage()
  const appointment = request.firstAppointment
  const dueDate = formatDate(appointment.dueOn, language)

  return (
    <section className="naast-stack" aria-labelledby="request-appointment">
      <Heading level={2} id="request-appointment">
        {t('appointment.title')}
      </Heading>
      {appointment.state === 'overdue' ? (
        <Alert severity="warning" heading={t('appointment.overdueTitle')} headingLevel={3}>
          <Paragraph>{t('appointment.overdueBody', { date: dueDate })}</Paragraph>
        </Alert>
      ) : appointment.state === 'open' ? (
        <Paragraph>
          <strong>
            <FirstAppointmentText state="open" dueOn={appointment.dueOn} />
          </strong>
        </Paragraph>
      ) : null}
      {appointment.appointmentOn && (
        <DescriptionList termsWidth="medium">
          <DescriptionList.Term>{t('appointment.date')}</DescriptionList.Term>
          <DescriptionList.Description>
            {formatDate(appointment.appointmentOn, language)}
          </DescriptionList.Description>
          {appointment.madeOn && (
            <>
              <DescriptionList.Term>{t('appointment.madeOn')}</DescriptionList.Term>
              <DescriptionList.Description>
                {appointment.madeOn > appointment.dueOn
                  ? t('appointment.madeLate', {
                      date: formatDate(appointment.madeOn, language),
                      due: dueDate,
                    })
                  : t('appointment.madeInTime', {
                      date: formatDate(appointment.madeOn, language),
                      due: dueDate,
                    })}
              </DescriptionList.Description>
            </>
          )}
          <DescriptionList.Term>{t('appointment.outcome')}</DescriptionList.Term>
          <DescriptionList.Description>
            {appointment.outcome
              ? t(`appointment.outcomes.${appointment.outcome}`)
              : t('appointment.noOutcome')}
          </DescriptionList.Description>
        </DescriptionList>
      )}
      <div className="naast-columns">
        <MakeAppointmentForm request={request} />
        {appointment.appointmentOn && <OutcomeForm request={request} />}
      </div>
    </section>
  )
}

function MakeAppointmentForm({ request }: { request: RequestDetail }) {
  const { t } = useTranslation()
  const make = useMakeAppointment(request.id)
  const errors = useFormErrors()
  const [date, setDate] = useState(request.firstAppointment.appointmentOn ?? '')
  const [saved, setSaved] = useState(false)
  const fieldIds = { appointmentOn: 'appointment-date', madeOn: 'appointment-date' }
  const hasAppointment = request.firstAppointment.appointmentOn !== null

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    if (make.isPending) return
    setSaved(false)
    const checked = validate(MakeAppointmentInput, { appointmentOn: date || undefined })
    if (!checked.ok) return errors.showFieldErrors(checked.fieldErrors)
    errors.clear()
    make.mutate(checked.data.appointmentOn, { onSuccess: () => setSaved(true), onError: errors.showError })
  }

  return (
    <form
      onSubmit={onSubmit}
      noValidate
      className="naast-form naast-card"
      aria-labelledby="appointment-form-title"
    >
      <Heading level={3} id="appointment-form-title">
        {hasAppointment ? t('appointment.changeTitle') : t('appointment.makeTitle')}
      </Heading>
      {saved && (
        <StatusMessage heading={t('appointment.saved')} headingLevel={4} onClose={() => setSaved(false)} />
      )}
      <FormAlert {...errors} fieldIds={fieldIds} headingLevel={4} />
      <FormField
        id="appointment-date"
        label={t('appointment.dateLabel')}
        error={errors.fieldErrors.appointmentOn ?? errors.fieldErrors.madeOn}
      >
        {(control) => (
          <DateInput
            {...control}
            min={request.receivedOn}
            value={date}
            onChange={(e) => setDate(e.target.value)}
          />
        )}
      </FormField>
      <SubmitButton busy={make.isPending} label={t('appointment.save')} busyLabel={t('appointment.saving')} />
    </form>
  )
}

function OutcomeForm({ request }: { request: RequestDetail }) {
  const { t } = useTranslation()
  const record = useRecordAppointmentOutcome(request.id)
  const errors = useFormErrors()
  const [outcome, setOutcome] = useState<AppointmentOutcome | ''>(request.firstAppointment.outcome ?? '')
  const [saved, setSaved] = useState(false)

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    if (record.isPending) return
    setSaved(false)
    if (!outcome) return errors.showFieldErrors({ outcome: t('errors.chooseOption') })
    errors.clear()
    record.mutate(outcome, { onSuccess: () => setSaved(true), onError: errors.showError })
  }

  return (
    <form
      onSubmit={onSubmit}
      noValidate
      className="naast-form naast-card"
      aria-labelledby="outcome-form-title"
    >
      <Heading level={3} id="outcome-form-title">
        {t('appointment.outcomeTitle')}
      </Heading>
      {saved && (
        <StatusMessage
          heading={t('appointment.outcomeSaved')}
          headingLevel={4}
          onClose={() => setSaved(false)}
        />
      )}
      <FormAlert {...errors} fieldIds={{ outcome: 'appointment-outcome' }} headingLevel={4} />
      <FormFieldSet
        id="appointment-outcome"
        kind="radio"
        legend={t('appointment.outcomeLegend')}
        error={errors.fieldErrors.outcome}
      >
        {(group) =>
          (['held', 'not_held'] as const).map((value) => (
            <Radio
              key={value}
              name="appointment-outcome"
              value={value}
              invalid={group.invalid}
              checked={outcome === value}
              onChange={() => setOutcome(value)}
            >
              {t(`appointment.outcomes.${value}`)}
            </Radio>
          ))
        }
      </FormFieldSet>
      <SubmitButton
        busy={record.isPending}
        label={t('appointment.saveOutcome')}
        busyLabel={t('appointment.saving')}
      />
    </form>
  )
}
