import { Link } from '@amsterdam/design-system-react'
import { mailtoHref, telHref } from '../../../lib/format.ts'

/**
 * How to reach someone, written freely ("06 1234 5678", "r.koster@school.nl", "via de receptie"): a phone number
 * or e-mail address becomes a link, anything else stays text. Shown as the quieter second line under a name.
 */
export function ContactLine({ contact }: { contact: string | null }) {
  if (!contact) return null
  const trimmed = contact.trim()
  const href = /^\S+@\S+\.\S+$/.test(trimmed)
    ? mailtoHref(trimmed)
    : /^\+?[\d\s()-]{8,}$/.test(trimmed)
      ? telHref(trimmed)
      : null
  return (
    <span className="naast-line naast-secondary">{href ? <Link href={href}>{trimmed}</Link> : trimmed}</span>
  )
}
