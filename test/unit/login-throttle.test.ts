import { describe, expect, it } from 'vitest'
import { createLoginThrottle } from '../../server/src/modules/auth/login-throttle.ts'
import { manualClock } from '../../server/src/lib/clock.ts'

describe('slowing down password guessing', () => {
  it('lets four wrong tries pass and makes the fifth wait until the first is 15 minutes old', () => {
    const clock = manualClock('2026-11-23T09:00:00Z')
    const throttle = createLoginThrottle(clock)
    for (let i = 0; i < 4; i++) {
      throttle.recordFailure('a@b.nl', '10.0.0.1')
      clock.advance(60_000)
    }
    expect(throttle.retryAfterSeconds('a@b.nl', '10.0.0.2')).toBe(0)
    throttle.recordFailure('a@b.nl', '10.0.0.1')
    expect(throttle.retryAfterSeconds('a@b.nl', '10.0.0.2')).toBe(11 * 60)
    clock.advance(11 * 60 * 1000)
    expect(throttle.retryAfterSeconds('a@b.nl', '10.0.0.2')).toBe(0)
  })

  it('forgets the failures of an account after a successful log-in', () => {
    const throttle = createLoginThrottle(manualClock('2026-11-23T09:00:00Z'))
    for (let i = 0; i < 4; i++) throttle.recordFailure('a@b.nl', '10.0.0.1')
    throttle.recordSuccess('a@b.nl')
    throttle.recordFailure('a@b.nl', '10.0.0.1')
    expect(throttle.retryAfterSeconds('a@b.nl', '10.0.0.3')).toBe(0)
  })
})
