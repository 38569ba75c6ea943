import { describe, expect, it } from 'vitest'
import { ftsTerms, snippetParts } from '#shared/domain/search-query'
import { correctableUntil, isCorrectable } from '#shared/domain/correction-window'

describe('turning what a worker types into a search', () => {
  it('quotes every term and matches longer terms as prefixes', () => {
    expect(ftsTerms('schuld-hulp intake')).toBe('"schuld-hulp"* AND "intake"*')
    expect(ftsTerms('Daan 13')).toBe('"Daan"* AND "13"')
  })
  it('doubles inner quotes and drops terms without letters or digits', () => {
    expect(ftsTerms('o"brien - *')).toBe('"o""brien"*')
    expect(ftsTerms('  " * - ')).toBeNull()
  })
  it('keeps search words such as AND and NEAR as plain words', () => {
    expect(ftsTerms('AND NEAR')).toBe('"AND"* AND "NEAR"*')
  })
})

describe('snippets', () => {
  it('come as parts with the matches marked', () => {
    expect(snippetParts('…drie \u0002aanmaningen\u0003 bekeken')).toEqual([
      { text: '…drie ', match: false },
      { text: 'aanmaningen', match: true },
      { text: ' bekeken', match: false },
    ])
  })
})

describe('correcting a conversation', () => {
  it('is possible until 24 hours after writing it', () => {
    expect(correctableUntil('2026-11-23T09:00:00.000Z')).toBe('2026-11-24T09:00:00.000Z')
    expect(isCorrectable('2026-11-23T09:00:00.000Z', new Date('2026-11-24T08:59:59Z'))).toBe(true)
    expect(isCorrectable('2026-11-23T09:00:00.000Z', new Date('2026-11-24T09:00:00Z'))).toBe(false)
  })
})
