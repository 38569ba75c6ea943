/**
 * Dutch postcodes: four digits (the first not 0), then two letters; the letter pairs SA, SD and SS are never
 * issued. Accepts "1234ab", "1234 AB", " 1234  ab " and returns the written form "1234 AB".
 */
export function normalisePostcode(input: string): string | null {
  const match = /^\s*([1-9]\d{3})\s*([a-zA-Z]{2})\s*$/.exec(input)
  if (!match) return null
  const letters = match[2]!.toUpperCase()
  if (letters === 'SA' || letters === 'SD' || letters === 'SS') return null
  return `${match[1]} ${letters}`
}

/** House-number additions as written on a letter: "A", "2-hoog", "bis", "III" — letters, digits and hyphens. */
export function isValidHouseNumberAddition(input: string): boolean {
  return /^[a-zA-Z0-9][a-zA-Z0-9 -]{0,5}$/.test(input.trim())
}
