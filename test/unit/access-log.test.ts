import { describe, expect, it } from 'vitest'
import { groupVisits } from '#shared/domain/access-log'

const event = (id: number, at: string, about: string, who = 'Sanne de Boer', kind = 'viewed') => ({
  id,
  at,
  who,
  role: 'worker',
  kind,
  about,
})

describe("the household's access log in visits", () => {
  it('shows one line for one visit that read several parts of the file', () => {
    const visits = groupVisits([
      event(5, '2026-11-23T10:05:00Z', 'plan'),
      event(4, '2026-11-23T10:04:00Z', 'conversation'),
      event(3, '2026-11-23T10:04:00Z', 'household'),
      event(2, '2026-11-23T10:04:00Z', 'conversation'),
    ])
    expect(visits.map((v) => [v.id, v.abouts])).toEqual([[5, ['plan', 'conversation', 'household']]])
  })

  it('starts a new line for another person, another kind of action, or more than ten minutes apart', () => {
    const visits = groupVisits([
      event(6, '2026-11-23T11:00:00Z', 'plan'),
      event(5, '2026-11-23T10:49:00Z', 'plan'),
      event(4, '2026-11-23T10:48:00Z', 'plan', 'Mirjam Kok'),
      event(3, '2026-11-23T10:47:00Z', 'conversation', 'Mirjam Kok', 'changed'),
    ])
    expect(visits.map((v) => v.id)).toEqual([6, 5, 4, 3])
  })
})
