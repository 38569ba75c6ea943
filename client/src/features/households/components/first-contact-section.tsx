import { useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { DateInput, Heading, Paragraph, Radio } from '@amsterdam/design-system-react'
import { ClientSupportOffer, FirstContactInput, type HouseholdDetail } from '#shared/contracts/households'
import { formatDate } from '#shared/domain/dates'
import { useFormErrors, validate } from '../../../lib/form-errors.ts'
import { currentLanguage } from '../../../lib/i18n.ts'
import { today } from '../../../lib/today.ts'
import { FormAlert, FormField, FormFieldSet, StatusMessage, SubmitButton } from '../../../components/form.tsx'
import { useRecordFirstContact } from '../api/record-first-contact.ts'

type Offer = (typeof ClientSupportOffer.options)[number]

/**
 * Legal protection from the first contact (rechtsbescherming): that help is voluntary, that independent client
 * support is on offer, and how to object or complain. Each is recorded when it happened; later steps read these.
 */
export function FirstContactSection({ household }: { household: HouseholdDetail }) {
  const { t } = useTranslation()
  const language = currentLanguage()
  const facts = household.firstContact
  const recorded = (fact: { on: string; by: string } | null) =>
    fact
      ? t('firstContact.recorded', { date: formatDate(fact.on, language), name: fact.by })
      : t('firstContact.notYet')

  return (
    <section className="naast-stack" aria-labelledby="household-first-contact">
      <Heading level={2} id="household-first-contact">
        {t('firstContact.title')}
      </Heading>
      <Paragraph className="naast-readable">{t('firstContact.intro')}</Paragraph>
      <div className="naast-columns naast-columns--three">
        <DateFactForm
          householdId={household.id}
          part="voluntaryExplainedOn"
          title={t('firstContact.voluntaryTitle')}
          hint={t('firstContact.voluntaryHint')}
          status={recorded(facts.voluntaryExplained)}
        />
        <ClientSupportForm
          householdId={household.id}
          status={
            facts.clientSupport
              ? t('firstContact.supportRecorded', {
                  offer: t(`clientSupportOffers.${facts.clientSupport.offer}`),
                  date: formatDate(facts.clientSupport.on, language),
                  name: facts.clientSupport.by,
                })
              : t('firstContact.notYet')
          }
          current={facts.clientSupport?.offer}
        />
        <DateFactForm
          householdId={household.id}
          part="objectionExplainedOn"
          title={t('firstContact.objectionTitle')}
          hint={t('firstContact.objectionHint')}
          status={recorded(facts.objectionExplained)}
        />
      </div>
    </section>
  )
}

type DateFactFormProps = {
  householdId: number
  part: 'voluntaryExplainedOn' | 'objectionExplainedOn'
  title: string
  hint: string
  status: string
}

/** "Uitgelegd op [datum]": one fact, one date, prefilled with today. */
function DateFactForm({ householdId, part, title, hint, status }: DateFactFormProps) {
  const { t } = useTranslation()
  const record = useRecordFirstContact(householdId)
  const errors = useFormErrors()
  const [date, setDate] = useState(today())
  const [saved, setSaved] = useState(false)
  const id = `first-contact-${part}`

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    if (record.isPending) return
    setSaved(false)
    const checked = validate(FirstContactInput, { [part]: date || undefined })
    if (!date) return errors.showFieldErrors({ [part]: t('errors.required') })
    if (!checked.ok) return errors.showFieldErrors(checked.fieldErrors)
    errors.clear()
    record.mutate(checked.data, { onSuccess: () => setSaved(true), onError: errors.showError })
  }

  return (
    <form onSubmit={onSubmit} noValidate className="naast-form naast-card" aria-labelledby={`${id}-title`}>
      <Heading level={3} id={`${id}-title`}>
        {title}
      </Heading>
      <Paragraph size="small">{hint}</Paragraph>
      <Paragraph>
        <strong>{status}</strong>
      </Paragraph>
      {saved && (
        <StatusMessage heading={t('firstContact.saved')} headingLevel={4} onClose={() => setSaved(false)} />
      )}
      <FormAlert {...errors} fieldIds={{ [part]: id }} headingLevel={4} />
      <FormField id={id} label={t('firstContact.date')} error={errors.fieldErrors[part]}>
        {(control) => (
          <DateInput {...control} max={today()} value={date} onChange={(e) => setDate(e.target.value)} />
        )}
      </FormField>
      <SubmitButton
        busy={record.isPending}
        label={t('firstContact.record')}
        busyLabel={t('firstContact.recording')}
      />
    </form>
  )
}

function ClientSupportForm({
  householdId,
  status,
  current,
}: {
  householdId: number
  status: string
  current: Offer | undefined
}) {
  const { t } = useTranslation()
  const record = useRecordFirstContact(householdId)
  const errors = useFormErrors()
  const [offer, setOffer] = useState<Offer | ''>(current ?? '')
  const [date, setDate] = useState(today())
  const [saved, setSaved] = useState(false)
  const fieldIds = {
    'clientSupport.offer': 'first-contact-support-offer',
    'clientSupport.on': 'first-contact-support-on',
  }

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    if (record.isPending) return
    setSaved(false)
    const missing = {
      ...(offer ? {} : { 'clientSupport.offer': t('errors.chooseOption') }),
      ...(date ? {} : { 'clientSupport.on': t('errors.required') }),
    }
    if (Object.keys(missing).length) return errors.showFieldErrors(missing)
    const checked = validate(FirstContactInput, { clientSupport: { offer, on: date } })
    if (!checked.ok) return errors.showFieldErrors(checked.fieldErrors)
    errors.clear()
    record.mutate(checked.data, { onSuccess: () => setSaved(true), onError: errors.showError })
  }

  return (
    <form
      onSubmit={onSubmit}
      noValidate
      className="naast-form naast-card"
      aria-labelledby="first-contact-support-title"
    >
      <Heading level={3} id="first-contact-support-title">
        {t('firstContact.supportTitle')}
      </Heading>
      <Paragraph size="small">{t('firstContact.supportHint')}</Paragraph>
      <Paragraph>
        <strong>{status}</strong>
      </Paragraph>
      {saved && (
        <StatusMessage heading={t('firstContact.saved')} headingLevel={4} onClose={() => setSaved(false)} />
      )}
      <FormAlert {...errors} fieldIds={fieldIds} headingLevel={4} />
      <FormFieldSet
        id="first-contact-support-offer"
        kind="radio"
        legend={t('firstContact.supportAnswer')}
        error={errors.fieldErrors['clientSupport.offer']}
      >
        {(group) =>
          ClientSupportOffer.options.map((value) => (
            <Radio
              key={value}
              name="client-support-offer"
              value={value}
              invalid={group.invalid}
              checked={offer === value}
              onChange={() => setOffer(value)}
            >
              {t(`clientSupportOffers.${value}`)}
            </Radio>
          ))
        }
      </FormFieldSet>
      <FormField
        id="first-contact-support-on"
        label={t('firstContact.date')}
        error={errors.fieldErrors['clientSupport.on']}
      >
        {(control) => (
          <DateInput {...control} max={today()} value={date} onChange={(e) => setDate(e.target.value)} />
        )}
      </FormField>
      <SubmitButton
        busy={record.isPending}
        label={t('firstContact.record')}
        busyLabel={t('firstContact.recording')}
      />
    </form>
  )
}
