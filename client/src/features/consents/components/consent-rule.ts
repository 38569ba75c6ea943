import type { TFunction } from 'i18next'
import type { Member } from '#shared/contracts/households'
import { ageOn, isValidIsoDate } from '#shared/domain/age'
import { consentRule, requiredConsents, type ConsentSubject, type Giver } from '#shared/domain/consent'
import { formatDate, type Language } from '#shared/domain/dates'

export const fullName = (member: Pick<Member, 'givenName' | 'familyName'>) =>
  `${member.givenName} ${member.familyName}`

/** The member as the age rule sees them; null while the birthdate is not known (nobody can tell who decides). */
export function consentSubject(member: Member): ConsentSubject | null {
  if (!isValidIsoDate(member.birthdate)) return null
  return {
    personId: member.id,
    birthdate: member.birthdate,
    authorityHolders: member.authorityHolders,
    representative: member.representative ? { name: member.representative.name } : null,
  }
}

export type GiverOption = { value: string; label: string; giver: Giver }

/** A select's value for a giver: "person:12", "authorityHolder:Mark de Vries" or "representative". */
function giverValue(giver: Giver): string {
  if (giver.kind === 'person') return `person:${giver.personId}`
  if (giver.kind === 'authorityHolder') return `authorityHolder:${giver.name}`
  return 'representative'
}

function giverLabel(giver: Giver, member: Member, t: TFunction): string {
  if (giver.kind === 'person') {
    if (giver.personId === member.id) return t('consents.giverSelf', { name: fullName(member) })
    const holder = member.authorityHolders.find((h) => h.personId === giver.personId)
    return t('consents.giverHolder', { name: holder?.name ?? '' })
  }
  if (giver.kind === 'authorityHolder') return t('consents.giverHolderOutside', { name: giver.name })
  const representative = member.representative
  return t('consents.giverRepresentative', {
    name: representative?.name ?? '',
    kind: representative ? t(`representativeKinds.${representative.kind}`).toLocaleLowerCase() : '',
  })
}

/**
 * Everyone whose consent counts for this member on this day (shared/src/domain/consent.ts): the member from 12,
 * each parent with authority under 16, the representative of an adult who has one. The server checks the same.
 */
export function giverOptions(member: Member, on: string, t: TFunction): GiverOption[] {
  const subject = consentSubject(member)
  if (!subject || !isValidIsoDate(on)) return []
  const options = new Map<string, GiverOption>()
  for (const requirement of requiredConsents(subject, on))
    for (const giver of requirement.anyOf) {
      const value = giverValue(giver)
      if (!options.has(value)) options.set(value, { value, giver, label: giverLabel(giver, member, t) })
    }
  return [...options.values()]
}

/** "Daan is 13: Daan zelf én de ouders met gezag geven toestemming." — the age rule for this member, in one line. */
export function ruleExplanation(
  member: Member,
  on: string,
  today: string,
  t: TFunction,
  language: Language,
): string {
  const subject = consentSubject(member)
  const name = member.givenName
  if (!subject) return t('consents.birthdateUnknown', { name })
  const day = isValidIsoDate(on) ? on : today
  const age = ageOn(subject.birthdate, day)
  const who =
    day === today
      ? t('consents.ageNow', { name, age })
      : t('consents.ageThen', { name, age, date: formatDate(day, language) })
  const holdersKnown = subject.authorityHolders.length > 0
  switch (consentRule(subject, day)) {
    case 'authorityHolders':
      return holdersKnown
        ? t('consents.rule.authorityHolders', { who })
        : t('consents.rule.authorityHoldersUnknown', { who })
    case 'youngPersonAndAuthorityHolders':
      return holdersKnown
        ? t('consents.rule.youngPersonAndAuthorityHolders', { who, name })
        : t('consents.rule.youngPersonAndAuthorityHoldersUnknown', { who, name })
    case 'youngPersonAlone':
      return t('consents.rule.youngPersonAlone', { who, name })
    case 'adult':
      return member.representative
        ? t('consents.rule.adultRepresented', { who, name, representative: member.representative.name })
        : t('consents.rule.adult', { who, name })
  }
}
