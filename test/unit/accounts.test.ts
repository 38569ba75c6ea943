import { describe, expect, it } from 'vitest'
import { describeUserAgent, isSharedMailbox, reviewDue, secondFactorRequired } from '#shared/domain/accounts'

describe('who must log in with two factors', () => {
  it('administrators and team leads must; workers and household members may', () => {
    expect(secondFactorRequired('admin')).toBe(true)
    expect(secondFactorRequired('supervisor')).toBe(true)
    expect(secondFactorRequired('worker')).toBe(false)
    expect(secondFactorRequired('household')).toBe(false)
  })
})

describe('accounts to review', () => {
  const now = new Date('2026-11-23T12:00:00Z')
  const madeLongAgo = '2025-01-01T00:00:00Z'
  it('an account not used for more than 90 days is marked, one used 89 days ago is not', () => {
    expect(
      reviewDue({ active: true, lastLoginAt: '2026-08-24T11:00:00Z', createdAt: madeLongAgo }, now),
    ).toBe(true)
    expect(
      reviewDue({ active: true, lastLoginAt: '2026-08-26T12:00:00Z', createdAt: madeLongAgo }, now),
    ).toBe(false)
  })
  it('an account that never logged in counts from the day it was made', () => {
    expect(reviewDue({ active: true, lastLoginAt: null, createdAt: madeLongAgo }, now)).toBe(true)
    expect(reviewDue({ active: true, lastLoginAt: null, createdAt: '2026-11-01T00:00:00Z' }, now)).toBe(false)
  })
  it('a deactivated account needs no review', () => {
    expect(reviewDue({ active: false, lastLoginAt: null, createdAt: madeLongAgo }, now)).toBe(false)
  })
})

describe('one e-mail address, one person', () => {
  it('refuses mailboxes of a function or a group', () => {
    for (const email of ['info@gemeente.nl', 'Team@gemeente.nl', 'wijkteam2@gemeente.nl', 'no-reply@x.nl'])
      expect(isSharedMailbox(email), email).toBe(true)
  })
  it('accepts personal addresses', () => {
    for (const email of ['sanne.deboer@gemeente.nl', 'i.mulder@gemeente.nl', 'teamleider.noord@voorbeeld.nl'])
      expect(isSharedMailbox(email), email).toBe(false)
  })
})

describe('the device of a session', () => {
  it('names the browser and the system of common devices', () => {
    expect(
      describeUserAgent(
        'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36 Edg/131.0.0.0',
      ),
    ).toEqual({ browser: 'Edge', system: 'Windows' })
    expect(
      describeUserAgent(
        'Mozilla/5.0 (Linux; Android 14) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Mobile Safari/537.36',
      ),
    ).toEqual({ browser: 'Chrome', system: 'Android' })
    expect(
      describeUserAgent(
        'Mozilla/5.0 (Macintosh; Intel Mac OS X 14_5) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Safari/605.1.15',
      ),
    ).toEqual({ browser: 'Safari', system: 'macOS' })
  })
  it('says nothing rather than guessing when it does not know', () => {
    expect(describeUserAgent(null)).toEqual({ browser: null, system: null })
    expect(describeUserAgent('curl/8.5.0')).toEqual({ browser: null, system: null })
  })
})
