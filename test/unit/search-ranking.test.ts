import { describe, expect, it } from 'vitest'
import { searchTerms, searchWords } from '#shared/domain/search-query'
import { rankByRelevance, snippetOf } from '../../server/src/modules/search/ranking.ts'

const term = (exact: string[], expanded: string[] = [], documents = 10) => ({
  exact: new Set(exact),
  expanded: new Set(expanded),
  documents,
})

describe('the words a search sees', () => {
  it('splits at hyphens and punctuation, in lower case and without accents, as the index does', () => {
    expect(searchWords('Schuld-hulp, café en Zoë’s ÉÉN')).toEqual([
      'schuld',
      'hulp',
      'cafe',
      'en',
      'zoe',
      's',
      'een',
    ])
  })
  it('makes a hyphenated piece one phrase and lets words of three letters or more match their beginning', () => {
    expect(searchTerms('schuld-hulp Daan 13 ab')).toEqual([
      { words: ['schuld', 'hulp'], prefix: false },
      { words: ['daan'], prefix: true },
      { words: ['13'], prefix: false },
      { words: ['ab'], prefix: false },
    ])
    expect(searchTerms(' " * - ')).toEqual([])
  })
})

describe('ranking search results', () => {
  it('puts an entry that is about the word above one that mentions it once', () => {
    const ranked = rankByRelevance(
      [
        { id: 1, text: 'Lang gesprek over school, werk, de buren en terloops de huur.' },
        { id: 2, text: 'Huur besproken: de huur is te hoog, huur loopt achter.' },
      ],
      [term(['huur'])],
      1000,
    )
    expect(ranked.map((r) => r.id)).toEqual([2, 1])
  })
  it('ranks the exact word above words that only begin with it', () => {
    const ranked = rankByRelevance(
      [
        { id: 1, text: 'Brief van de schuldeisers.' },
        { id: 2, text: 'Brief over de schuld.' },
      ],
      [term(['schuld'], ['schuldeisers'])],
      1000,
    )
    expect(ranked.map((r) => r.id)).toEqual([2, 1])
  })
  it('keeps the newest first when entries match equally well', () => {
    const ranked = rankByRelevance(
      [
        { id: 3, text: 'Afspraak gemaakt.' },
        { id: 2, text: 'Afspraak gemaakt.' },
      ],
      [term(['afspraak'])],
      1000,
    )
    expect(ranked.map((r) => r.id)).toEqual([3, 2])
  })
})

describe('the snippet shown with a result', () => {
  it('marks the matching words in the words around them', () => {
    expect(snippetOf('Samen drie aanmaningen bekeken.', (w) => w === 'aanmaningen')).toEqual([
      { text: 'Samen drie ', match: false },
      { text: 'aanmaningen', match: true },
      { text: ' bekeken.', match: false },
    ])
  })
  it('shows the part of a long entry with the most matches, with … where text is left out', () => {
    const text = `${'woord '.repeat(30)}de schuld en nog een schuld ${'vulling '.repeat(30)}`.trim()
    const parts = snippetOf(text, (w) => w === 'schuld', 8)
    expect(parts[0]!.text.startsWith('…')).toBe(true)
    expect(parts[parts.length - 1]!.text.endsWith('…')).toBe(true)
    expect(parts.filter((p) => p.match)).toHaveLength(2)
  })
  it('returns text, never markup: a tag in a note stays plain text', () => {
    const parts = snippetOf('<img src=x onerror=alert(1)> huur', (w) => w === 'huur')
    expect(parts[0]).toEqual({ text: '<img src=x onerror=alert(1)> ', match: false })
  })
})
