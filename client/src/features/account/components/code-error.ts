import { ApiRequestError } from '../../../lib/api.ts'
import type { useFormErrors } from '../../../lib/form-errors.ts'

/** A refused code (wrong, used already, nothing pending) is said next to the one field, whatever the reply's form. */
export function showCodeError(errors: ReturnType<typeof useFormErrors>, error: Error) {
  if (error instanceof ApiRequestError && error.status !== 429) {
    const onField = error.fieldErrors.code
    if (onField || ([400, 409, 422].includes(error.status) && error.message))
      return errors.showFieldErrors({ code: onField ?? error.message })
  }
  errors.showError(error)
}
