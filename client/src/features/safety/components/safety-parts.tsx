import type { ComponentType, SVGProps } from 'react'
import { useTranslation } from 'react-i18next'
import { Checkbox, Radio } from '@amsterdam/design-system-react'
import type { SafetyAssessment, Signal } from '#shared/contracts/safety'
import { formatDate } from '#shared/domain/dates'
import { translate } from '../../../lib/translate.ts'
import type { FieldErrors } from '../../../lib/form-errors.ts'
import { currentLanguage } from '../../../lib/i18n.ts'
import { FormFieldSet } from '../../../components/form.tsx'

/**
 * Errors from the schema or the server, by the form's own fields: "personIds.0" belongs to "personIds", and
 * "report.on" to itself when the form has such a field. In the order of the form, so the summary reads top down.
 */
export function errorsByField(fieldErrors: FieldErrors, fieldIds: Record<string, string>): FieldErrors {
  const fields = Object.keys(fieldIds)
  const byField: FieldErrors = {}
  for (const [key, message] of Object.entries(fieldErrors)) {
    const field =
      fields.filter((f) => key === f || key.startsWith(`${f}.`)).sort((a, b) => b.length - a.length)[0] ?? key
    byField[field] ??= message
  }
  const ordered: FieldErrors = {}
  for (const field of fields) if (byField[field]) ordered[field] = byField[field]
  for (const [field, message] of Object.entries(byField)) ordered[field] ??= message
  return ordered
}

/** The text of an i18n key of another section (errors.*), in the language on screen. */
export function sharedText(key: string) {
  return translate(currentLanguage(), key)
}

/** "Daan Jansen (11 jaar)". */
export function useMemberLabel() {
  const { t } = useTranslation()
  return (name: string, age: number | null) =>
    age === null ? name : t('safetyPage.memberOption', { name, age: t('household.ageYears', { count: age }) })
}

/** "3 november 2026: Blauwe plek op de arm van Noor, verklaring …": a signal as a choice in a list. */
export function useSignalLabel() {
  const { t } = useTranslation()
  const language = currentLanguage()
  return (signal: Signal) =>
    t('safetyPage.meldcode.signalOption', {
      date: formatDate(signal.observedOn, language),
      observation: shorten(signal.observation, 90),
    })
}

function shorten(text: string, max: number) {
  const oneLine = text.replace(/\s+/g, ' ').trim()
  return oneLine.length <= max ? oneLine : `${oneLine.slice(0, max - 1).trimEnd()}…`
}

/** Open signals first, then the newest observation first. */
export function sortSignals(signals: Signal[]): Signal[] {
  return [...signals].sort(
    (a, b) =>
      Number(a.followUp !== null) - Number(b.followUp !== null) ||
      b.observedOn.localeCompare(a.observedOn) ||
      b.id - a.id,
  )
}

/** The signals a meldcode trajectory maps (step 1): a checkbox for each that may be chosen. */
export function SignalsFieldSet({
  id,
  legend,
  description,
  error,
  signals,
  value,
  onChange,
}: {
  id: string
  legend: string
  description: string
  error?: string
  signals: Signal[]
  value: number[]
  onChange: (signalIds: number[]) => void
}) {
  const signalLabel = useSignalLabel()
  return (
    <FormFieldSet id={id} kind="checkbox" legend={legend} description={description} error={error}>
      {(group) =>
        signals.map((signal) => (
          <Checkbox
            key={signal.id}
            id={`${id}-${signal.id}`}
            invalid={group.invalid}
            checked={value.includes(signal.id)}
            onChange={(event) =>
              onChange(
                event.target.checked ? [...value, signal.id] : value.filter((other) => other !== signal.id),
              )
            }
          >
            {signalLabel(signal)}
          </Checkbox>
        ))
      }
    </FormFieldSet>
  )
}

const assessmentIcons: Record<SafetyAssessment, ComponentType<SVGProps<SVGSVGElement>>> = {
  safe: CheckIcon,
  concerns: AttentionIcon,
  unsafe: CrossIcon,
}

/** "Veilig", "Zorgen", "Onveilig": always an icon and the word; the colour only repeats them. */
export function AssessmentLabel({ assessment }: { assessment: SafetyAssessment }) {
  const { t } = useTranslation()
  const Icon = assessmentIcons[assessment]
  return (
    <span className={`naast-assessment naast-assessment--${assessment}`}>
      <Icon className="naast-assessment__icon" />
      {t(`safetyPage.assessments.${assessment}`)}
    </span>
  )
}

/** "Gedaan" with a check, "Nog niet gedaan" with an open circle. */
export function StepMark({ done }: { done: boolean }) {
  const { t } = useTranslation()
  return (
    <span className={`naast-step-mark naast-step-mark--${done ? 'done' : 'open'}`}>
      {done ? (
        <CheckIcon className="naast-step-mark__icon" />
      ) : (
        <CircleIcon className="naast-step-mark__icon" />
      )}
      {done ? t('safetyPage.meldcode.done') : t('safetyPage.meldcode.notDone')}
    </span>
  )
}

/** Two radios, "Ja" and "Nee", for a group that FormFieldSet labels. */
export function YesNoRadios({
  name,
  value,
  invalid,
  onChange,
  describedBy,
}: {
  name: string
  value: '' | 'yes' | 'no'
  invalid: boolean
  onChange: (value: 'yes' | 'no') => void
  describedBy?: string
}) {
  const { t } = useTranslation()
  return (['yes', 'no'] as const).map((answer) => (
    <Radio
      key={answer}
      id={`${name}-${answer}`}
      name={name}
      value={answer}
      invalid={invalid}
      checked={value === answer}
      aria-describedby={describedBy}
      onChange={() => onChange(answer)}
    >
      {t(`safetyPage.${answer}`)}
    </Radio>
  ))
}

function CheckIcon(props: SVGProps<SVGSVGElement>) {
  return (
    <svg viewBox="0 0 32 32" fill="currentColor" aria-hidden="true" focusable="false" {...props}>
      <path d="M16 1a15 15 0 1 0 0 30 15 15 0 0 0 0-30m-2.2 22.2-7.1-7.1 2.3-2.3 4.8 4.8 9.2-9.2 2.3 2.3z" />
    </svg>
  )
}

function AttentionIcon(props: SVGProps<SVGSVGElement>) {
  return (
    <svg viewBox="0 0 32 32" fill="currentColor" aria-hidden="true" focusable="false" {...props}>
      <path d="M16 1a15 15 0 1 0 0 30 15 15 0 0 0 0-30m1.6 23h-3.2v-3.2h3.2zm0-6h-3.2V8h3.2z" />
    </svg>
  )
}

function CrossIcon(props: SVGProps<SVGSVGElement>) {
  return (
    <svg viewBox="0 0 32 32" fill="currentColor" aria-hidden="true" focusable="false" {...props}>
      <path d="M16 1a15 15 0 1 0 0 30 15 15 0 0 0 0-30m6.4 19.1-2.3 2.3-4.1-4.1-4.1 4.1-2.3-2.3 4.1-4.1-4.1-4.1 2.3-2.3 4.1 4.1 4.1-4.1 2.3 2.3-4.1 4.1z" />
    </svg>
  )
}

function CircleIcon(props: SVGProps<SVGSVGElement>) {
  return (
    <svg viewBox="0 0 32 32" fill="currentColor" aria-hidden="true" focusable="false" {...props}>
      <path d="M16 1a15 15 0 1 0 0 30 15 15 0 0 0 0-30m0 3.2a11.8 11.8 0 1 1 0 23.6 11.8 11.8 0 0 1 0-23.6" />
    </svg>
  )
}
