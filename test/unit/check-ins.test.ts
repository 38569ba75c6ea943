import { describe, expect, it } from 'vitest'
import { isCheckInOverdue, nextCheckInOn } from '#shared/domain/check-ins'

describe('the next check-in of a scaled-down case', () => {
  it('is due the agreed number of days after the case was scaled down', () => {
    expect(nextCheckInOn('2026-11-23', null, 28)).toBe('2026-12-21')
  })

  it('counts from the last check-in once there is a newer one', () => {
    expect(nextCheckInOn('2026-11-23', '2026-12-22', 28)).toBe('2027-01-19')
    expect(nextCheckInOn('2026-11-23', '2026-11-01', 28)).toBe('2026-12-21')
  })

  it('is overdue the day after it was due, not on the day itself', () => {
    expect(isCheckInOverdue('2026-12-21', '2026-12-21')).toBe(false)
    expect(isCheckInOverdue('2026-12-21', '2026-12-22')).toBe(true)
  })

  it('crosses month ends and leap days by the calendar', () => {
    expect(nextCheckInOn('2028-02-01', null, 28)).toBe('2028-02-29')
    expect(nextCheckInOn('2027-02-01', null, 28)).toBe('2027-03-01')
  })
})
