import { useTranslation } from 'react-i18next'
import {
  Button,
  DateInput,
  ErrorMessage,
  Heading,
  Paragraph,
  TextInput,
} from '@amsterdam/design-system-react'
import type { PossibleDuplicate } from '#shared/contracts/requests'
import { FormField } from '../../../components/form.tsx'
import { ErrorState } from '../../../components/query-states.tsx'
import type { LookupFields } from './register-form.ts'
import { DuplicateList } from './duplicate-list.tsx'

type HouseholdLookupProps = {
  lookup: LookupFields
  onLookupChange: (lookup: LookupFields) => void
  /** Whether the fields hold enough to search (postcode + number, or name + birthdate). */
  complete: boolean
  results: PossibleDuplicate[]
  searching: boolean
  error: unknown
  chosen: PossibleDuplicate | null
  onChoose: (household: PossibleDuplicate | null) => void
  fieldError?: string
}

/**
 * Finds a household the team already knows, by address or by one of its members, with the same look-up that
 * suggests duplicates. The worker picks one; nothing is linked by a guess.
 */
export function HouseholdLookup({
  lookup,
  onLookupChange,
  complete,
  results,
  searching,
  error,
  chosen,
  onChoose,
  fieldError,
}: HouseholdLookupProps) {
  const { t } = useTranslation()
  const set = (key: keyof LookupFields, value: string) => onLookupChange({ ...lookup, [key]: value })

  if (chosen) {
    return (
      <div id="intake-lookup" tabIndex={-1} className="naast-card naast-card--chosen naast-focus-target">
        <Heading level={3}>{t('intake.chosenHousehold')}</Heading>
        <Paragraph>
          <strong>{chosen.name}</strong>
          <br />
          {chosen.addressLine}
        </Paragraph>
        <div>
          <Button
            variant="secondary"
            onClick={() => {
              onChoose(null)
              // The search fields come back; continue there.
              requestAnimationFrame(() => document.getElementById('intake-lookup-postcode')?.focus())
            }}
          >
            {t('intake.chooseOther')}
          </Button>
        </div>
      </div>
    )
  }

  return (
    <div id="intake-lookup" className="naast-stack naast-subform">
      <Heading level={3}>{t('intake.lookupTitle')}</Heading>
      <Paragraph id="intake-lookup-hint">{t('intake.lookupHint')}</Paragraph>
      {fieldError && (
        <ErrorMessage id="intake-lookup-error" prefix={t('forms.errorPrefix')}>
          {fieldError}
        </ErrorMessage>
      )}
      <div className="naast-field-row">
        <FormField id="intake-lookup-postcode" label={t('intake.postcode')} requirement="none">
          {(control) => (
            <TextInput
              {...control}
              autoComplete="off"
              size={8}
              value={lookup.postcode}
              onChange={(e) => set('postcode', e.target.value)}
            />
          )}
        </FormField>
        <FormField id="intake-lookup-houseNumber" label={t('intake.houseNumber')} requirement="none">
          {(control) => (
            <TextInput
              {...control}
              inputMode="numeric"
              autoComplete="off"
              size={6}
              value={lookup.houseNumber}
              onChange={(e) => set('houseNumber', e.target.value)}
            />
          )}
        </FormField>
      </div>
      <Paragraph size="small">{t('intake.lookupOr')}</Paragraph>
      <div className="naast-field-row">
        <FormField id="intake-lookup-givenName" label={t('intake.givenName')} requirement="none">
          {(control) => (
            <TextInput
              {...control}
              autoComplete="off"
              value={lookup.givenName}
              onChange={(e) => set('givenName', e.target.value)}
            />
          )}
        </FormField>
        <FormField id="intake-lookup-familyName" label={t('intake.familyName')} requirement="none">
          {(control) => (
            <TextInput
              {...control}
              autoComplete="off"
              value={lookup.familyName}
              onChange={(e) => set('familyName', e.target.value)}
            />
          )}
        </FormField>
        <FormField id="intake-lookup-birthdate" label={t('intake.birthdate')} requirement="none">
          {(control) => (
            <DateInput
              {...control}
              value={lookup.birthdate}
              onChange={(e) => set('birthdate', e.target.value)}
            />
          )}
        </FormField>
      </div>
      <div role="status" className="naast-lookup-status">
        {!complete ? null : searching ? (
          <Paragraph>{t('intake.searching')}</Paragraph>
        ) : results.length === 0 && !error ? (
          <Paragraph>{t('intake.lookupNone')}</Paragraph>
        ) : results.length > 0 ? (
          <Paragraph>{t('intake.lookupFound', { count: results.length })}</Paragraph>
        ) : null}
      </div>
      {Boolean(error) && <ErrorState error={error} headingLevel={3} />}
      {results.length > 0 && (
        <DuplicateList
          duplicates={results}
          actionLabel={t('intake.chooseThis')}
          onChoose={(household) => {
            onChoose(household)
            // The list gives way to the chosen household; focus follows, so the keyboard user is not lost.
            requestAnimationFrame(() => document.getElementById('intake-lookup')?.focus())
          }}
        />
      )}
    </div>
  )
}
