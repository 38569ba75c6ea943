import { useEffect, useRef } from 'react'
import { useLocation } from 'react-router'

/**
 * A link to "#anchor" (from "Vandaag" or the team's list of reflections) arrives before the section has its data:
 * once it has (`ready`), bring the element with that id into view and move focus to it, so the keyboard continues
 * from there. Once per navigation; the element needs `tabIndex={-1}`.
 */
export function useScrollToAnchor(anchor: string, ready: boolean) {
  const { hash, key } = useLocation()
  const handled = useRef('')
  useEffect(() => {
    if (!ready || hash !== `#${anchor}` || handled.current === key) return
    const target = document.getElementById(anchor)
    if (!target) return
    handled.current = key
    // After the layout has moved focus to the main content for the new page, not before.
    window.setTimeout(() => {
      target.focus({ preventScroll: true })
      target.scrollIntoView({ block: 'start' })
    }, 0)
  }, [anchor, hash, key, ready])
}
