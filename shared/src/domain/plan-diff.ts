/**
 * The differences between two versions of a plan, as a list a person can read: which goals, actions, agreements
 * and parts were added, removed or changed, with the words before and after. Keys stay the same across versions,
 * so a goal whose words were sharpened shows as changed, not as one removed and one added.
 */

export type ChangeArea =
  'goal' | 'action' | 'direction' | 'decision' | 'evaluation' | 'position' | 'domainWithoutGoal'
export type Change = {
  area: ChangeArea
  change: 'added' | 'removed' | 'changed'
  key: string | null
  field: string | null
  before: string | null
  after: string | null
}

type Named = { name: string } | null
type ComparablePlan = {
  goals: {
    key: string
    text: string
    owner: Named
    domainIds: number[]
    safety: boolean
    private: boolean
    hiddenFrom: number[]
    actions: { key: string; text: string; owner: { name: string }; dueOn: string | null; status: string }[]
    views: { personId: number; name: string; position: string | null; words: string }[]
  }[]
  direction: { holder: string; otherParty: string | null; reason: string } | null
  decision: { discussed: string; options: string; decided: string }
  evaluationOn: string | null
  positions: { personId: number; name: string; position: string; words: string }[]
  domainsWithoutGoal: { domainId: number; reason: string }[]
}

const text = (value: unknown): string | null =>
  value === null || value === undefined ? null : Array.isArray(value) ? value.join(', ') : String(value)

function byKey<T>(items: T[], key: (item: T) => string) {
  return new Map(items.map((item) => [key(item), item]))
}

/** Added, removed and changed items of two keyed lists, with the fields that changed. */
function compareLists<T>(
  area: ChangeArea,
  before: T[],
  after: T[],
  key: (item: T) => string,
  label: (item: T) => string,
  fields: Record<string, (item: T) => unknown>,
): Change[] {
  const changes: Change[] = []
  const old = byKey(before, key)
  const now = byKey(after, key)
  for (const [k, item] of now) {
    const was = old.get(k)
    if (!was) {
      changes.push({ area, change: 'added', key: k, field: null, before: null, after: label(item) })
      continue
    }
    for (const [field, read] of Object.entries(fields)) {
      const [b, a] = [text(read(was)), text(read(item))]
      if (b !== a) changes.push({ area, change: 'changed', key: k, field, before: b, after: a })
    }
  }
  for (const [k, item] of old) {
    if (!now.has(k))
      changes.push({ area, change: 'removed', key: k, field: null, before: label(item), after: null })
  }
  return changes
}

export function diffPlans(before: ComparablePlan, after: ComparablePlan): Change[] {
  const goals = compareLists(
    'goal',
    before.goals,
    after.goals,
    (g) => g.key,
    (g) => g.text,
    {
      text: (g) => g.text,
      owner: (g) => g.owner?.name ?? null,
      domains: (g) => [...g.domainIds].sort((x, y) => x - y),
      safety: (g) => g.safety,
      private: (g) => g.private,
      hiddenFrom: (g) => [...g.hiddenFrom].sort((x, y) => x - y),
    },
  )
  // A member's own view on a goal is part of that goal: a new or changed view shows as a change to the goal.
  const withGoal = (plan: ComparablePlan) =>
    plan.goals.flatMap((g) => g.views.map((v) => ({ ...v, goalKey: g.key })))
  const views = compareLists(
    'goal',
    withGoal(before),
    withGoal(after),
    (v) => `${v.goalKey}:${v.personId}`,
    (v) => `${v.name}: ${v.words}`,
    { view: (v) => `${v.name}: ${v.position ?? '-'}, ${v.words}` },
  ).map((c) => ({ ...c, key: c.key!.split(':')[0]!, change: 'changed' as const, field: 'view' }))
  const actions = compareLists(
    'action',
    before.goals.flatMap((g) => g.actions),
    after.goals.flatMap((g) => g.actions),
    (a) => a.key,
    (a) => a.text,
    {
      text: (a) => a.text,
      owner: (a) => a.owner.name,
      dueOn: (a) => a.dueOn,
      status: (a) => a.status,
    },
  )
  const single = <T>(area: ChangeArea, b: T, a: T, fields: Record<string, (x: T) => unknown>): Change[] =>
    Object.entries(fields).flatMap(([field, read]) => {
      const [was, now] = [text(read(b)), text(read(a))]
      if (was === now || (!was && !now)) return []
      const change = !was ? 'added' : !now ? 'removed' : 'changed'
      return [{ area, change, key: null, field, before: was, after: now } satisfies Change]
    })
  return [
    ...goals,
    ...views,
    ...actions,
    ...single('direction', before.direction, after.direction, {
      holder: (d) => d?.holder,
      otherParty: (d) => d?.otherParty,
      reason: (d) => d?.reason,
    }),
    ...single('decision', before.decision, after.decision, {
      discussed: (d) => d.discussed,
      options: (d) => d.options,
      decided: (d) => d.decided,
    }),
    ...single('evaluation', before.evaluationOn, after.evaluationOn, { evaluationOn: (e) => e }),
    ...compareLists(
      'position',
      before.positions,
      after.positions,
      (p) => String(p.personId),
      (p) => `${p.name}: ${p.position}`,
      { position: (p) => p.position, words: (p) => p.words },
    ),
    ...compareLists(
      'domainWithoutGoal',
      before.domainsWithoutGoal,
      after.domainsWithoutGoal,
      (d) => String(d.domainId),
      (d) => d.reason,
      { reason: (d) => d.reason },
    ),
  ]
}

/** How many items changed, per area and kind of change: the short line beside a version in the list. */
export function summarise(
  changes: Change[],
): { area: ChangeArea; change: Change['change']; count: number }[] {
  const items = new Map<string, Set<string | null>>()
  for (const c of changes) {
    const id = `${c.area}|${c.change}`
    // Several fields of one goal changing count as one changed goal.
    items.set(id, (items.get(id) ?? new Set()).add(c.key ?? c.field))
  }
  return [...items].map(([id, keys]) => {
    const [area, change] = id.split('|') as [ChangeArea, Change['change']]
    return { area, change, count: keys.size }
  })
}
