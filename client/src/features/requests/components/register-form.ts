import type { DuplicateQuery, NewMemberInput, RegisterRequestInput } from '#shared/contracts/requests'
import type { MemberRelation } from '#shared/contracts/households'
import { ageOn, isValidIsoDate } from '#shared/domain/age'
import { normalisePostcode } from '#shared/domain/postcode'

/**
 * The registration form's state and how it becomes a RegisterRequestInput. Kept apart from the components so the
 * rules (who counts as a minor, which look-ups to run) read in one place.
 */

export type HouseholdChoice = '' | 'existing' | 'new'

export type RequestFields = {
  source: string
  reporterName: string
  reporterContact: string
  receivedOn: string
  question: string
  householdKnows: string
}

export type AddressFields = {
  neighbourhoodId: string
  name: string
  postcode: string
  houseNumber: string
  houseNumberAddition: string
  street: string
  city: string
}

export type MemberDraft = {
  /** Stable while rows are added and removed; the API speaks in positions, the form in keys. */
  key: number
  givenName: string
  familyName: string
  birthdate: string
  relation: MemberRelation | ''
  bsn: string
  phone: string
  email: string
  preferredLanguage: string
  interpreterNeeded: boolean
  /** Adults of this household (by key) who hold parental authority over this member. */
  authorityKeys: number[]
  /** Someone outside the household holds authority (a parent living elsewhere, a guardian). */
  externalAuthority: boolean
  externalAuthorityName: string
  externalAuthorityContact: string
  /** The optional details (BSN, contact, language) are folded away until needed. */
  detailsOpen: boolean
}

export type LookupFields = {
  postcode: string
  houseNumber: string
  givenName: string
  familyName: string
  birthdate: string
}

export const emptyLookup: LookupFields = {
  postcode: '',
  houseNumber: '',
  givenName: '',
  familyName: '',
  birthdate: '',
}

export function emptyMember(key: number): MemberDraft {
  return {
    key,
    givenName: '',
    familyName: '',
    birthdate: '',
    relation: '',
    bsn: '',
    phone: '',
    email: '',
    preferredLanguage: '',
    interpreterNeeded: false,
    authorityKeys: [],
    externalAuthority: false,
    externalAuthorityName: '',
    externalAuthorityContact: '',
    detailsOpen: false,
  }
}

const adultAge = 18

/** Age today, or null while the birthdate is missing or not a real date. */
export function ageOf(birthdate: string, today: string): number | null {
  return isValidIsoDate(birthdate) && birthdate <= today ? ageOn(birthdate, today) : null
}

export function isMinor(member: MemberDraft, today: string): boolean {
  const age = ageOf(member.birthdate, today)
  return age !== null && age < adultAge
}

export function isAdult(member: MemberDraft, today: string): boolean {
  const age = ageOf(member.birthdate, today)
  return age !== null && age >= adultAge
}

const optional = (value: string) => (value.trim() === '' ? undefined : value.trim())

/** House numbers are digits; anything else is passed on as text so the check can name the mistake. */
function houseNumberValue(value: string): number | string | undefined {
  const trimmed = value.trim()
  if (trimmed === '') return undefined
  return /^\d+$/.test(trimmed) ? Number(trimmed) : trimmed
}

function authorityOf(member: MemberDraft, members: MemberDraft[], today: string) {
  if (!isMinor(member, today)) return undefined
  const memberIndexes = member.authorityKeys
    .map((key) => members.findIndex((other) => other.key === key))
    .filter((index) => index >= 0 && isAdult(members[index]!, today))
  const name = member.externalAuthority ? optional(member.externalAuthorityName) : undefined
  const external = name ? [{ name, contact: optional(member.externalAuthorityContact) }] : []
  if (memberIndexes.length === 0 && external.length === 0) return undefined
  return {
    ...(memberIndexes.length ? { memberIndexes } : {}),
    ...(external.length ? { external } : {}),
  }
}

function memberInput(
  member: MemberDraft,
  members: MemberDraft[],
  today: string,
): Record<keyof NewMemberInput, unknown> {
  return {
    givenName: member.givenName,
    familyName: member.familyName,
    birthdate: optional(member.birthdate),
    relation: member.relation || undefined,
    bsn: optional(member.bsn),
    phone: optional(member.phone),
    email: optional(member.email),
    preferredLanguage: optional(member.preferredLanguage),
    interpreterNeeded: member.interpreterNeeded || undefined,
    authorityHolders: authorityOf(member, members, today),
  }
}

/** What the form holds, shaped as the API's input (unchecked: the shared schema checks it). */
export function registerInput(
  request: RequestFields,
  choice: HouseholdChoice,
  existingHouseholdId: number | null,
  address: AddressFields,
  members: MemberDraft[],
  today: string,
): unknown {
  return {
    source: request.source || undefined,
    // An anonymous report has no reporter to name.
    reporterName: request.source === 'anonymous' ? undefined : optional(request.reporterName),
    reporterContact: request.source === 'anonymous' ? undefined : optional(request.reporterContact),
    receivedOn: optional(request.receivedOn),
    question: request.question,
    householdKnows: request.householdKnows || undefined,
    existingHouseholdId:
      choice === 'existing' && existingHouseholdId !== null ? existingHouseholdId : undefined,
    newHousehold:
      choice === 'new'
        ? {
            name: optional(address.name),
            neighbourhoodId: address.neighbourhoodId ? Number(address.neighbourhoodId) : undefined,
            address: {
              street: address.street,
              houseNumber: houseNumberValue(address.houseNumber),
              houseNumberAddition: optional(address.houseNumberAddition),
              postcode: address.postcode,
              city: address.city,
            },
            members: members.map((member) => memberInput(member, members, today)),
          }
        : undefined,
  } satisfies Record<keyof RegisterRequestInput, unknown>
}

export function addressLookup(postcode: string, houseNumber: string): DuplicateQuery | null {
  const normalised = normalisePostcode(postcode)
  const number = houseNumber.trim()
  return normalised && /^\d{1,5}$/.test(number) ? { postcode: normalised, houseNumber: Number(number) } : null
}

export function personLookup(
  givenName: string,
  familyName: string,
  birthdate: string,
): DuplicateQuery | null {
  const given = givenName.trim()
  const family = familyName.trim()
  return given && family && isValidIsoDate(birthdate)
    ? { givenName: given, familyName: family, birthdate }
    : null
}

/** The look-ups for possible duplicates of a new household: its address, and every person with name and birthdate. */
export function duplicateLookups(address: AddressFields, members: MemberDraft[]): DuplicateQuery[] {
  return [
    addressLookup(address.postcode, address.houseNumber),
    ...members.map((member) => personLookup(member.givenName, member.familyName, member.birthdate)),
  ].filter((query): query is DuplicateQuery => query !== null)
}

/**
 * The id of the control a field error belongs to. Server and schema speak in paths
 * ("newHousehold.members.2.birthdate"); the page in element ids.
 */
export function fieldIdFor(path: string): string {
  if (path === 'duplicates') return 'intake-duplicates'
  if (path === 'household') return 'intake-household'
  if (path === 'existingHouseholdId') return 'intake-lookup'
  if (path === 'newHousehold.members') return 'intake-members'
  const authority = /^newHousehold\.members\.(\d+)\.authorityHolders/.exec(path)
  if (authority) return `intake-member-${authority[1]}-authority`
  const member = /^newHousehold\.members\.(\d+)\.(\w+)/.exec(path)
  if (member) return `intake-member-${member[1]}-${member[2]}`
  return `intake-${path.replace(/^newHousehold\.(address\.)?/, '').replace(/\./g, '-')}`
}

/** A choice not made is "choose one", not "fill this in". */
export const choiceFields =
  /^(source|householdKnows|newHousehold\.neighbourhoodId|newHousehold\.members\.\d+\.relation)$/

const topOrder = [
  'source',
  'reporterName',
  'reporterContact',
  'receivedOn',
  'question',
  'householdKnows',
  'household',
  'existingHouseholdId',
  'newHousehold.neighbourhoodId',
  'newHousehold.address.postcode',
  'newHousehold.address.houseNumber',
  'newHousehold.address.houseNumberAddition',
  'newHousehold.address.street',
  'newHousehold.address.city',
  'newHousehold.members',
]
const memberOrder = [
  'givenName',
  'familyName',
  'birthdate',
  'relation',
  'authorityHolders',
  'externalAuthorityName',
  'bsn',
  'phone',
  'email',
  'preferredLanguage',
]

/** Where a field stands in the form, so the error summary reads top to bottom like the form. */
function formPosition(path: string): number {
  const top = topOrder.indexOf(path)
  if (top >= 0) return top
  const member = /^newHousehold\.members\.(\d+)\.(\w+)/.exec(path)
  if (member) return 100 + Number(member[1]) * 20 + Math.max(0, memberOrder.indexOf(member[2]!))
  return path === 'duplicates' ? 10_001 : 10_000
}

export function inFormOrder<T>(fieldErrors: Record<string, T>): Record<string, T> {
  return Object.fromEntries(Object.entries(fieldErrors).sort(([a], [b]) => formPosition(a) - formPosition(b)))
}
