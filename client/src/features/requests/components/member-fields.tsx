import { useTranslation } from 'react-i18next'
import { Button, Checkbox, DateInput, Paragraph, Select, TextInput } from '@amsterdam/design-system-react'
import { MemberRelation } from '#shared/contracts/households'
import { FormField, FormFieldSet } from '../../../components/form.tsx'
import { ContactFields } from '../../../components/contact-fields.tsx'
import { ageOf, isAdult, isMinor, type MemberDraft } from './register-form.ts'

type MemberFieldsProps = {
  index: number
  member: MemberDraft
  members: MemberDraft[]
  today: string
  /** The error of a field of this member, by its name ("birthdate", "authorityHolders"). */
  errorOf: (field: string) => string | undefined
  onChange: (member: MemberDraft) => void
  onRemove?: () => void
}

/**
 * One person of a new household. Name and role are asked; everything else is optional and folded away. For a
 * minor, who holds parental authority (gezag) is chosen among the adults entered, or named from outside.
 */
export function MemberFields({
  index,
  member,
  members,
  today,
  errorOf,
  onChange,
  onRemove,
}: MemberFieldsProps) {
  const { t } = useTranslation()
  const id = (field: string) => `intake-member-${index}-${field}`
  const set = <K extends keyof MemberDraft>(key: K, value: MemberDraft[K]) =>
    onChange({ ...member, [key]: value })
  const number = index + 1
  const label = member.givenName.trim() || t('intake.personNumber', { number })
  const age = ageOf(member.birthdate, today)
  const adults = members.filter((other) => other.key !== member.key && isAdult(other, today))
  const detailErrors = ['bsn', 'phone', 'email', 'preferredLanguage'].some((field) => errorOf(field))

  return (
    <FormFieldSet
      id={id('fieldset')}
      kind="group"
      requirement="none"
      legend={t('intake.personLegend', { number })}
      className="naast-person"
    >
      {() => (
        <div className="naast-form">
          <div className="naast-field-row">
            <FormField id={id('givenName')} label={t('intake.givenName')} error={errorOf('givenName')}>
              {(control) => (
                <TextInput
                  {...control}
                  autoComplete="off"
                  value={member.givenName}
                  onChange={(e) => set('givenName', e.target.value)}
                />
              )}
            </FormField>
            <FormField id={id('familyName')} label={t('intake.familyName')} error={errorOf('familyName')}>
              {(control) => (
                <TextInput
                  {...control}
                  autoComplete="off"
                  value={member.familyName}
                  onChange={(e) => set('familyName', e.target.value)}
                />
              )}
            </FormField>
          </div>
          <div className="naast-field-row">
            <FormField
              id={id('birthdate')}
              label={t('intake.birthdate')}
              description={age === null ? undefined : t('household.ageYears', { count: age })}
              error={errorOf('birthdate')}
              requirement="optional"
            >
              {(control) => (
                <DateInput
                  {...control}
                  max={today}
                  value={member.birthdate}
                  onChange={(e) => set('birthdate', e.target.value)}
                />
              )}
            </FormField>
            <FormField id={id('relation')} label={t('intake.relation')} error={errorOf('relation')}>
              {(control) => (
                <Select
                  {...control}
                  value={member.relation}
                  onChange={(e) => set('relation', e.target.value as MemberDraft['relation'])}
                >
                  <Select.Option value="">{t('intake.chooseRelation')}</Select.Option>
                  {MemberRelation.options.map((relation) => (
                    <Select.Option key={relation} value={relation}>
                      {t(`relations.${relation}`)}
                    </Select.Option>
                  ))}
                </Select>
              )}
            </FormField>
          </div>

          {isMinor(member, today) && (
            <FormFieldSet
              id={id('authority')}
              kind="checkbox"
              requirement="optional"
              inFieldSet
              legend={t('intake.authorityLegend', { name: label })}
              description={t('intake.authorityHint')}
              error={errorOf('authorityHolders')}
            >
              {(group) => (
                <>
                  {adults.length === 0 ? (
                    <Paragraph size="small">{t('intake.authorityNoAdults')}</Paragraph>
                  ) : (
                    adults.map((adult) => (
                      <Checkbox
                        key={adult.key}
                        invalid={group.invalid}
                        checked={member.authorityKeys.includes(adult.key)}
                        onChange={(e) =>
                          set(
                            'authorityKeys',
                            e.target.checked
                              ? [...member.authorityKeys, adult.key]
                              : member.authorityKeys.filter((key) => key !== adult.key),
                          )
                        }
                      >
                        {`${adult.givenName} ${adult.familyName}`.trim()}
                      </Checkbox>
                    ))
                  )}
                  <Checkbox
                    id={id('externalAuthority')}
                    invalid={group.invalid}
                    checked={member.externalAuthority}
                    onChange={(e) => set('externalAuthority', e.target.checked)}
                  >
                    {t('intake.externalAuthority')}
                  </Checkbox>
                  {member.externalAuthority && (
                    <div className="naast-field-row naast-subform">
                      <FormField
                        id={id('externalAuthorityName')}
                        label={t('intake.externalAuthorityName')}
                        error={errorOf('externalAuthorityName')}
                      >
                        {(control) => (
                          <TextInput
                            {...control}
                            autoComplete="off"
                            value={member.externalAuthorityName}
                            onChange={(e) => set('externalAuthorityName', e.target.value)}
                          />
                        )}
                      </FormField>
                      <FormField
                        id={id('externalAuthorityContact')}
                        label={t('intake.externalAuthorityContact')}
                        requirement="optional"
                      >
                        {(control) => (
                          <TextInput
                            {...control}
                            autoComplete="off"
                            value={member.externalAuthorityContact}
                            onChange={(e) => set('externalAuthorityContact', e.target.value)}
                          />
                        )}
                      </FormField>
                    </div>
                  )}
                </>
              )}
            </FormFieldSet>
          )}

          <details
            className="naast-details"
            open={member.detailsOpen || detailErrors}
            onToggle={(e) => {
              const open = e.currentTarget.open
              if (open !== member.detailsOpen) set('detailsOpen', open)
            }}
          >
            <summary>{t('intake.moreDetails', { name: label })}</summary>
            <div className="naast-form naast-details__body">
              <ContactFields
                values={member}
                onChange={(key, value) => set(key, value as MemberDraft[typeof key])}
                idOf={id}
                errorOf={errorOf}
              />
            </div>
          </details>

          {onRemove && (
            <div>
              <Button variant="tertiary" onClick={onRemove}>
                {t('intake.removePerson', { name: label })}
              </Button>
            </div>
          )}
        </div>
      )}
    </FormFieldSet>
  )
}
