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

/** A shield with an exclamation mark: the safety mark's icon, always shown with the word "Veiligheid". */
export function SafetyIcon(props: SVGProps<SVGSVGElement>) {
  return (
    <svg viewBox="0 0 32 32" fill="currentColor" aria-hidden="true" focusable="false" {...props}>
      <path d="M16 1 3 6v9c0 8 5.6 13.9 13 16 7.4-2.1 13-8 13-16V6zm1.6 23h-3.2v-3.2h3.2zm0-6h-3.2V8h3.2z" />
    </svg>
  )
}

/** A triangle with an exclamation mark, for "too late": paired with words, never alone. */
export function WarningIcon(props: SVGProps<SVGSVGElement>) {
  return (
    <svg viewBox="0 0 32 32" fill="currentColor" aria-hidden="true" focusable="false" {...props}>
      <path d="M16 2 0 30h32zm1.6 24h-3.2v-3.2h3.2zm0-6h-3.2v-8h3.2z" />
    </svg>
  )
}
