import { useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { DateInput, Heading, Paragraph } from '@amsterdam/design-system-react'
import type { Member } from '#shared/contracts/households'
import { useFormErrors } from '../../../lib/form-errors.ts'
import { today } from '../../../lib/today.ts'
import { FormAlert, FormField, SubmitButton } from '../../../components/form.tsx'
import { useLeaveHousehold } from '../api/leave-household.ts'

/** Someone no longer lives in the household: they move to the former members, their history stays. */
export function LeaveHouseholdForm({
  householdId,
  member,
  onLeft,
}: {
  householdId: number
  member: Member
  onLeft: (name: string) => void
}) {
  const { t } = useTranslation()
  const leave = useLeaveHousehold(householdId, member.id)
  const errors = useFormErrors()
  const [leftOn, setLeftOn] = useState(today())
  const fieldId = `member-${member.id}-left-on`

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    if (leave.isPending) return
    if (!leftOn) return errors.showFieldErrors({ leftOn: t('errors.required') })
    errors.clear()
    // This form is gone once the member has left: the promise, not mutate's callbacks, carries the outcome.
    leave.mutateAsync(leftOn).then(() => onLeft(`${member.givenName} ${member.familyName}`), errors.showError)
  }

  return (
    <form
      onSubmit={onSubmit}
      noValidate
      className="naast-form naast-card"
      aria-labelledby={`member-${member.id}-leave-title`}
    >
      <Heading level={3} id={`member-${member.id}-leave-title`}>
        {t('people.leaveTitle', { name: member.givenName })}
      </Heading>
      <Paragraph size="small">{t('people.leaveHint', { name: member.givenName })}</Paragraph>
      <FormAlert {...errors} fieldIds={{ leftOn: fieldId }} headingLevel={4} />
      <FormField id={fieldId} label={t('people.leftOn')} error={errors.fieldErrors.leftOn}>
        {(control) => (
          <DateInput {...control} max={today()} value={leftOn} onChange={(e) => setLeftOn(e.target.value)} />
        )}
      </FormField>
      <SubmitButton
        busy={leave.isPending}
        label={t('people.leave')}
        busyLabel={t('people.leaving')}
        variant="secondary"
      />
    </form>
  )
}
