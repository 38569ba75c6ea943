import { ageOn } from './age.ts'

/**
 * Who must consent before information about a person may be shared (DOMAIN.md, "Consent and information
 * sharing"). The rule by age, as data:
 *
 * - under 12: every parent with parental authority (gezag);
 * - 12 to 15: the young person and every parent with authority;
 * - 16 and 17: the young person alone;
 * - adults: the person themselves, or their representative (mentor, curator) when they cannot decide.
 *
 * Ages count on the day of sharing, with a birthday on 29 February falling on 1 March in other years (age.ts).
 */

export const consentAges = { ownConsentFrom: 12, aloneFrom: 16, adultFrom: 18 } as const

/** Someone who can give consent: a member (by person id), an authority holder outside the household, or a representative. */
export type Giver =
  | { kind: 'person'; personId: number }
  | { kind: 'authorityHolder'; name: string }
  | { kind: 'representative' }

export type ConsentSubject = {
  personId: number
  birthdate: string
  /** Parents with authority: members (personId) or someone outside the household (name only). */
  authorityHolders: { personId: number | null; name: string }[]
  /** A mentor or curator who decides for an adult who cannot. */
  representative: { name: string } | null
}

export type ConsentRule = 'authorityHolders' | 'youngPersonAndAuthorityHolders' | 'youngPersonAlone' | 'adult'

/** One consent that is needed; any one of `anyOf` gives it. */
export type Requirement = { anyOf: Giver[]; label: string }

export function consentRule(subject: ConsentSubject, on: string): ConsentRule {
  const age = ageOn(subject.birthdate, on)
  if (age < consentAges.ownConsentFrom) return 'authorityHolders'
  if (age < consentAges.aloneFrom) return 'youngPersonAndAuthorityHolders'
  if (age < consentAges.adultFrom) return 'youngPersonAlone'
  return 'adult'
}

function holderGiver(holder: ConsentSubject['authorityHolders'][number]): Giver {
  return holder.personId !== null
    ? { kind: 'person', personId: holder.personId }
    : { kind: 'authorityHolder', name: holder.name }
}

/** Every consent that is needed for this person on this day. */
export function requiredConsents(subject: ConsentSubject, on: string): Requirement[] {
  const self: Giver = { kind: 'person', personId: subject.personId }
  // Nobody with authority recorded for a minor: a consent nobody can give, so nothing is shared until it is known.
  const holders =
    subject.authorityHolders.length > 0
      ? subject.authorityHolders.map((h) => ({ anyOf: [holderGiver(h)], label: h.name }))
      : [{ anyOf: [], label: 'authorityUnknown' }]
  switch (consentRule(subject, on)) {
    case 'authorityHolders':
      return holders
    case 'youngPersonAndAuthorityHolders':
      return [{ anyOf: [self], label: 'self' }, ...holders]
    case 'youngPersonAlone':
      return [{ anyOf: [self], label: 'self' }]
    case 'adult':
      return [
        {
          anyOf: subject.representative ? [self, { kind: 'representative' }] : [self],
          label: 'self',
        },
      ]
  }
}

export function sameGiver(a: Giver, b: Giver): boolean {
  if (a.kind !== b.kind) return false
  if (a.kind === 'person' && b.kind === 'person') return a.personId === b.personId
  if (a.kind === 'authorityHolder' && b.kind === 'authorityHolder')
    return a.name.trim().toLowerCase() === b.name.trim().toLowerCase()
  return a.kind === 'representative'
}

/** Whether this giver is one of those whose consent counts for this person on this day. */
export function mayGiveConsent(giver: Giver, subject: ConsentSubject, on: string): boolean {
  return requiredConsents(subject, on).some((r) => r.anyOf.some((g) => sameGiver(g, giver)))
}

/** The requirements that none of the given consents meets: whose consent is still missing. */
export function missingConsents(subject: ConsentSubject, on: string, givenBy: Giver[]): Requirement[] {
  return requiredConsents(subject, on).filter(
    (r) => !r.anyOf.some((g) => givenBy.some((x) => sameGiver(g, x))),
  )
}
