/**
 * What one household member may see of the plan in their portal (issue 6, part 3). Pure, so the rule is tested at
 * its edges and the server applies it on every portal route; the page never receives what it must not show.
 *
 * - A goal a worker hid from this member is not theirs to see.
 * - A member recorded as a possible source of danger never sees a safety goal (the safety plan protects others
 *   from them).
 * - A private goal (its owner is 16 or older and keeps it to themselves) is seen by its owner only.
 * - A member under 16 sees only the goals that are theirs or in which they do something, and of those only their
 *   own actions, unless those with parental authority agreed that they see the whole plan.
 */

export const ageOfOwnPrivacy = 16

type Goal = {
  ownerPersonId: number | null
  safety?: boolean
  private: boolean
  hiddenFrom: number[]
  actions: { owner: { kind: string; refId: number } }[]
}

export type PlanViewer = {
  personId: number
  age: number | null
  seesWholePlan: boolean
  /** Recorded in the safety plan as a possible source of danger. */
  dangerSource?: boolean
}

/** Under 16 without the authority holders' agreement: only what concerns them. Unknown age counts as adult. */
export function isLimitedToOwn(viewer: PlanViewer): boolean {
  return viewer.age !== null && viewer.age < ageOfOwnPrivacy && !viewer.seesWholePlan
}

const ownsAction = (viewer: PlanViewer) => (action: Goal['actions'][number]) =>
  action.owner.kind === 'member' && action.owner.refId === viewer.personId

export function visibleGoals<G extends Goal>(goals: G[], viewer: PlanViewer): G[] {
  const limited = isLimitedToOwn(viewer)
  return goals.flatMap((goal) => {
    if (goal.hiddenFrom.includes(viewer.personId)) return []
    if (goal.safety && viewer.dangerSource) return []
    const own = goal.ownerPersonId === viewer.personId
    if (goal.private && !own) return []
    if (!limited || own) return [goal]
    const actions = goal.actions.filter(ownsAction(viewer))
    return actions.length > 0 ? [{ ...goal, actions }] : []
  })
}

/** Only the owner of a goal, at 16 or older, can keep it private. */
export function mayBePrivate(ownerAge: number | null | undefined): boolean {
  return ownerAge != null && ownerAge >= ageOfOwnPrivacy
}
