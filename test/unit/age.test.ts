import { describe, expect, it } from 'vitest'
import { ageOn, dutchCalendarDate, isValidIsoDate } from '#shared/domain/age'

describe('age on a given day', () => {
  it.each([
    ['2014-11-23', '2026-11-22', 11, 'the day before the 12th birthday'],
    ['2014-11-23', '2026-11-23', 12, 'on the 12th birthday'],
    ['2010-11-23', '2026-11-22', 15, 'the day before the 16th birthday'],
    ['2010-11-23', '2026-11-23', 16, 'on the 16th birthday'],
    ['2008-11-23', '2026-11-22', 17, 'the day before the 18th birthday'],
    ['2008-11-23', '2026-11-23', 18, 'on the 18th birthday'],
    ['1950-01-01', '2026-12-31', 76, 'late in the year'],
    ['2026-11-23', '2026-11-23', 0, 'on the day of birth'],
  ])('born %s, on %s is %i (%s)', (birthdate, on, age) => {
    expect(ageOn(birthdate, on)).toBe(age)
  })

  describe('someone born on 29 February', () => {
    it('is not a year older yet on 28 February', () => {
      expect(ageOn('2012-02-29', '2023-02-28')).toBe(10)
      expect(ageOn('2012-02-29', '2024-02-28')).toBe(11)
    })
    it('turns a year older on 1 March in a non-leap year', () => {
      expect(ageOn('2012-02-29', '2025-03-01')).toBe(13)
      expect(ageOn('2012-02-29', '2025-02-28')).toBe(12)
    })
    it('turns a year older on 29 February in a leap year', () => {
      expect(ageOn('2012-02-29', '2024-02-29')).toBe(12)
    })
  })

  it('refuses a date that is not a calendar date', () => {
    expect(() => ageOn('23-11-2014', '2026-11-23')).toThrow()
  })
})

describe('calendar dates', () => {
  it('recognises dates that exist and refuses ones that do not', () => {
    expect(isValidIsoDate('2024-02-29')).toBe(true)
    expect(isValidIsoDate('2023-02-29')).toBe(false)
    expect(isValidIsoDate('2026-13-01')).toBe(false)
    expect(isValidIsoDate('2026-1-01')).toBe(false)
  })

  it('the Dutch date follows Dutch time, not UTC', () => {
    // 23:30 UTC on 22 November is already 23 November in Amsterdam (UTC+1 in winter).
    expect(dutchCalendarDate(new Date('2026-11-22T23:30:00Z'))).toBe('2026-11-23')
    // In summer (UTC+2) 22:30 UTC is past midnight too.
    expect(dutchCalendarDate(new Date('2026-07-01T22:30:00Z'))).toBe('2026-07-02')
  })
})
