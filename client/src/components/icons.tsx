import type { SVGProps } from 'react'

/**
 * A "back" chevron for the design system's Icon slot. Drawn here rather than imported from the icon package,
 * which is only a dependency of the design system, not of Naast.
 */
export function ChevronBackwardIcon(props: SVGProps<SVGSVGElement>) {
  return (
    <svg viewBox="0 0 32 32" fill="currentColor" aria-hidden="true" focusable="false" {...props}>
      <path transform="matrix(-1 0 0 1 32 0)" d="m9.757 32-2.9-2.91L19.937 16 6.857 2.91 9.757 0l16 16z" />
    </svg>
  )
}
