import { describe, expect, it } from 'vitest'
import { isLimitedToOwn, mayBePrivate, visibleGoals } from '#shared/domain/plan-visibility'
import { diffPlans, summarise } from '#shared/domain/plan-diff'

const goal = (over: Partial<Parameters<typeof visibleGoals>[0][number]> & { text?: string } = {}) => ({
  text: 'Doel',
  ownerPersonId: null as number | null,
  private: false,
  hiddenFrom: [] as number[],
  actions: [] as { owner: { kind: string; refId: number } }[],
  ...over,
})

describe('what a household member sees of the plan', () => {
  const mother = { personId: 1, age: 38, seesWholePlan: false }
  const son = { personId: 2, age: 13, seesWholePlan: false }

  it('hides a goal the worker hid from this member', () => {
    expect(visibleGoals([goal({ hiddenFrom: [1] })], mother)).toEqual([])
    expect(visibleGoals([goal({ hiddenFrom: [1] })], { ...son, seesWholePlan: true })).toHaveLength(1)
  })
  it('shows a private goal to its owner only', () => {
    const own = goal({ ownerPersonId: 3, private: true })
    expect(visibleGoals([own], mother)).toEqual([])
    expect(visibleGoals([own], { personId: 3, age: 17, seesWholePlan: false })).toHaveLength(1)
  })
  it('shows a member under 16 their own goals and, of other goals, only their own actions', () => {
    const family = goal({
      actions: [{ owner: { kind: 'member', refId: 2 } }, { owner: { kind: 'member', refId: 1 } }],
    })
    const shown = visibleGoals([goal({ ownerPersonId: 2 }), family, goal()], son)
    expect(shown).toHaveLength(2)
    expect(shown[1]!.actions).toEqual([{ owner: { kind: 'member', refId: 2 } }])
  })
  it('counts 16 from the birthday on: 15 is limited, 16 is not', () => {
    expect(isLimitedToOwn({ personId: 2, age: 15, seesWholePlan: false })).toBe(true)
    expect(isLimitedToOwn({ personId: 2, age: 16, seesWholePlan: false })).toBe(false)
    expect(isLimitedToOwn({ personId: 2, age: 15, seesWholePlan: true })).toBe(false)
    expect(mayBePrivate(15)).toBe(false)
    expect(mayBePrivate(16)).toBe(true)
    expect(mayBePrivate(null)).toBe(false)
  })
})

describe('the differences between two plan versions', () => {
  const base = {
    goals: [
      {
        key: 'g1',
        text: 'Rust over geld',
        owner: null,
        domainIds: [1],
        safety: false,
        private: false,
        hiddenFrom: [],
        actions: [{ key: 'a2', text: 'Bellen', owner: { name: 'Fatima' }, dueOn: null, status: 'planned' }],
        views: [],
      },
    ],
    direction: null,
    decision: { discussed: '', options: '', decided: '' },
    evaluationOn: null,
    positions: [],
    domainsWithoutGoal: [],
  }

  it('shows a sharpened goal as changed, with its words before and after', () => {
    const after = { ...base, goals: [{ ...base.goals[0]!, text: 'Overzicht over geld' }] }
    expect(diffPlans(base, after)).toEqual([
      {
        area: 'goal',
        change: 'changed',
        key: 'g1',
        field: 'text',
        before: 'Rust over geld',
        after: 'Overzicht over geld',
      },
    ])
  })
  it('counts a goal with several changed fields once in the summary', () => {
    const after = {
      ...base,
      goals: [{ ...base.goals[0]!, text: 'Anders', safety: true, actions: [] }],
      evaluationOn: '2027-01-01',
    }
    expect(summarise(diffPlans(base, after))).toEqual([
      { area: 'goal', change: 'changed', count: 1 },
      { area: 'action', change: 'removed', count: 1 },
      { area: 'evaluation', change: 'added', count: 1 },
    ])
  })
  it('finds nothing between a version and itself', () => {
    expect(diffPlans(base, structuredClone(base))).toEqual([])
  })
})
