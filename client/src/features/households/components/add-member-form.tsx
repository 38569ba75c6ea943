import { useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { DateInput, Paragraph, Select, TextInput } from '@amsterdam/design-system-react'
import { MemberRelation } from '#shared/contracts/households'
import { AddMemberInput } from '#shared/contracts/members'
import { ageOn } from '#shared/domain/age'
import { useFormErrors, validate, type FieldErrors } from '../../../lib/form-errors.ts'
import { today } from '../../../lib/today.ts'
import { FormAlert, FormField, SubmitButton } from '../../../components/form.tsx'
import { useAddMember } from '../api/add-member.ts'
import { FocusedStatus } from '../../../components/focused-status.tsx'
import { ContactFields } from '../../../components/contact-fields.tsx'

const adultAge = 18

const fieldIds = {
  givenName: 'new-member-given-name',
  familyName: 'new-member-family-name',
  birthdate: 'new-member-birthdate',
  relation: 'new-member-relation',
  joinedOn: 'new-member-joined-on',
  bsn: 'new-member-bsn',
  phone: 'new-member-phone',
  email: 'new-member-email',
  preferredLanguage: 'new-member-language',
  interpreterNeeded: 'new-member-interpreter',
}

const detailFields = ['bsn', 'phone', 'email', 'preferredLanguage'] as const

function emptyForm() {
  return {
    givenName: '',
    familyName: '',
    birthdate: '',
    relation: '' as MemberRelation | '',
    joinedOn: today(),
    bsn: '',
    phone: '',
    email: '',
    preferredLanguage: '',
    interpreterNeeded: false,
  }
}

type Added = { name: string; minor: boolean }

/** Someone joins the household: name and role are asked, the rest is optional and folded away. */
export function AddMemberForm({ householdId }: { householdId: number }) {
  const { t } = useTranslation()
  const addMember = useAddMember(householdId)
  const errors = useFormErrors()
  const [form, setForm] = useState(emptyForm)
  const [detailsOpen, setDetailsOpen] = useState(false)
  const [added, setAdded] = useState<Added | null>(null)
  const now = today()
  const detailErrors = detailFields.some((field) => errors.fieldErrors[field])

  function set<K extends keyof ReturnType<typeof emptyForm>>(key: K, value: ReturnType<typeof emptyForm>[K]) {
    setForm((previous) => ({ ...previous, [key]: value }))
  }

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    if (addMember.isPending) return
    setAdded(null)
    const checked = validate(AddMemberInput, {
      givenName: form.givenName,
      familyName: form.familyName,
      birthdate: form.birthdate || undefined,
      relation: form.relation || undefined,
      joinedOn: form.joinedOn || undefined,
      bsn: form.bsn.trim() || undefined,
      phone: form.phone.trim() || undefined,
      email: form.email.trim() || undefined,
      preferredLanguage: form.preferredLanguage.trim() || undefined,
      interpreterNeeded: form.interpreterNeeded,
    })
    if (!checked.ok) {
      // An empty select is a choice not made yet, not a field left empty.
      const relation: FieldErrors = form.relation ? {} : { relation: t('errors.chooseOption') }
      return errors.showFieldErrors({ ...checked.fieldErrors, ...relation })
    }
    errors.clear()
    const name = `${checked.data.givenName} ${checked.data.familyName}`
    const minor = Boolean(form.birthdate) && ageOn(form.birthdate, now) < adultAge
    addMember.mutate(checked.data, {
      onSuccess: () => {
        setForm(emptyForm())
        setDetailsOpen(false)
        setAdded({ name, minor })
      },
      onError: errors.showError,
    })
  }

  return (
    <div className="naast-stack naast-readable">
      {added && (
        <FocusedStatus
          key={added.name}
          heading={t('people.memberAdded', { name: added.name })}
          headingLevel={3}
          onClose={() => setAdded(null)}
        >
          {added.minor && <Paragraph>{t('people.memberAddedMinor', { name: added.name })}</Paragraph>}
        </FocusedStatus>
      )}
      <form onSubmit={onSubmit} noValidate className="naast-form naast-card">
        <Paragraph>{t('people.addMemberIntro')}</Paragraph>
        <FormAlert
          {...errors}
          fieldIds={fieldIds}
          fieldLabels={{
            givenName: t('people.givenName'),
            familyName: t('people.familyName'),
            birthdate: t('people.birthdate'),
            relation: t('people.relation'),
            joinedOn: t('people.joinedOn'),
            bsn: t('people.bsn'),
            phone: t('people.phone'),
            email: t('people.email'),
            preferredLanguage: t('people.preferredLanguage'),
          }}
          headingLevel={3}
        />
        <div className="naast-field-row">
          <FormField
            id={fieldIds.givenName}
            label={t('people.givenName')}
            error={errors.fieldErrors.givenName}
          >
            {(control) => (
              <TextInput
                {...control}
                autoComplete="off"
                value={form.givenName}
                onChange={(e) => set('givenName', e.target.value)}
              />
            )}
          </FormField>
          <FormField
            id={fieldIds.familyName}
            label={t('people.familyName')}
            error={errors.fieldErrors.familyName}
          >
            {(control) => (
              <TextInput
                {...control}
                autoComplete="off"
                value={form.familyName}
                onChange={(e) => set('familyName', e.target.value)}
              />
            )}
          </FormField>
        </div>
        <div className="naast-field-row">
          <FormField
            id={fieldIds.birthdate}
            label={t('people.birthdate')}
            description={t('people.birthdateHint')}
            error={errors.fieldErrors.birthdate}
            requirement="optional"
          >
            {(control) => (
              <DateInput
                {...control}
                max={now}
                value={form.birthdate}
                onChange={(e) => set('birthdate', e.target.value)}
              />
            )}
          </FormField>
          <FormField id={fieldIds.relation} label={t('people.relation')} error={errors.fieldErrors.relation}>
            {(control) => (
              <Select
                {...control}
                value={form.relation}
                onChange={(e) => set('relation', e.target.value as MemberRelation | '')}
              >
                <Select.Option value="">{t('people.chooseRelation')}</Select.Option>
                {MemberRelation.options.map((relation) => (
                  <Select.Option key={relation} value={relation}>
                    {t(`relations.${relation}`)}
                  </Select.Option>
                ))}
              </Select>
            )}
          </FormField>
        </div>
        <FormField
          id={fieldIds.joinedOn}
          label={t('people.joinedOn')}
          description={t('people.joinedOnHint')}
          error={errors.fieldErrors.joinedOn}
          requirement="optional"
        >
          {(control) => (
            <DateInput
              {...control}
              max={now}
              value={form.joinedOn}
              onChange={(e) => set('joinedOn', e.target.value)}
            />
          )}
        </FormField>
        <details
          className="naast-details"
          open={detailsOpen || detailErrors}
          onToggle={(e) => {
            const open = e.currentTarget.open
            if (open !== detailsOpen) setDetailsOpen(open)
          }}
        >
          <summary>{t('people.moreDetails')}</summary>
          <div className="naast-form naast-details__body">
            <ContactFields
              values={form}
              onChange={(key, value) => setForm((previous) => ({ ...previous, [key]: value }))}
              idOf={(key) => fieldIds[key]}
              errorOf={(key) => errors.fieldErrors[key]}
            />
          </div>
        </details>
        <SubmitButton busy={addMember.isPending} label={t('people.add')} busyLabel={t('people.adding')} />
      </form>
    </div>
  )
}
