import { describe, expect, it } from 'vitest'
import {
  isQuarter,
  isQuarterAfter,
  parseQuarter,
  previousQuarters,
  quarterAsOf,
  quarterEnd,
  quarterOfDate,
  quarterOfInstant,
  quarterStart,
  shiftQuarter,
  startOfDutchDay,
} from '#shared/domain/quarters'
import { daysBetween, median, percentage, share } from '#shared/domain/indicators'

describe('quarters', () => {
  it.each([
    ['2026-01-01', '2026-Q1'],
    ['2026-03-31', '2026-Q1'],
    ['2026-04-01', '2026-Q2'],
    ['2026-06-30', '2026-Q2'],
    ['2026-07-01', '2026-Q3'],
    ['2026-09-30', '2026-Q3'],
    ['2026-10-01', '2026-Q4'],
    ['2026-12-31', '2026-Q4'],
    ['2027-01-01', '2027-Q1'],
  ])('%s falls in %s', (day, quarter) => {
    expect(quarterOfDate(day)).toBe(quarter)
  })

  it('takes the quarter of an instant in Dutch time, across the change of year and of quarter', () => {
    expect(quarterOfInstant(new Date('2026-12-31T22:59:59Z'))).toBe('2026-Q4')
    // 00:00 on 1 January in Amsterdam (winter time) is 23:00 UTC on 31 December.
    expect(quarterOfInstant(new Date('2026-12-31T23:00:00Z'))).toBe('2027-Q1')
    // 00:30 on 1 April in Amsterdam (summer time) is 22:30 UTC on 31 March.
    expect(quarterOfInstant(new Date('2026-03-31T22:30:00Z'))).toBe('2026-Q2')
    expect(quarterOfInstant(new Date('2026-03-31T21:59:59Z'))).toBe('2026-Q1')
  })

  it('knows the first and last day of each quarter, also in a leap year', () => {
    expect([quarterStart('2026-Q1'), quarterEnd('2026-Q1')]).toEqual(['2026-01-01', '2026-03-31'])
    expect([quarterStart('2026-Q2'), quarterEnd('2026-Q2')]).toEqual(['2026-04-01', '2026-06-30'])
    expect([quarterStart('2026-Q3'), quarterEnd('2026-Q3')]).toEqual(['2026-07-01', '2026-09-30'])
    expect([quarterStart('2026-Q4'), quarterEnd('2026-Q4')]).toEqual(['2026-10-01', '2026-12-31'])
    expect(quarterEnd('2028-Q1')).toBe('2028-03-31')
  })

  it('counts quarters back and forth across the change of year', () => {
    expect(shiftQuarter('2026-Q1', -1)).toBe('2025-Q4')
    expect(shiftQuarter('2026-Q4', 1)).toBe('2027-Q1')
    expect(shiftQuarter('2026-Q2', -6)).toBe('2024-Q4')
    expect(previousQuarters('2026-Q2', 3)).toEqual(['2025-Q3', '2025-Q4', '2026-Q1'])
    expect(previousQuarters('2026-Q4', 3)).toEqual(['2026-Q1', '2026-Q2', '2026-Q3'])
  })

  it('accepts only the form YYYY-Qn with n from 1 to 4', () => {
    expect(parseQuarter('2026-Q4')).toEqual({ year: 2026, quarter: 4 })
    for (const bad of ['2026-Q0', '2026-Q5', '2026-q4', '2026Q4', '26-Q4', '2026-Q4 ', '', 'Q4-2026'])
      expect(isQuarter(bad), bad).toBe(false)
  })

  it('orders quarters in time', () => {
    expect(isQuarterAfter('2027-Q1', '2026-Q4')).toBe(true)
    expect(isQuarterAfter('2026-Q4', '2026-Q4')).toBe(false)
    expect(isQuarterAfter('2026-Q3', '2026-Q4')).toBe(false)
  })

  it('takes figures at the last day of a quarter that ended, and today while it runs', () => {
    expect(quarterAsOf('2026-Q3', '2026-11-23')).toBe('2026-09-30')
    expect(quarterAsOf('2026-Q4', '2026-11-23')).toBe('2026-11-23')
    expect(quarterAsOf('2026-Q4', '2026-12-31')).toBe('2026-12-31')
  })

  it('finds the instant a Dutch day begins, in winter and summer time', () => {
    expect(startOfDutchDay('2027-01-01')).toBe('2026-12-31T23:00:00.000Z')
    expect(startOfDutchDay('2026-04-01')).toBe('2026-03-31T22:00:00.000Z')
    // The clocks go forward on 29 March 2026 at 02:00: that day still begins in winter time.
    expect(startOfDutchDay('2026-03-29')).toBe('2026-03-28T23:00:00.000Z')
    expect(startOfDutchDay('2026-03-30')).toBe('2026-03-29T22:00:00.000Z')
  })
})

describe('the arithmetic of the indicators', () => {
  it('takes the middle value, or the mean of the two middle ones; none for no values', () => {
    expect(median([7, 1, 3])).toBe(3)
    expect(median([4, 1, 3, 10])).toBe(3.5)
    expect(median([5])).toBe(5)
    expect(median([])).toBeNull()
  })

  it('gives a share of a total, and none when there is nothing to count', () => {
    expect(share(1, 4)).toBe(0.25)
    expect(share(0, 3)).toBe(0)
    expect(share(0, 0)).toBeNull()
    expect(percentage(2 / 3)).toBe(67)
    expect(percentage(null)).toBeNull()
  })

  it('counts calendar days, across the change to summer time', () => {
    expect(daysBetween('2026-03-28', '2026-03-30')).toBe(2)
    expect(daysBetween('2026-12-30', '2027-01-02')).toBe(3)
    expect(daysBetween('2026-01-05', '2026-01-05')).toBe(0)
  })
})
