import { useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { Checkbox, DateInput, Heading, Select, TextInput } from '@amsterdam/design-system-react'
import { MemberRelation, type Member, type RepresentativeKind } from '#shared/contracts/households'
import { UpdateMemberInput } from '#shared/contracts/members'
import { ageOn } from '#shared/domain/age'
import { useFormErrors, validate, type FieldErrors } from '../../../lib/form-errors.ts'
import { today } from '../../../lib/today.ts'
import { FormAlert, FormField, FormFieldSet, StatusMessage, SubmitButton } from '../../../components/form.tsx'
import { useUpdateMember } from '../api/update-member.ts'

const adultAge = 18
type Kind = (typeof RepresentativeKind.options)[number]
/** An adult who cannot decide is represented by a mentor or a curator; a guardian (voogd) only if already recorded. */
const offeredKinds: Kind[] = ['mentor', 'curator']

function formOf(member: Member) {
  return {
    givenName: member.givenName,
    familyName: member.familyName,
    birthdate: member.birthdate,
    relation: member.relation,
    newBsn: '',
    removeBsn: false,
    phone: member.phone ?? '',
    email: member.email ?? '',
    preferredLanguage: member.preferredLanguage ?? '',
    interpreterNeeded: member.interpreterNeeded,
    representativeKind: (member.representative?.kind ?? '') as Kind | '',
    representativeName: member.representative?.name ?? '',
  }
}

type Form = ReturnType<typeof formOf>

/** A member's own details, and for an adult who cannot decide, who represents them (mentor, curator). */
export function MemberDetailsForm({ householdId, member }: { householdId: number; member: Member }) {
  const { t } = useTranslation()
  const update = useUpdateMember(householdId, member.id)
  const errors = useFormErrors()
  const [form, setForm] = useState(() => formOf(member))
  const [saved, setSaved] = useState(false)
  const now = today()
  const id = (field: string) => `member-${member.id}-${field}`
  const fieldIds = {
    givenName: id('given-name'),
    familyName: id('family-name'),
    birthdate: id('birthdate'),
    relation: id('relation'),
    bsn: id('bsn'),
    phone: id('phone'),
    email: id('email'),
    preferredLanguage: id('language'),
    representative: id('representative-kind'),
    'representative.kind': id('representative-kind'),
    'representative.name': id('representative-name'),
  }
  const name = `${member.givenName} ${member.familyName}`
  // Whether a representative can be asked follows the birthdate in the form: the server checks the same.
  const adult = form.birthdate !== '' && ageOn(form.birthdate, now) >= adultAge
  const kinds: Kind[] =
    member.representative && !offeredKinds.includes(member.representative.kind)
      ? [...offeredKinds, member.representative.kind]
      : offeredKinds

  function set<K extends keyof Form>(key: K, value: Form[K]) {
    setForm((previous) => ({ ...previous, [key]: value }))
  }

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    if (update.isPending) return
    setSaved(false)
    const checked = validate(UpdateMemberInput, {
      givenName: form.givenName,
      familyName: form.familyName,
      // A known birthdate cannot be taken away, only corrected.
      birthdate: form.birthdate || undefined,
      relation: form.relation,
      bsn: form.removeBsn ? null : form.newBsn.trim() || undefined,
      phone: form.phone.trim() || null,
      email: form.email.trim() || null,
      preferredLanguage: form.preferredLanguage.trim() || null,
      interpreterNeeded: form.interpreterNeeded,
      representative: adult
        ? form.representativeKind
          ? { kind: form.representativeKind, name: form.representativeName }
          : null
        : undefined,
    })
    const birthdateMissing: FieldErrors =
      member.birthdate && !form.birthdate ? { birthdate: t('errors.required') } : {}
    if (!checked.ok || birthdateMissing.birthdate) {
      return errors.showFieldErrors({ ...(checked.ok ? {} : checked.fieldErrors), ...birthdateMissing })
    }
    errors.clear()
    update.mutate(checked.data, {
      onSuccess: () => {
        setSaved(true)
        setForm((previous) => ({ ...previous, newBsn: '', removeBsn: false }))
      },
      onError: errors.showError,
    })
  }

  return (
    <form
      onSubmit={onSubmit}
      noValidate
      className="naast-form naast-card"
      aria-labelledby={id('details-title')}
    >
      <Heading level={3} id={id('details-title')}>
        {t('people.detailsTitle', { name })}
      </Heading>
      {saved && (
        <StatusMessage heading={t('people.saved')} headingLevel={4} onClose={() => setSaved(false)} />
      )}
      <FormAlert
        {...errors}
        fieldIds={fieldIds}
        fieldLabels={{
          givenName: t('people.givenName'),
          familyName: t('people.familyName'),
          birthdate: t('people.birthdate'),
          relation: t('people.relation'),
          bsn: t('people.bsn'),
          phone: t('people.phone'),
          email: t('people.email'),
          preferredLanguage: t('people.preferredLanguage'),
          representative: t('people.representative'),
          'representative.kind': t('people.representativeKind'),
          'representative.name': t('people.representativeName'),
        }}
        headingLevel={4}
      />
      <div className="naast-field-row">
        <FormField id={fieldIds.givenName} label={t('people.givenName')} error={errors.fieldErrors.givenName}>
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
          error={errors.fieldErrors.birthdate}
          requirement={member.birthdate ? 'required' : 'optional'}
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
              onChange={(e) => set('relation', e.target.value as MemberRelation)}
            >
              {MemberRelation.options.map((relation) => (
                <Select.Option key={relation} value={relation}>
                  {t(`relations.${relation}`)}
                </Select.Option>
              ))}
            </Select>
          )}
        </FormField>
      </div>
      <div className="naast-field-row">
        <FormField
          id={fieldIds.phone}
          label={t('people.phone')}
          error={errors.fieldErrors.phone}
          requirement="optional"
        >
          {(control) => (
            <TextInput
              {...control}
              type="tel"
              autoComplete="off"
              value={form.phone}
              onChange={(e) => set('phone', e.target.value)}
            />
          )}
        </FormField>
        <FormField
          id={fieldIds.email}
          label={t('people.email')}
          error={errors.fieldErrors.email}
          requirement="optional"
        >
          {(control) => (
            <TextInput
              {...control}
              type="email"
              autoComplete="off"
              value={form.email}
              onChange={(e) => set('email', e.target.value)}
            />
          )}
        </FormField>
      </div>
      <FormField
        id={fieldIds.preferredLanguage}
        label={t('people.preferredLanguage')}
        error={errors.fieldErrors.preferredLanguage}
        requirement="optional"
      >
        {(control) => (
          <TextInput
            {...control}
            autoComplete="off"
            value={form.preferredLanguage}
            onChange={(e) => set('preferredLanguage', e.target.value)}
          />
        )}
      </FormField>
      <Checkbox
        id={id('interpreter')}
        checked={form.interpreterNeeded}
        onChange={(e) => set('interpreterNeeded', e.target.checked)}
      >
        {t('people.interpreterNeeded')}
      </Checkbox>
      {!form.removeBsn && (
        <FormField
          id={fieldIds.bsn}
          label={member.bsnMasked ? t('people.newBsn') : t('people.bsn')}
          description={
            member.bsnMasked ? t('people.bsnCurrent', { bsn: member.bsnMasked }) : t('people.bsnHint')
          }
          error={errors.fieldErrors.bsn}
          requirement="optional"
        >
          {(control) => (
            <TextInput
              {...control}
              inputMode="numeric"
              autoComplete="off"
              size={11}
              value={form.newBsn}
              onChange={(e) => set('newBsn', e.target.value)}
            />
          )}
        </FormField>
      )}
      {member.bsnMasked && (
        <Checkbox
          id={id('remove-bsn')}
          checked={form.removeBsn}
          onChange={(e) => set('removeBsn', e.target.checked)}
        >
          {t('people.removeBsn')}
        </Checkbox>
      )}
      {adult && (
        <FormFieldSet
          id={id('representative')}
          kind="group"
          requirement="optional"
          legend={t('people.representative')}
          description={t('people.representativeHint')}
        >
          {() => (
            <div className="naast-field-row">
              <FormField
                id={fieldIds.representative}
                label={t('people.representativeKind')}
                error={errors.fieldErrors.representative ?? errors.fieldErrors['representative.kind']}
                requirement="none"
              >
                {(control) => (
                  <Select
                    {...control}
                    value={form.representativeKind}
                    onChange={(e) => set('representativeKind', e.target.value as Kind | '')}
                  >
                    <Select.Option value="">{t('people.noRepresentative')}</Select.Option>
                    {kinds.map((kind) => (
                      <Select.Option key={kind} value={kind}>
                        {t(`representativeKinds.${kind}`)}
                      </Select.Option>
                    ))}
                  </Select>
                )}
              </FormField>
              {form.representativeKind && (
                <FormField
                  id={fieldIds['representative.name']}
                  label={t('people.representativeName')}
                  error={errors.fieldErrors['representative.name']}
                >
                  {(control) => (
                    <TextInput
                      {...control}
                      autoComplete="off"
                      value={form.representativeName}
                      onChange={(e) => set('representativeName', e.target.value)}
                    />
                  )}
                </FormField>
              )}
            </div>
          )}
        </FormFieldSet>
      )}
      <SubmitButton busy={update.isPending} label={t('people.save')} busyLabel={t('people.saving')} />
    </form>
  )
}
