import { Invalid } from '../plugins/errors.ts'

/** Keyset cursors are opaque to clients: the sort key and id of the last row, base64url-encoded. */
export function encodeCursor(sortKey: string, id: number): string {
  return Buffer.from(JSON.stringify([sortKey, id])).toString('base64url')
}

/** Throws Invalid when the cursor was not made by encodeCursor. */
export function decodeCursor(cursor: string | undefined): { sortKey: string; id: number } | null {
  if (cursor === undefined) return null
  try {
    const value: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'))
    if (Array.isArray(value) && typeof value[0] === 'string' && Number.isSafeInteger(value[1])) {
      return { sortKey: value[0], id: value[1] as number }
    }
  } catch {
    // fall through to the error below
  }
  throw Invalid({ cursor: 'errors.invalidValue' })
}

/** Escapes LIKE wildcards so a search for "50%" means the characters, not a pattern. */
export function likeContains(term: string): string {
  return `%${term.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`
}
