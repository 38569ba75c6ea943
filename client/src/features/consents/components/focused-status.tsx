import type { ReactNode } from 'react'
import { StatusMessage } from '../../../components/form.tsx'
import { useFocusOnMount } from '../../../components/query-states.tsx'

/**
 * A confirmation that takes focus: after a withdrawal the button that was used is gone, and after recording the
 * message is what to read next. Give it a `key` per message, so a new message takes focus again.
 */
export function FocusedStatus({
  heading,
  onClose,
  headingLevel = 3,
  children,
}: {
  heading: string
  onClose: () => void
  headingLevel?: 3 | 4
  children?: ReactNode
}) {
  const ref = useFocusOnMount<HTMLDivElement>()
  return (
    <div ref={ref} tabIndex={-1} className="naast-focus-target">
      <StatusMessage heading={heading} headingLevel={headingLevel} onClose={onClose}>
        {children}
      </StatusMessage>
    </div>
  )
}
