import { StatusMessage } from '../../../components/form.tsx'
import { useFocusOnMount } from '../../../components/query-states.tsx'

/**
 * A confirmation that takes focus: after recording, the button that was used is gone (the preview closes and the
 * form empties). Give it a `key` per message, so a new message takes focus again.
 */
export function FocusedStatus({ heading, onClose }: { heading: string; onClose: () => void }) {
  const ref = useFocusOnMount<HTMLDivElement>()
  return (
    <div ref={ref} tabIndex={-1} className="naast-focus-target">
      <StatusMessage heading={heading} headingLevel={3} onClose={onClose} />
    </div>
  )
}
