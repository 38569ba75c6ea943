/**
 * Turns what a user typed into an FTS5 expression that cannot be a syntax error: every term is quoted (so
 * "schuld-hulp", "o'brien" and "AND" are plain words), inner quotes are doubled, and terms of three or more
 * characters match as prefixes ("schuld" finds "schulden"). Returns null when nothing searchable is left.
 */
export function ftsTerms(input: string): string | null {
  const terms = input
    .split(/\s+/)
    // Control characters mean nothing in a search and could break the marked snippets.
    // eslint-disable-next-line no-control-regex
    .map((t) => t.replace(/[\u0000-\u001f]/g, '').trim())
    .filter((t) => /[\p{L}\p{N}]/u.test(t))
    .slice(0, 8)
  if (terms.length === 0) return null
  return terms.map((t) => `"${t.replace(/"/g, '""')}"${[...t].length >= 3 ? '*' : ''}`).join(' AND ')
}

/** Splits an FTS5 snippet marked with \u0002…\u0003 into parts, so the client never renders HTML from the server. */
export function snippetParts(snippet: string): { text: string; match: boolean }[] {
  const parts: { text: string; match: boolean }[] = []
  // eslint-disable-next-line no-control-regex -- \u0002 and \u0003 are the markers the query asks FTS5 for
  for (const [index, piece] of snippet.split(/[\u0002\u0003]/).entries()) {
    if (piece) parts.push({ text: piece, match: index % 2 === 1 })
  }
  return parts
}

/**
 * The words of a text as FTS5's tokenizer (unicode61, remove_diacritics 2) makes them: lower case, accents removed,
 * split at everything that is not a letter or a digit. "Schuld-hulp, café" → schuld, hulp, cafe.
 */
export function searchWords(text: string): string[] {
  const lower = text.toLowerCase()
  // Most notes are plain ASCII; the Unicode path costs several times more and search ranks hundreds of notes.
  // eslint-disable-next-line no-control-regex
  const words = /[^\u0000-\u007f]/.test(lower)
    ? lower
        .normalize('NFD')
        .replace(/\p{M}/gu, '')
        .split(/[^\p{L}\p{N}]+/u)
    : lower.split(/[^a-z0-9]+/)
  return words.filter(Boolean)
}

/** One typed term: its words (more than one for "schuld-hulp", which must match as a phrase). */
export type SearchTerm = { words: string[]; prefix: boolean }

/**
 * The terms of what a user typed: each space-separated piece, at most eight. A piece of one word with three or
 * more characters also finds words that begin with it ("schuld" finds "schulden"); a hyphenated piece is a phrase.
 */
export function searchTerms(input: string): SearchTerm[] {
  return input
    .split(/\s+/)
    .map(searchWords)
    .filter((words) => words.length > 0)
    .slice(0, 8)
    .map((words) => ({ words, prefix: words.length === 1 && [...words[0]!].length >= 3 }))
}
