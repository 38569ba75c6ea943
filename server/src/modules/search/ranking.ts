import { searchWords } from '#shared/domain/search-query'

/** One typed term as the search matches it: the words typed, and the words that begin with it. */
export type TermWords = {
  exact: Set<string>
  expanded: Set<string>
  /** About how many entries in the whole index hold one of these words. */
  documents: number
}

// The usual BM25 constants: how fast repeated words stop adding, and how much a long entry is discounted.
const k1 = 1.2
const b = 0.75
// A word that only begins with the typed term counts half: "schuld" ranks an entry about "schuld" first.
const expandedWeight = 0.5

/**
 * Orders candidates best match first by BM25 (the ranking FTS5 itself uses), computed here because FTS5's bm25()
 * counts every entry that holds a term in the whole index before it returns, which is slow for frequent words.
 * The word frequencies come from `search_words`. Equal scores keep the candidates' order (newest first).
 */
export function rankByRelevance<T extends { text: string }>(
  candidates: T[],
  terms: TermWords[],
  totalDocuments: number,
): T[] {
  const lengths = candidates.map((c) => searchWords(c.text))
  const averageLength = lengths.reduce((sum, words) => sum + words.length, 0) / Math.max(1, candidates.length)
  const total = Math.max(totalDocuments, 1)
  const scored = candidates.map((candidate, index) => {
    const words = lengths[index]!
    let score = 0
    for (const term of terms) {
      let frequency = 0
      for (const word of words) {
        if (term.exact.has(word)) frequency += 1
        else if (term.expanded.has(word)) frequency += expandedWeight
      }
      if (frequency === 0) continue
      const documents = Math.min(Math.max(term.documents, 1), total)
      const idf = Math.log(1 + (total - documents + 0.5) / (documents + 0.5))
      const lengthNorm = 1 - b + (b * words.length) / Math.max(averageLength, 1)
      score += (idf * frequency * (k1 + 1)) / (frequency + k1 * lengthNorm)
    }
    return { candidate, score }
  })
  return scored.sort((x, y) => y.score - x.score).map((s) => s.candidate)
}

/**
 * A window of about `size` words around the most matches, with the matching words marked, as parts the client
 * renders without HTML. "…" marks text left out before or after.
 */
export function snippetOf(
  text: string,
  isMatch: (word: string) => boolean,
  size = 14,
): { text: string; match: boolean }[] {
  const tokens = [...text.matchAll(/[\p{L}\p{N}\p{M}]+/gu)].map((m) => ({
    start: m.index,
    end: m.index + m[0].length,
    match: searchWords(m[0]).some(isMatch),
  }))
  if (tokens.length === 0) return [{ text, match: false }]
  let best = 0
  let bestCount = -1
  for (let start = 0; start < Math.max(1, tokens.length - size + 1); start++) {
    const count = tokens.slice(start, start + size).filter((t) => t.match).length
    if (count > bestCount) [best, bestCount] = [start, count]
  }
  const window = tokens.slice(best, best + size)
  const from = best === 0 ? 0 : window[0]!.start
  const to = best + size >= tokens.length ? text.length : window[window.length - 1]!.end
  const parts: { text: string; match: boolean }[] = []
  const push = (piece: string, match: boolean) => {
    if (!piece) return
    const last = parts[parts.length - 1]
    if (last && last.match === match) last.text += piece
    else parts.push({ text: piece, match })
  }
  if (from > 0) push('…', false)
  let cursor = from
  for (const token of window.filter((t) => t.match)) {
    push(text.slice(cursor, token.start), false)
    push(text.slice(token.start, token.end), true)
    cursor = token.end
  }
  push(text.slice(cursor, to), false)
  if (to < text.length) push('…', false)
  return parts
}
