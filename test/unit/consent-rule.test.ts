import { describe, expect, it } from 'vitest'
import {
  consentRule,
  mayGiveConsent,
  missingConsents,
  requiredConsents,
  type ConsentSubject,
} from '#shared/domain/consent'

const mother = { personId: 1, name: 'Fatima Jansen' }
const father = { personId: null, name: 'Ahmed Jansen' }
const child = (birthdate: string, holders = [mother, father]): ConsentSubject => ({
  personId: 2,
  birthdate,
  authorityHolders: holders,
  representative: null,
})
const self = { kind: 'person', personId: 2 } as const
const mum = { kind: 'person', personId: 1 } as const
const dad = { kind: 'authorityHolder', name: 'ahmed jansen' } as const

describe('whose consent counts, by age', () => {
  it('the day before the 12th birthday only the parents with authority decide; on the birthday the child too', () => {
    expect(consentRule(child('2014-11-24'), '2026-11-23')).toBe('authorityHolders')
    expect(consentRule(child('2014-11-23'), '2026-11-23')).toBe('youngPersonAndAuthorityHolders')
    expect(mayGiveConsent(self, child('2014-11-24'), '2026-11-23')).toBe(false)
    expect(mayGiveConsent(self, child('2014-11-23'), '2026-11-23')).toBe(true)
  })

  it('the day before the 16th birthday the parents still decide with the young person; on the birthday the young person alone', () => {
    expect(consentRule(child('2010-11-24'), '2026-11-23')).toBe('youngPersonAndAuthorityHolders')
    expect(consentRule(child('2010-11-23'), '2026-11-23')).toBe('youngPersonAlone')
    expect(mayGiveConsent(mum, child('2010-11-24'), '2026-11-23')).toBe(true)
    expect(mayGiveConsent(mum, child('2010-11-23'), '2026-11-23')).toBe(false)
  })

  it('someone born on 29 February has the 12th and 16th birthday on 29 February, and turns 18 on 1 March', () => {
    // 12 and 16 years after a leap year is a leap year again.
    expect(consentRule(child('2016-02-29'), '2028-02-28')).toBe('authorityHolders')
    expect(consentRule(child('2016-02-29'), '2028-02-29')).toBe('youngPersonAndAuthorityHolders')
    expect(consentRule(child('2012-02-29'), '2028-02-28')).toBe('youngPersonAndAuthorityHolders')
    expect(consentRule(child('2012-02-29'), '2028-02-29')).toBe('youngPersonAlone')
    // 2026 has no 29 February: the 18th birthday is on 1 March.
    expect(consentRule(child('2008-02-29'), '2026-02-28')).toBe('youngPersonAlone')
    expect(consentRule(child('2008-02-29'), '2026-03-01')).toBe('adult')
  })

  it('with two parents with authority, one consent leaves the other missing', () => {
    const young = child('2020-05-01')
    expect(missingConsents(young, '2026-11-23', [mum]).map((r) => r.label)).toEqual(['Ahmed Jansen'])
    expect(missingConsents(young, '2026-11-23', [mum, dad])).toEqual([])
  })

  it("a 13-year-old's mother alone is not enough: the young person's own consent is missing", () => {
    const thirteen = child('2013-06-01', [mother])
    expect(missingConsents(thirteen, '2026-11-23', [mum]).map((r) => r.label)).toEqual(['self'])
    expect(missingConsents(thirteen, '2026-11-23', [mum, self])).toEqual([])
  })

  it('a minor without a recorded parent with authority cannot be shared about', () => {
    const unknown = child('2020-05-01', [])
    expect(missingConsents(unknown, '2026-11-23', [mum, self]).map((r) => r.label)).toEqual([
      'authorityUnknown',
    ])
  })

  it('an adult decides alone, or their mentor or curator does', () => {
    const adult: ConsentSubject = {
      personId: 5,
      birthdate: '1960-01-01',
      authorityHolders: [],
      representative: { name: 'Mentorschap Voorbeeld' },
    }
    expect(requiredConsents(adult, '2026-11-23')).toHaveLength(1)
    expect(missingConsents(adult, '2026-11-23', [{ kind: 'representative' }])).toEqual([])
    expect(missingConsents(adult, '2026-11-23', [{ kind: 'person', personId: 5 }])).toEqual([])
    expect(mayGiveConsent({ kind: 'representative' }, { ...adult, representative: null }, '2026-11-23')).toBe(
      false,
    )
  })
})
