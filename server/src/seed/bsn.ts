import { isValidBsn } from '#shared/domain/bsn'

/**
 * The `n`-th made-up BSN: nine digits that pass the elfproef, so the demo exercises the same check as a real
 * registration. They are spread out from a fixed start only so they do not look consecutive.
 */
export function demoBsn(n: number): string {
  for (let head = 90_000_000 + n * 1_297; ; head++) {
    const digits = String(head).padStart(8, '0')
    let sum = 0
    for (let i = 0; i < 8; i++) sum += Number(digits[i]) * (9 - i)
    const check = sum % 11
    // A remainder of 10 has no check digit; the next number will have one.
    if (check === 10) continue
    const bsn = `${digits}${check}`
    if (!isValidBsn(bsn)) throw new Error(`demoBsn: ${bsn} fails the elfproef`)
    return bsn
  }
}
