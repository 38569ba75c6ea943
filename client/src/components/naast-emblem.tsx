import { forwardRef, type SVGProps } from 'react'

/**
 * Naast's own neutral mark: two figures side by side ("naast" means "beside"). Used instead of the design
 * system's default logo, which is the City of Amsterdam's and must never appear in another municipality's app.
 */
export const NaastEmblem = forwardRef<SVGSVGElement, SVGProps<SVGSVGElement>>(
  function NaastEmblem(props, ref) {
    return (
      <svg ref={ref} viewBox="0 0 56 40" role="img" focusable="false" {...props}>
        <circle cx="20" cy="12" r="7" className="naast-emblem__head" />
        <path d="M6 38c0-9 6-15 14-15s14 6 14 15z" className="naast-emblem__body" />
        <circle cx="37" cy="12" r="7" className="naast-emblem__head naast-emblem__head--second" />
        <path
          d="M23 38c0-9 6-15 14-15s14 6 14 15z"
          className="naast-emblem__body naast-emblem__body--second"
        />
      </svg>
    )
  },
)
