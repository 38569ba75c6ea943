import { describe, expect, it } from 'vitest'
import { isValidBsn, maskBsn } from '#shared/domain/bsn'
import { normalisePostcode } from '#shared/domain/postcode'
import { firstAppointmentDueOn, firstAppointmentState } from '#shared/domain/first-appointment'
import { duplicateReasons } from '#shared/domain/duplicates'

describe('the BSN elfproef', () => {
  it.each(['111222333', '123456782', '999999990', '12345672'])('%s is a valid number', (bsn) => {
    expect(isValidBsn(bsn)).toBe(true)
  })
  it.each(['123456789', '111222334', '000000000', '12345', 'abcdefghi', '1234567890'])(
    '%s is refused',
    (bsn) => {
      expect(isValidBsn(bsn)).toBe(false)
    },
  )
  it('is shown with only the last three digits', () => {
    expect(maskBsn('123456782')).toBe('******782')
  })
})

describe('Dutch postcodes', () => {
  it.each([
    ['1234AB', '1234 AB'],
    ['1234 ab', '1234 AB'],
    [' 9999  zz ', '9999 ZZ'],
  ])('%s is written as %s', (input, written) => {
    expect(normalisePostcode(input)).toBe(written)
  })
  it.each(['0123 AB', '123 AB', '1234 A', '1234 SS', '1234 SA', '1234 SD', '1234-AB', 'ABCD 12'])(
    '%s is refused',
    (p) => {
      expect(normalisePostcode(p)).toBeNull()
    },
  )
})

describe('a first appointment within five days', () => {
  it('is due five calendar days after the request came in, across a month end', () => {
    expect(firstAppointmentDueOn('2026-11-23')).toBe('2026-11-28')
    expect(firstAppointmentDueOn('2026-12-29')).toBe('2027-01-03')
    expect(firstAppointmentDueOn('2028-02-26')).toBe('2028-03-02')
  })
  it('is open on the due day and overdue the day after', () => {
    expect(firstAppointmentState('2026-11-23', null, '2026-11-28')).toBe('open')
    expect(firstAppointmentState('2026-11-23', null, '2026-11-29')).toBe('overdue')
  })
  it('is made once an appointment exists, however late', () => {
    expect(firstAppointmentState('2026-11-23', '2026-12-10', '2026-12-11')).toBe('made')
  })
})

describe('possible duplicates', () => {
  const household = {
    postcode: '1234 AB',
    houseNumber: 12,
    members: [{ givenName: 'Noor', familyName: 'El-Amrani', birthdate: '2022-05-01' }],
  }
  it('the same postcode and house number suggests the same household', () => {
    expect(duplicateReasons({ postcode: '1234ab', houseNumber: 12, members: [] }, household)).toEqual([
      'same-address',
    ])
  })
  it('a member with the same name and birthdate suggests the same household, spelled differently', () => {
    const incoming = {
      postcode: null,
      houseNumber: null,
      members: [{ givenName: 'noor', familyName: 'El Amrani', birthdate: '2022-05-01' }],
    }
    expect(duplicateReasons(incoming, household)).toEqual(['same-person'])
  })
  it('another house number or another birthdate is no match', () => {
    expect(duplicateReasons({ postcode: '1234 AB', houseNumber: 14, members: [] }, household)).toEqual([])
    const incoming = {
      postcode: null,
      houseNumber: null,
      members: [{ givenName: 'Noor', familyName: 'El-Amrani', birthdate: '2022-05-02' }],
    }
    expect(duplicateReasons(incoming, household)).toEqual([])
  })
})
