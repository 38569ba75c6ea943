import { useTranslation } from 'react-i18next'
import { Checkbox, TextInput } from '@amsterdam/design-system-react'
import { FormField } from './form.tsx'

export type ContactValues = {
  bsn: string
  phone: string
  email: string
  preferredLanguage: string
  interpreterNeeded: boolean
}
type Key = keyof ContactValues

/**
 * The optional details of a person — BSN, phone, e-mail, language, interpreter — as asked at registration and when
 * someone joins a household later: one set of fields, so both forms ask the same thing the same way.
 */
export function ContactFields({
  values,
  onChange,
  idOf,
  errorOf,
}: {
  values: ContactValues
  onChange: (key: Key, value: string | boolean) => void
  idOf: (key: Key) => string
  errorOf: (key: Key) => string | undefined
}) {
  const { t } = useTranslation()
  const text = (key: Exclude<Key, 'interpreterNeeded'>, props: Record<string, unknown> = {}) => (
    <FormField
      id={idOf(key)}
      label={t(`people.${key}`)}
      description={key === 'bsn' ? t('people.bsnHint') : undefined}
      error={errorOf(key)}
      requirement="optional"
    >
      {(control) => (
        <TextInput
          {...control}
          {...props}
          autoComplete="off"
          value={values[key]}
          onChange={(e) => onChange(key, e.target.value)}
        />
      )}
    </FormField>
  )
  return (
    <>
      {text('bsn', { inputMode: 'numeric', size: 11 })}
      <div className="naast-field-row">
        {text('phone', { type: 'tel' })}
        {text('email', { type: 'email' })}
      </div>
      {text('preferredLanguage')}
      <Checkbox
        id={idOf('interpreterNeeded')}
        checked={values.interpreterNeeded}
        onChange={(e) => onChange('interpreterNeeded', e.target.checked)}
      >
        {t('people.interpreterNeeded')}
      </Checkbox>
    </>
  )
}
