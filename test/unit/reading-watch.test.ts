import { describe, expect, it } from 'vitest'
import { createReadingWatch } from '../../server/src/modules/reading-signals/reading-watch.ts'
import { manualClock } from '../../server/src/lib/clock.ts'

function watchWith(threshold: number | (() => number)) {
  const clock = manualClock('2026-11-23T09:00:00Z')
  const signals: { userId: number; count: number; threshold: number }[] = []
  const errors: unknown[] = []
  let thresholdReads = 0
  const watch = createReadingWatch({
    clock,
    threshold: () => {
      thresholdReads++
      return typeof threshold === 'number' ? threshold : threshold()
    },
    onUnusual: (userId, count, limit) => signals.push({ userId, count, threshold: limit }),
    onError: (error) => errors.push(error),
  })
  const open = (userId: number, from: number, to: number) => {
    for (let h = from; h <= to; h++) watch.opened(userId, h)
  }
  return { clock, watch, signals, errors, open, reads: () => thresholdReads }
}

describe('noticing unusual reading', () => {
  it('says nothing at 30 different households within an hour, and signals the 31st', () => {
    const w = watchWith(30)
    w.open(7, 1, 30)
    expect(w.signals).toEqual([])
    w.open(7, 31, 31)
    expect(w.signals).toEqual([{ userId: 7, count: 31, threshold: 30 }])
  })

  it('counts each household once, however often it is opened', () => {
    const w = watchWith(30)
    for (let round = 0; round < 5; round++) w.open(7, 1, 30)
    expect(w.signals).toEqual([])
  })

  it('keeps the users apart', () => {
    const w = watchWith(30)
    w.open(7, 1, 20)
    w.open(8, 21, 40)
    expect(w.signals).toEqual([])
  })

  it('does not add up households opened more than an hour apart', () => {
    const w = watchWith(30)
    w.open(7, 1, 30)
    w.clock.advance(60 * 60 * 1000)
    w.open(7, 31, 31)
    expect(w.signals).toEqual([])
    w.clock.advance(59 * 60 * 1000)
    w.open(7, 32, 61)
    // 31..61 all fall within the last hour now: 31 of them.
    expect(w.signals.at(-1)).toEqual({ userId: 7, count: 31, threshold: 30 })
  })

  it('reads the threshold only once someone has opened more households than the lowest possible one', () => {
    const w = watchWith(30)
    w.open(7, 1, 5)
    for (let round = 0; round < 100; round++) w.open(7, 1, 5)
    expect(w.reads()).toBe(0)
    w.open(7, 6, 6)
    expect(w.reads()).toBe(1)
  })

  it('applies a changed threshold within a minute', () => {
    let setting = 30
    const w = watchWith(() => setting)
    w.open(7, 1, 6)
    setting = 5
    w.open(7, 7, 7)
    expect(w.signals).toEqual([])
    w.clock.advance(60 * 1000)
    w.open(7, 8, 8)
    expect(w.signals).toEqual([{ userId: 7, count: 8, threshold: 5 }])
  })

  it('never lets a failure reach the user', () => {
    const w = watchWith(() => {
      throw new Error('database is locked')
    })
    expect(() => w.open(7, 1, 40)).not.toThrow()
    expect(w.errors.length).toBeGreaterThan(0)
  })
})
