import { normalisePostcode } from './postcode.ts'

export type DuplicateCandidate = {
  postcode: string | null
  houseNumber: number | null
  houseNumberAddition?: string | null
  members: { givenName: string; familyName: string; birthdate: string | null }[]
}

export type DuplicateReason = 'same-address' | 'same-person'

/** Lower-case, without accents, spaces or hyphens: "El-Amrani" and "el amrani" are the same name. */
export function comparableName(name: string): string {
  return name
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase()
    .replace(/[^a-z]/g, '')
}

/**
 * Why an existing household may be the one a new request is about: the same postcode and house number, or a
 * member with the same name and birthdate. The worker decides; this only suggests.
 */
export function duplicateReasons(
  incoming: DuplicateCandidate,
  existing: DuplicateCandidate,
): DuplicateReason[] {
  const reasons: DuplicateReason[] = []
  const a = incoming.postcode ? normalisePostcode(incoming.postcode) : null
  const b = existing.postcode ? normalisePostcode(existing.postcode) : null
  if (a && a === b && incoming.houseNumber !== null && incoming.houseNumber === existing.houseNumber) {
    reasons.push('same-address')
  }
  const key = (m: DuplicateCandidate['members'][number]) =>
    m.birthdate ? `${comparableName(m.givenName)}|${comparableName(m.familyName)}|${m.birthdate}` : null
  const existingKeys = new Set(existing.members.map(key).filter(Boolean))
  if (incoming.members.some((m) => key(m) !== null && existingKeys.has(key(m)))) reasons.push('same-person')
  return reasons
}
