import { useCallback, useState } from 'react'
import type { z } from 'zod'
import { isTranslationKey, translate } from './translate.ts'
import { ApiRequestError, errorText } from './api.ts'
import { currentLanguage, i18n } from './i18n.ts'

export type FieldErrors = Record<string, string>

/**
 * Checks a form with the same schema the server uses. The shared schemas carry i18n keys as messages
 * ("errors.required"), so the messages match what the server would have said.
 */
export function validate<S extends z.ZodType>(
  schema: S,
  values: unknown,
): { ok: true; data: z.output<S> } | { ok: false; fieldErrors: FieldErrors } {
  const result = schema.safeParse(values)
  if (result.success) return { ok: true, data: result.data }
  const fieldErrors: FieldErrors = {}
  for (const issue of result.error.issues) {
    const field = issue.path.map(String).join('.')
    fieldErrors[field] ??= translate(currentLanguage(), messageKey(issue, valueAt(values, issue.path)))
  }
  return { ok: false, fieldErrors }
}

function messageKey(issue: z.core.$ZodIssue, value: unknown): string {
  if (isTranslationKey(issue.message)) return issue.message
  // A choice not made yet (an empty select) reaches the schema as undefined: that is "fill this in".
  if (issue.code === 'invalid_type' && (value === undefined || value === '')) return 'errors.required'
  return 'errors.invalidValue'
}

function valueAt(values: unknown, path: readonly PropertyKey[]): unknown {
  let node = values
  for (const key of path)
    node = typeof node === 'object' && node !== null ? (node as Record<PropertyKey, unknown>)[key] : undefined
  return node
}

export type FormErrorState = {
  fieldErrors: FieldErrors
  /** A message about the form as a whole (conflict, network, server error). */
  formError: string | undefined
  /** Counts failed submits; the summary remounts on each, so it takes focus again. */
  attempt: number
}

const noErrors: FormErrorState = { fieldErrors: {}, formError: undefined, attempt: 0 }

/** Field errors and the form-level message of one form, from client validation or from the server. */
export function useFormErrors() {
  const [state, setState] = useState<FormErrorState>(noErrors)

  const showFieldErrors = useCallback((fieldErrors: FieldErrors) => {
    setState((previous) => ({ fieldErrors, formError: undefined, attempt: previous.attempt + 1 }))
  }, [])

  const showError = useCallback((error: unknown) => {
    const fieldErrors = error instanceof ApiRequestError ? error.fieldErrors : {}
    const hasFieldErrors = Object.keys(fieldErrors).length > 0
    setState((previous) => ({
      fieldErrors,
      formError: hasFieldErrors ? undefined : errorText(error, (key) => i18n.t(key)),
      attempt: previous.attempt + 1,
    }))
  }, [])

  const showMessage = useCallback((formError: string) => {
    setState((previous) => ({ fieldErrors: {}, formError, attempt: previous.attempt + 1 }))
  }, [])

  const clear = useCallback(() => setState((previous) => ({ ...noErrors, attempt: previous.attempt })), [])

  return { ...state, showFieldErrors, showError, showMessage, clear }
}
