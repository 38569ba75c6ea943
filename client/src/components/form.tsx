import { useEffect, useRef, type MouseEvent, type ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import {
  Alert,
  Button,
  DateInput,
  ErrorMessage,
  Field,
  FieldSet,
  InvalidFormAlert,
  Label,
  Paragraph,
  Radio,
  TextArea,
  TextInput,
} from '@amsterdam/design-system-react'
import type { FieldErrors } from '../lib/form-errors.ts'

export type ControlProps = {
  id: string
  invalid: boolean
  'aria-describedby'?: string
  'aria-required'?: true
}

type FormFieldProps = {
  id: string
  label: string
  error?: string
  /** A longer explanation shown under the label and read with the field. */
  description?: string
  /** "optional" adds "(niet verplicht)" to the label; "none" is for fields that are not part of a form to fill in. */
  requirement?: 'required' | 'optional' | 'none'
  children: (control: ControlProps) => ReactNode
}

/**
 * A labelled form field with its description and error next to it. The control gets its id, invalid state and
 * aria-describedby from here, so no field can end up without a label or with an unannounced error.
 */
export function FormField({
  id,
  label,
  error,
  description,
  requirement = 'required',
  children,
}: FormFieldProps) {
  const { t } = useTranslation()
  const descriptionId = description ? `${id}-description` : undefined
  const errorId = error ? `${id}-error` : undefined
  const describedBy = [descriptionId, errorId].filter(Boolean).join(' ') || undefined
  return (
    <Field invalid={Boolean(error)} className="naast-field">
      <Label htmlFor={id} hint={requirement === 'optional' ? t('forms.optional') : undefined}>
        {label}
      </Label>
      {description && (
        <Paragraph id={descriptionId} size="small">
          {description}
        </Paragraph>
      )}
      {error && (
        <ErrorMessage id={errorId} prefix={t('forms.errorPrefix')}>
          {error}
        </ErrorMessage>
      )}
      {children({
        id,
        invalid: Boolean(error),
        'aria-describedby': describedBy,
        ...(requirement === 'required' ? { 'aria-required': true as const } : {}),
      })}
    </Field>
  )
}

type ValueFieldProps = Omit<FormFieldProps, 'children'> & {
  value: string
  onChange: (value: string) => void
}

/** A FormField holding a TextArea: the most common field, a text of a few lines. */
export function TextAreaField({ rows = 3, value, onChange, ...field }: ValueFieldProps & { rows?: number }) {
  return (
    <FormField {...field}>
      {(control) => (
        <TextArea {...control} rows={rows} value={value} onChange={(event) => onChange(event.target.value)} />
      )}
    </FormField>
  )
}

/**
 * A FormField holding a one-line TextInput, with `suggestions` offered as the user types (a datalist: offered, not
 * imposed). Without the browser's autofill: the names and references typed here are not the user's own details.
 */
export function TextInputField({
  suggestions,
  value,
  onChange,
  ...field
}: ValueFieldProps & { suggestions?: string[] }) {
  const listId = suggestions ? `${field.id}-suggestions` : undefined
  return (
    <>
      <FormField {...field}>
        {(control) => (
          <TextInput
            {...control}
            list={listId}
            autoComplete="off"
            value={value}
            onChange={(event) => onChange(event.target.value)}
          />
        )}
      </FormField>
      {suggestions && (
        <datalist id={listId}>
          {suggestions.map((suggestion) => (
            <option key={suggestion} value={suggestion} />
          ))}
        </datalist>
      )}
    </>
  )
}

/** A FormField holding a DateInput; `max` (usually today) for a day that cannot lie in the future. */
export function DateField({ max, value, onChange, ...field }: ValueFieldProps & { max?: string }) {
  return (
    <FormField {...field}>
      {(control) => (
        <DateInput {...control} max={max} value={value} onChange={(event) => onChange(event.target.value)} />
      )}
    </FormField>
  )
}

type FormFieldSetProps = {
  id: string
  legend: string
  error?: string
  description?: string
  /** Radios: the group is a radiogroup and can carry aria-required. Checkboxes: a plain group. */
  kind: 'radio' | 'checkbox' | 'group'
  requirement?: 'required' | 'optional' | 'none'
  /** A group inside another group: a lighter legend. */
  inFieldSet?: boolean
  className?: string
  children: (control: { invalid: boolean; 'aria-describedby'?: string }) => ReactNode
}

/**
 * A group of radios or checkboxes (or related fields) under one legend, with its description and error next to
 * it. A required radio group says so to assistive technology (aria-required on the radiogroup).
 */
export function FormFieldSet({
  id,
  legend,
  error,
  description,
  kind,
  requirement = 'required',
  inFieldSet,
  className,
  children,
}: FormFieldSetProps) {
  const { t } = useTranslation()
  const descriptionId = description ? `${id}-description` : undefined
  const errorId = error ? `${id}-error` : undefined
  const describedBy = [descriptionId, errorId].filter(Boolean).join(' ') || undefined
  return (
    <FieldSet
      id={id}
      legend={legend}
      inFieldSet={inFieldSet}
      hint={requirement === 'optional' ? t('forms.optional') : undefined}
      invalid={Boolean(error)}
      aria-describedby={describedBy}
      role={kind === 'radio' ? 'radiogroup' : undefined}
      aria-required={kind === 'radio' && requirement === 'required' ? true : undefined}
      className={['naast-fieldset', `naast-fieldset--${kind}`, className].filter(Boolean).join(' ')}
    >
      {description && (
        <Paragraph id={descriptionId} size="small">
          {description}
        </Paragraph>
      )}
      {error && (
        <ErrorMessage id={errorId} prefix={t('forms.errorPrefix')}>
          {error}
        </ErrorMessage>
      )}
      <div className="naast-fieldset__controls">
        {children({ invalid: Boolean(error), 'aria-describedby': describedBy })}
      </div>
    </FieldSet>
  )
}

type RadioFieldSetProps<T extends string> = Omit<FormFieldSetProps, 'kind' | 'children'> & {
  options: readonly T[]
  /** The chosen option; '' while none is. */
  value: T | ''
  onChange: (option: T) => void
  optionLabel: (option: T) => ReactNode
}

/** A choice of one: a radio per option under the group's legend, each named and identified by the group's id. */
export function RadioFieldSet<T extends string>({
  options,
  value,
  onChange,
  optionLabel,
  ...fieldSet
}: RadioFieldSetProps<T>) {
  return (
    <FormFieldSet {...fieldSet} kind="radio">
      {(group) =>
        options.map((option) => (
          <Radio
            key={option}
            id={`${fieldSet.id}-${option}`}
            name={fieldSet.id}
            value={option}
            invalid={group.invalid}
            checked={value === option}
            onChange={() => onChange(option)}
          >
            {optionLabel(option)}
          </Radio>
        ))
      }
    </FormFieldSet>
  )
}

type FormAlertProps = {
  fieldErrors: FieldErrors
  formError: string | undefined
  attempt: number
  /** Maps a field name from the server ("teamId") to the id of its control on this page. */
  fieldIds: Record<string, string>
  /**
   * The field's name in the summary ("Persoon 2 – Geboortedatum: …"), for long forms where the same message
   * ("Kies een van de mogelijkheden.") would otherwise stand there twice without saying where.
   */
  fieldLabels?: Record<string, string>
  headingLevel: 2 | 3 | 4
  formErrorTitle?: string
}

/**
 * The summary at the top of a form after a failed submit: a list of links to each wrong field, or one message
 * for the form as a whole. It takes focus, so the user hears at once what went wrong.
 */
export function FormAlert({
  fieldErrors,
  formError,
  attempt,
  fieldIds,
  fieldLabels,
  headingLevel,
  formErrorTitle,
}: FormAlertProps) {
  const { t } = useTranslation()
  const entries = Object.entries(fieldErrors)
  if (entries.length > 0) {
    const errors = entries.map(([field, message]) => ({
      id: `#${fieldIds[field] ?? field}`,
      label: withLabel(fieldLabels?.[field], message),
    }))
    return (
      // Following a link focuses the field itself; a plain fragment link would only scroll to it.
      <div onClick={focusLinkedField}>
        <InvalidFormAlert
          key={attempt}
          errors={errors}
          heading={t('forms.errorSummaryTitle')}
          headingLevel={headingLevel}
          errorCountLabel={{ singular: t('forms.errorCountOne'), plural: t('forms.errorCountOther') }}
          className="naast-form-alert"
        />
      </div>
    )
  }
  if (formError) {
    return (
      <FocusedAlert
        key={attempt}
        heading={formErrorTitle ?? t('errorPage.title')}
        headingLevel={headingLevel}
      >
        {formError}
      </FocusedAlert>
    )
  }
  return null
}

/** "Postcode: Vul een postcode in…"; a question as label needs no colon ("Wie pakt het op? Kies…"). */
function withLabel(label: string | undefined, message: string) {
  if (!label) return message
  return /[?:]$/.test(label) ? `${label} ${message}` : `${label}: ${message}`
}

function focusLinkedField(event: MouseEvent<HTMLDivElement>) {
  const link = (event.target as HTMLElement).closest('a')
  const hash = link?.getAttribute('href')
  if (!hash?.startsWith('#')) return
  const target = document.getElementById(hash.slice(1))
  if (!target) return
  // A group (fieldset, a list of suggestions) cannot take focus itself: its first control does.
  const field = target.matches('input, select, textarea, button, [tabindex]')
    ? target
    : (target.querySelector<HTMLElement>('input, select, textarea, button') ?? target)
  event.preventDefault()
  field.focus()
  const around = field.closest('.ams-field, .ams-field-set') ?? field
  around.scrollIntoView({ block: 'center' })
}

function FocusedAlert({
  heading,
  headingLevel,
  children,
}: {
  heading: string
  headingLevel: 2 | 3 | 4
  children: ReactNode
}) {
  const ref = useRef<HTMLDivElement>(null)
  useEffect(() => ref.current?.focus(), [])
  return (
    <Alert
      ref={ref}
      tabIndex={-1}
      heading={heading}
      headingLevel={headingLevel}
      severity="error"
      className="naast-form-alert"
    >
      <Paragraph>{children}</Paragraph>
    </Alert>
  )
}

type SubmitButtonProps = {
  id?: string
  busy: boolean
  label: string
  busyLabel: string
  variant?: 'primary' | 'secondary'
}

/**
 * Shows that the form is being sent. It stays focusable (aria-disabled, not disabled), so keyboard focus is not
 * lost while waiting; the form's submit handler ignores a second press.
 */
export function SubmitButton({ id, busy, label, busyLabel, variant = 'primary' }: SubmitButtonProps) {
  return (
    <Button id={id} type="submit" variant={variant} aria-disabled={busy || undefined}>
      {busy ? busyLabel : label}
    </Button>
  )
}

type StatusMessageProps = {
  heading: string
  headingLevel: 2 | 3 | 4
  onClose?: () => void
  children?: ReactNode
}

/** Confirms that an action worked ("Opgeslagen."); announced politely, and can be closed. */
export function StatusMessage({ heading, headingLevel, onClose, children }: StatusMessageProps) {
  const { t } = useTranslation()
  return (
    <Alert
      role="status"
      heading={heading}
      headingLevel={headingLevel}
      severity="success"
      closeable={Boolean(onClose)}
      closeButtonLabel={t('app.close')}
      onClose={onClose}
      className="naast-status"
    >
      {children}
    </Alert>
  )
}
