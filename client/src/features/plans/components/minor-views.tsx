import { useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { Heading, Paragraph, Radio, TextArea } from '@amsterdam/design-system-react'
import type { HouseholdDetail } from '#shared/contracts/households'
import { MinorPlanViewInput, type MinorPlanView } from '#shared/contracts/plans'
import { formatDate } from '#shared/domain/dates'
import { currentLanguage } from '../../../lib/i18n.ts'
import { ageOfOwnPrivacy } from '#shared/domain/plan-visibility'
import { useFormErrors, validate } from '../../../lib/form-errors.ts'
import { FormAlert, FormField, FormFieldSet, StatusMessage, SubmitButton } from '../../../components/form.tsx'
import { useRecordMinorView } from '../api/record-minor-view.ts'

type Member = HouseholdDetail['members'][number]

/**
 * A member under 16 sees only their own goals and actions in their overview, unless those with parental
 * authority agreed to the whole plan. The worker records that choice here, with who agreed.
 */
export function MinorViews({ household, views }: { household: HouseholdDetail; views: MinorPlanView[] }) {
  const { t } = useTranslation()
  const minors = household.members.filter((m) => m.age !== null && m.age < ageOfOwnPrivacy)
  if (minors.length === 0) return null
  return (
    <section className="naast-stack naast-no-print" aria-labelledby="plan-minors">
      <Heading level={2} id="plan-minors">
        {t('plan.minorTitle')}
      </Heading>
      <Paragraph className="naast-readable">{t('plan.minorIntro')}</Paragraph>
      <div className="naast-columns">
        {minors.map((member) => (
          <MinorViewForm
            key={member.id}
            householdId={household.id}
            member={member}
            recorded={views.find((v) => v.personId === member.id)}
          />
        ))}
      </div>
    </section>
  )
}

function MinorViewForm({
  householdId,
  member,
  recorded,
}: {
  householdId: number
  member: Member
  recorded: MinorPlanView | undefined
}) {
  const { t } = useTranslation()
  const record = useRecordMinorView(householdId, member.id)
  const errors = useFormErrors()
  const language = currentLanguage()
  const [choice, setChoice] = useState<'own' | 'whole' | ''>(
    recorded ? (recorded.seesWholePlan ? 'whole' : 'own') : '',
  )
  const [agreedBy, setAgreedBy] = useState(recorded?.agreedBy ?? '')
  const [saved, setSaved] = useState<'own' | 'whole' | null>(null)
  const prefix = `plan-minor-${member.id}`
  const titleId = `${prefix}-title`
  const name = member.givenName
  const authority = member.authorityHolders.map((h) => h.name)

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    if (record.isPending) return
    setSaved(null)
    const checked = validate(MinorPlanViewInput, {
      seesWholePlan: choice === '' ? undefined : choice === 'whole',
      agreedBy,
    })
    if (!checked.ok) {
      // A choice between two radios not made yet: "choose one", not "fill this in".
      const fieldErrors = { ...checked.fieldErrors }
      if (fieldErrors.seesWholePlan) fieldErrors.seesWholePlan = t('errors.chooseOption')
      return errors.showFieldErrors(fieldErrors)
    }
    errors.clear()
    record.mutate(checked.data, {
      onSuccess: (result) => setSaved(result.seesWholePlan ? 'whole' : 'own'),
      onError: errors.showError,
    })
  }

  return (
    <form onSubmit={onSubmit} noValidate className="naast-card naast-form" aria-labelledby={titleId}>
      <Heading level={3} id={titleId}>
        {t('plan.minorMemberTitle', { name })}
      </Heading>
      <FormAlert
        {...errors}
        fieldIds={{ seesWholePlan: `${prefix}-choice`, agreedBy: `${prefix}-agreed-by` }}
        headingLevel={4}
        formErrorTitle={t('plan.minorFailed')}
      />
      <Paragraph size="small">
        {recorded
          ? t(recorded.seesWholePlan ? 'plan.minorNowWhole' : 'plan.minorNowOwn', {
              name,
              date: formatDate(recorded.recordedAt.slice(0, 10), language),
            })
          : t('plan.minorNotRecorded', { name })}
      </Paragraph>
      {saved && (
        <StatusMessage
          heading={
            saved === 'whole' ? t('plan.minorSavedWhole', { name }) : t('plan.minorSavedOwn', { name })
          }
          headingLevel={4}
        />
      )}
      <FormFieldSet
        id={`${prefix}-choice`}
        kind="radio"
        legend={t('plan.minorChoice', { name })}
        error={errors.fieldErrors.seesWholePlan}
      >
        {(group) => (
          <>
            <Radio
              name={`${prefix}-choice`}
              value="own"
              invalid={group.invalid}
              checked={choice === 'own'}
              onChange={() => setChoice('own')}
            >
              {t('plan.minorOwnOnly')}
            </Radio>
            <Radio
              name={`${prefix}-choice`}
              value="whole"
              invalid={group.invalid}
              checked={choice === 'whole'}
              onChange={() => setChoice('whole')}
            >
              {t('plan.minorWhole')}
            </Radio>
          </>
        )}
      </FormFieldSet>
      <FormField
        id={`${prefix}-agreed-by`}
        label={t('plan.minorAgreedBy')}
        description={[
          authority.length > 0 ? t('plan.minorAuthority', { names: authority.join(', ') }) : '',
          t('plan.minorAgreedByHint'),
        ]
          .filter(Boolean)
          .join(' ')}
        error={errors.fieldErrors.agreedBy}
      >
        {(control) => (
          <TextArea
            {...control}
            rows={2}
            value={agreedBy}
            onChange={(event) => setAgreedBy(event.target.value)}
          />
        )}
      </FormField>
      <SubmitButton
        busy={record.isPending}
        label={t('plan.minorSave', { name })}
        busyLabel={t('plan.saving')}
        variant="secondary"
      />
    </form>
  )
}
