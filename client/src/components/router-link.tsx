import { forwardRef, type AnchorHTMLAttributes } from 'react'
import { Link, NavLink } from 'react-router'

type AnchorProps = AnchorHTMLAttributes<HTMLAnchorElement>

/**
 * The design system's links render an `href`; React Router's want `to`. These adapters let Link, StandaloneLink
 * and the header use client-side navigation through their `linkComponent` prop.
 */
export const RouterLink = forwardRef<HTMLAnchorElement, AnchorProps>(function RouterLink(
  { href = '', ...rest },
  ref,
) {
  return <Link ref={ref} to={href} {...rest} />
})

/** Marks the link of the current page with aria-current="page" (exact match only: a detail page is not its list). */
export const RouterNavLink = forwardRef<HTMLAnchorElement, AnchorProps>(function RouterNavLink(
  { href = '', className, ...rest },
  ref,
) {
  return <NavLink ref={ref} to={href} end className={className} {...rest} />
})
