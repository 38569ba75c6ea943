import { describe, expect, it } from 'vitest'
import { formatDate, formatDateTime } from '#shared/domain/dates'

describe('dates as people read them', () => {
  it('shows a date as "23 november 2026" in Dutch and "23 November 2026" in English', () => {
    expect(formatDate('2026-11-23', 'nl')).toBe('23 november 2026')
    expect(formatDate('2026-11-23', 'en')).toBe('23 November 2026')
  })
  it('shows an instant in Dutch time', () => {
    expect(formatDate('2026-11-22T23:30:00Z', 'nl')).toBe('23 november 2026')
    expect(formatDateTime('2026-11-23T13:05:00Z', 'nl')).toBe('23 november 2026 om 14:05')
  })
})
