import { describe, expect, it } from 'vitest'
import {
  addYears,
  auditPrunable,
  auditPruneCutoff,
  calendarDateOf,
  fileKind,
  isPastRetention,
  retentionCandidateBefore,
  retentionDate,
  retentionYears,
} from '#shared/domain/retention'

const settings = { retentionMinorYears: 20, retentionOtherYears: 15 }

describe('the kind of a file', () => {
  it('concerns a minor when a member was still 17 on the day the file was opened', () => {
    expect(fileKind('2026-06-01T10:00:00Z', ['1985-04-12', '2008-06-02'])).toBe('minor')
  })

  it('does not when every member had turned 18 by the day the file was opened', () => {
    expect(fileKind('2026-06-01T10:00:00Z', ['1985-04-12', '2008-06-01'])).toBe('other')
    expect(fileKind('2026-06-01T10:00:00Z', ['1985-04-12'])).toBe('other')
  })

  it('concerns a minor when a child was born while the file was open', () => {
    expect(fileKind('2026-06-01T10:00:00Z', ['1990-01-01', '2027-03-15'])).toBe('minor')
  })

  it('counts the opening day in the Netherlands, not in UTC', () => {
    // 23:30 UTC on 31 May is 1 June in Amsterdam: the member turned 18 that day.
    expect(fileKind('2026-05-31T23:30:00Z', ['2008-06-01'])).toBe('other')
    expect(fileKind('2026-05-31T21:30:00Z', ['2008-06-01'])).toBe('minor')
  })

  it('with no members at all is not about a minor', () => {
    expect(fileKind('2026-06-01T10:00:00Z', [])).toBe('other')
  })
})

describe('the retention date', () => {
  it('is the configured number of years after the day of the last change', () => {
    expect(retentionDate('2026-11-23T09:00:00.000Z', retentionYears('minor', settings))).toBe('2046-11-23')
    expect(retentionDate('2026-11-23T09:00:00.000Z', retentionYears('other', settings))).toBe('2041-11-23')
  })

  it('counts from the Dutch calendar day of the last change', () => {
    expect(retentionDate('2026-12-31T23:30:00.000Z', 20)).toBe('2047-01-01')
    expect(calendarDateOf('2026-07-01T22:30:00Z')).toBe('2026-07-02')
  })

  it('moves 29 February to 1 March in a year without it, and keeps it in a leap year', () => {
    expect(addYears('2024-02-29', 15)).toBe('2039-03-01')
    expect(addYears('2024-02-29', 20)).toBe('2044-02-29')
    expect(addYears('2024-02-28', 15)).toBe('2039-02-28')
    expect(retentionDate('2024-02-29T12:00:00Z', 1)).toBe('2025-03-01')
  })

  it('is reached on the date itself, not the day before', () => {
    expect(isPastRetention('2046-11-23', '2046-11-22')).toBe(false)
    expect(isPastRetention('2046-11-23', '2046-11-23')).toBe(true)
    expect(isPastRetention('2046-11-23', '2047-01-01')).toBe(true)
  })

  it('is never missed by the quick pre-selection of files that may be past their date', () => {
    const today = '2046-11-23'
    const before = retentionCandidateBefore(today, 15)
    for (const lastChange of ['2031-11-23T09:00:00Z', '2031-11-22T23:30:00Z', '2031-11-23T22:59:00Z']) {
      expect(isPastRetention(retentionDate(lastChange, 15), today)).toBe(true)
      expect(lastChange < before).toBe(true)
    }
    expect('2031-11-26T00:00:00Z' < before).toBe(false)
    expect(isPastRetention(retentionDate('2031-11-24T09:00:00Z', 15), today)).toBe(false)
  })
})

describe('how long an audit event is kept', () => {
  const now = new Date('2031-11-23T09:00:00Z')
  it('is kept while its file exists, however old', () => {
    expect(auditPrunable('2001-01-01T00:00:00Z', false, now)).toBe(false)
  })

  it('of a deleted file goes once it is five years old, not a moment before', () => {
    expect(auditPrunable('2026-11-23T09:00:00.001Z', true, now)).toBe(false)
    expect(auditPrunable('2026-11-23T09:00:00.000Z', true, now)).toBe(true)
    expect(auditPrunable('2020-01-01T00:00:00Z', true, now)).toBe(true)
  })

  it('of a deleted file is selected by a cutoff five years back', () => {
    expect(auditPruneCutoff(now)).toBe('2026-11-23T09:00:00.000Z')
    const leap = new Date('2029-03-01T00:00:00Z')
    expect(auditPrunable('2024-02-29T00:00:00.000Z', true, leap)).toBe(true)
    expect('2024-02-29T00:00:00.000Z' <= auditPruneCutoff(leap)).toBe(true)
  })
})
