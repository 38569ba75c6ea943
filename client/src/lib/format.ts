import type { Address } from '#shared/contracts/households'

/** "Kerkstraat 12a, 3512 AB Utrecht": the Dutch way of writing an address on one line. */
export function formatAddress(address: Address): string {
  const addition = address.houseNumberAddition?.trim() ?? ''
  // A numeric addition needs a dash, or 12 + 2 would read as house number 122.
  const number = /^\d/.test(addition)
    ? `${address.houseNumber}-${addition}`
    : `${address.houseNumber}${addition}`
  return `${address.street} ${number}, ${address.postcode} ${address.city}`
}

/** A tel: link dials digits only; spaces and dashes are for reading. */
export function telHref(phone: string): string {
  return `tel:${phone.replace(/[^\d+]/g, '')}`
}

export function mailtoHref(email: string): string {
  return `mailto:${email}`
}
