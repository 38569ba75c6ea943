import type { ReactNode } from 'react'
import { StatusMessage } from './form.tsx'
import { useFocusOnMount } from './query-states.tsx'

/**
 * A confirmation that takes focus: for actions after which the control that was used is gone (someone left the
 * household, a consent was withdrawn, a share was recorded). Give it a `key` per message, so a new message takes
 * focus again.
 */
export function FocusedStatus({
  heading,
  headingLevel = 3,
  onClose,
  children,
}: {
  heading: string
  headingLevel?: 3 | 4
  onClose: () => void
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
