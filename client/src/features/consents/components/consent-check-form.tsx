import { useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { Paragraph, Select, TextInput } from '@amsterdam/design-system-react'
import {
  ConsentCheckQuery,
  type Consent,
  type ConsentCheck,
  type DataCategory,
} from '#shared/contracts/consents'
import type { HouseholdDetail, Member } from '#shared/contracts/households'
import { errorText } from '../../../lib/api.ts'
import { useFormErrors, validate, type FieldErrors } from '../../../lib/form-errors.ts'
import { currentLanguage } from '../../../lib/i18n.ts'
import { today } from '../../../lib/today.ts'
import { FormAlert, FormField, SubmitButton } from '../../../components/form.tsx'
import { useConsentCheck } from '../api/check-consent.ts'
import type { ConsentCheckParams } from '../api/list-consents.ts'
import { fullName, ruleExplanation } from './consent-rule.ts'
import { byField, CategoryFields, Suggestions, useMemberLabel, usedBefore } from './fields.tsx'

const fieldIds = {
  personId: 'consent-check-subject',
  recipient: 'consent-check-recipient',
  purpose: 'consent-check-purpose',
  categories: 'consent-check-categories',
}

type Form = { personId: string; recipient: string; purpose: string; categories: DataCategory[] }

/**
 * "Wiens toestemming ontbreekt nog?": before sharing something about a member with a recipient for a purpose, each
 * consent that is needed today, and whether it is there. The server answers, by the same rule it applies when a
 * share is recorded; a consent recorded or withdrawn meanwhile refreshes the answer.
 */
export function ConsentCheckForm({
  household,
  consents,
}: {
  household: HouseholdDetail
  consents: Consent[]
}) {
  const { t } = useTranslation()
  const errors = useFormErrors()
  const memberLabel = useMemberLabel()
  const [form, setForm] = useState<Form>({ personId: '', recipient: '', purpose: '', categories: [] })
  const [params, setParams] = useState<ConsentCheckParams | null>(null)
  const check = useConsentCheck(household.id, params)
  const set = <K extends keyof Form>(key: K, value: Form[K]) =>
    setForm((previous) => ({ ...previous, [key]: value }))
  const fieldErrors = byField(errors.fieldErrors)

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    if (check.isFetching) return
    const checked = validate(ConsentCheckQuery, {
      personId: form.personId,
      recipient: form.recipient,
      purpose: form.purpose,
      categories: form.categories.join(','),
    })
    const problems: FieldErrors = checked.ok ? {} : byField(checked.fieldErrors)
    if (!form.personId) problems.personId = t('errors.chooseOption')
    if (!checked.ok || Object.keys(problems).length > 0) {
      const ordered: FieldErrors = {}
      for (const field of Object.keys(fieldIds)) if (problems[field]) ordered[field] = problems[field]
      return errors.showFieldErrors(ordered)
    }
    errors.clear()
    const next: ConsentCheckParams = {
      personId: checked.data.personId,
      recipient: checked.data.recipient,
      purpose: checked.data.purpose,
      categories: checked.data.categories.join(','),
    }
    // The same question again: ask again (something may have changed elsewhere), rather than show the old answer.
    if (params && JSON.stringify(params) === JSON.stringify(next)) void check.refetch()
    else setParams(next)
  }

  return (
    <form onSubmit={onSubmit} noValidate className="naast-form naast-card naast-readable">
      <Paragraph>{t('consents.checkIntro')}</Paragraph>
      <FormAlert
        {...errors}
        fieldErrors={fieldErrors}
        fieldIds={fieldIds}
        fieldLabels={{
          personId: t('consents.checkSubject'),
          recipient: t('consents.checkRecipient'),
          purpose: t('consents.checkPurpose'),
          categories: t('consents.checkCategories'),
        }}
        headingLevel={3}
      />
      <FormField id={fieldIds.personId} label={t('consents.checkSubject')} error={fieldErrors.personId}>
        {(control) => (
          <Select {...control} value={form.personId} onChange={(e) => set('personId', e.target.value)}>
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
        id={fieldIds.recipient}
        label={t('consents.checkRecipient')}
        description={t('consents.checkRecipientHint')}
        error={fieldErrors.recipient}
      >
        {(control) => (
          <TextInput
            {...control}
            list="consent-check-recipients"
            autoComplete="off"
            value={form.recipient}
            onChange={(e) => set('recipient', e.target.value)}
          />
        )}
      </FormField>
      <Suggestions id="consent-check-recipients" values={usedBefore(consents, (c) => c.recipient)} />
      <FormField
        id={fieldIds.purpose}
        label={t('consents.checkPurpose')}
        description={t('consents.checkPurposeHint')}
        error={fieldErrors.purpose}
      >
        {(control) => (
          <TextInput
            {...control}
            list="consent-check-purposes"
            autoComplete="off"
            value={form.purpose}
            onChange={(e) => set('purpose', e.target.value)}
          />
        )}
      </FormField>
      <Suggestions id="consent-check-purposes" values={usedBefore(consents, (c) => c.purpose)} />
      <CategoryFields
        id={fieldIds.categories}
        legend={t('consents.checkCategories')}
        value={form.categories}
        onChange={(categories) => set('categories', categories)}
        error={fieldErrors.categories}
      />
      <SubmitButton busy={check.isFetching} label={t('consents.check')} busyLabel={t('consents.checking')} />
      {/* Always there, so what appears in it is announced. */}
      <div role="status" className="naast-consent-check">
        {params && check.isError && !check.isFetching && (
          <Paragraph className="naast-error-text">{errorText(check.error, t)}</Paragraph>
        )}
        {params && check.data && (
          <CheckResult
            check={check.data}
            member={household.members.find((m) => m.id === params.personId)}
            recipient={params.recipient}
          />
        )}
      </div>
    </form>
  )
}

function CheckResult({
  check,
  member,
  recipient,
}: {
  check: ConsentCheck
  member: Member | undefined
  recipient: string
}) {
  const { t } = useTranslation()
  const language = currentLanguage()
  const name = member ? fullName(member) : (check.needed.find((n) => n.kind === 'self')?.who ?? '')

  function label(needed: ConsentCheck['needed'][number]): string {
    if (needed.kind === 'authorityUnknown') return t('consents.neededUnknownHolder')
    if (needed.kind === 'authorityHolder') return t('consents.neededHolder', { name: needed.who })
    if (check.rule === 'adult' && member?.representative)
      return t('consents.neededSelfOrRepresentative', {
        name: needed.who,
        representative: member.representative.name,
      })
    return t('consents.neededSelf', { name: needed.who })
  }

  return (
    <div className="naast-stack naast-consent-check__result">
      <Paragraph>
        <strong>
          {check.complete
            ? t('consents.complete', { name, recipient })
            : t('consents.incomplete', { name, recipient })}
        </strong>
      </Paragraph>
      {/* Without anyone recorded with authority, the item below says what to do; the rule would say it twice. */}
      {member && check.needed.every((n) => n.kind !== 'authorityUnknown') && (
        <Paragraph size="small">{ruleExplanation(member, today(), today(), t, language)}</Paragraph>
      )}
      <ul className="naast-consent-needed">
        {check.needed.map((needed, index) => {
          const given = needed.consentId !== null
          return (
            <li
              key={`${needed.kind}-${needed.who}-${index}`}
              className={`naast-consent-needed__item naast-consent-needed__item--${given ? 'given' : 'missing'}`}
            >
              <span className="naast-consent-needed__mark" aria-hidden="true">
                {given ? '✓' : '✗'}
              </span>
              <span>
                <span className="naast-line">
                  {label(needed)}: <strong>{given ? t('consents.given') : t('consents.missing')}</strong>
                </span>
                {needed.kind === 'authorityUnknown' && (
                  <span className="naast-line">{t('consents.authorityUnknown')}</span>
                )}
              </span>
            </li>
          )
        })}
      </ul>
    </div>
  )
}
