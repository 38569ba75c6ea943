import { useTranslation } from 'react-i18next'
import { Checkbox } from '@amsterdam/design-system-react'
import { DataCategory, type Consent } from '#shared/contracts/consents'
import type { Member } from '#shared/contracts/households'
import type { FieldErrors } from '../../../lib/form-errors.ts'
import { FormFieldSet } from '../../../components/form.tsx'
import { fullName } from './consent-rule.ts'

/** "Daan Jansen (11 jaar)": a member as an option in a select. */
export function useMemberLabel() {
  const { t } = useTranslation()
  return (member: Member) =>
    member.age === null
      ? t('consents.memberNoAge', { name: fullName(member) })
      : t('consents.memberOption', {
          name: fullName(member),
          age: t('household.ageYears', { count: member.age }),
        })
}

/** Recipients and purposes already used, each once: a datalist offers them, so the same words are used again. */
export function usedBefore(consents: Consent[], pick: (consent: Consent) => string): string[] {
  const seen = new Map<string, string>()
  for (const consent of consents) {
    const value = pick(consent).trim()
    if (value && !seen.has(value.toLowerCase())) seen.set(value.toLowerCase(), value)
  }
  return [...seen.values()].sort((a, b) => a.localeCompare(b))
}

export function Suggestions({ id, values }: { id: string; values: string[] }) {
  return (
    <datalist id={id}>
      {values.map((value) => (
        <option key={value} value={value} />
      ))}
    </datalist>
  )
}

/** A server error on "giver.personId" or "categories.0" belongs to the field "giver" or "categories". */
export function byField(fieldErrors: FieldErrors): FieldErrors {
  const result: FieldErrors = {}
  for (const [key, message] of Object.entries(fieldErrors)) result[key.split('.')[0]!] ??= message
  return result
}

/** "Welke gegevens": the data categories as checkboxes, at least one. */
export function CategoryFields({
  id,
  legend,
  value,
  onChange,
  error,
}: {
  id: string
  legend: string
  value: DataCategory[]
  onChange: (value: DataCategory[]) => void
  error?: string
}) {
  const { t } = useTranslation()
  return (
    <FormFieldSet
      id={id}
      kind="checkbox"
      legend={legend}
      description={t('consents.categoriesHint')}
      error={error}
    >
      {(group) =>
        DataCategory.options.map((category) => (
          <Checkbox
            key={category}
            id={`${id}-${category}`}
            invalid={group.invalid}
            checked={value.includes(category)}
            onChange={(event) =>
              onChange(
                event.target.checked
                  ? DataCategory.options.filter((c) => c === category || value.includes(c))
                  : value.filter((c) => c !== category),
              )
            }
          >
            {t(`consents.categoryNames.${category}`)}
          </Checkbox>
        ))
      }
    </FormFieldSet>
  )
}
