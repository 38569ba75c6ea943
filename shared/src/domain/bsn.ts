/**
 * The burgerservicenummer passes the "elfproef": 9 digits d1..d9 with 9·d1 + 8·d2 + … + 2·d8 − 1·d9 divisible
 * by 11 (and not all zeros). Eight-digit numbers are valid with a leading zero.
 */
export function isValidBsn(input: string): boolean {
  const digits = input.replace(/[\s.]/g, '')
  if (!/^\d{8,9}$/.test(digits)) return false
  const padded = digits.padStart(9, '0')
  if (/^0+$/.test(padded)) return false
  let sum = 0
  for (let i = 0; i < 8; i++) sum += Number(padded[i]) * (9 - i)
  sum -= Number(padded[8])
  return sum % 11 === 0
}

export function normaliseBsn(input: string): string {
  return input.replace(/[\s.]/g, '').padStart(9, '0')
}

/** Shown masked everywhere: only the last three digits, enough to compare with a letter. */
export function maskBsn(bsn: string): string {
  return `******${normaliseBsn(bsn).slice(-3)}`
}
