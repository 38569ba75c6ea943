type SearchableHousehold = {
  name: string
  street: string
  houseNumber: number
  houseNumberAddition: string | null
  postcode: string
  city: string
}

/**
 * The lower-case text a caseload search matches against: name and address, with the postcode both with and
 * without its space so "1234ab" and "1234 ab" both find it.
 */
export function householdSearchText(h: SearchableHousehold): string {
  const number = `${h.houseNumber}${h.houseNumberAddition ? `-${h.houseNumberAddition}` : ''}`
  const postcode = h.postcode.toLowerCase()
  return [h.name, `${h.street} ${number}`, postcode, postcode.replace(/\s+/g, ''), h.city]
    .join(' ')
    .toLowerCase()
}
